import type { QueryClient } from '@tanstack/react-query';

/**
 * Query keys of cases and everything recorded on them. A case's children (assessments, lesions,
 * imaging, history) sit under its detail key, so invalidating `caseKeys.detail(id)` refreshes the
 * whole case page: a new lesion or assessment changes the readiness checklist in the detail, too.
 */
export const caseKeys = {
  all: ['cases'] as const,
  worklists: () => [...caseKeys.all, 'worklist'] as const,
  worklist: (filters: object) => [...caseKeys.worklists(), filters] as const,
  detail: (caseId: string) => [...caseKeys.all, 'detail', caseId] as const,
  history: (caseId: string) => [...caseKeys.detail(caseId), 'history'] as const,
  assessments: (caseId: string) => [...caseKeys.detail(caseId), 'assessments'] as const,
  lesions: (caseId: string) => [...caseKeys.detail(caseId), 'lesions'] as const,
  imaging: (caseId: string) => [...caseKeys.detail(caseId), 'imaging'] as const,
};

/** `/api/cases/:caseId…` with the id encoded. */
export const casePath = (caseId: string, rest = ''): string => `/api/cases/${encodeURIComponent(caseId)}${rest}`;

/**
 * After a change to anything recorded on a case: its detail (readiness), every child list under it
 * and the worklists (which show status and urgency) are refetched.
 */
export function refreshCase(queryClient: QueryClient, caseId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) }),
    queryClient.invalidateQueries({ queryKey: caseKeys.worklists() }),
  ]);
}
