/**
 * Query keys of the board page: a case's summary, lesions, the disciplines' recommendations and the
 * decisions. Invalidating `decisionKeys.case(caseId)` refreshes everything the page shows.
 */
export const decisionKeys = {
  all: ['board'] as const,
  case: (caseId: string) => [...decisionKeys.all, caseId] as const,
  summary: (caseId: string) => [...decisionKeys.case(caseId), 'summary'] as const,
  lesions: (caseId: string) => [...decisionKeys.case(caseId), 'lesions'] as const,
  recommendations: (caseId: string) => [...decisionKeys.case(caseId), 'recommendations'] as const,
  decisions: (caseId: string) => [...decisionKeys.case(caseId), 'decisions'] as const,
};
