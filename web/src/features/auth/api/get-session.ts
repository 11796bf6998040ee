import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { sessionInfoSchema, type CurrentUser, type Role, type SessionInfo } from '@tumor-board/shared';
import { apiFetch, isApiError } from '../../../lib/api/client';
import { readCsrfToken } from '../../../lib/api/csrf';
import { authKeys } from './auth-keys';

/**
 * Why nobody is signed in: never was (`anonymous`), the server ended the session (idle or absolute
 * timeout, deactivation, role change: `ended`), or the user signed out (`signed-out`).
 */
export type SignedOutReason = 'anonymous' | 'ended' | 'signed-out';

export type SessionState =
  { status: 'signed-in'; info: SessionInfo } | { status: 'signed-out'; reason: SignedOutReason };

/** `GET /api/auth/me`. A 401 is an answer here (signed out), not an error. */
export async function getSession(signal?: AbortSignal): Promise<SessionState> {
  try {
    const info = await apiFetch('/api/auth/me', { schema: sessionInfoSchema, signal });
    return { status: 'signed-in', info };
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      // Sign-out clears the CSRF cookie; a timed-out session leaves it behind, so it tells the two apart.
      return { status: 'signed-out', reason: readCsrfToken() ? 'ended' : 'anonymous' };
    }
    throw error;
  }
}

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: authKeys.session(),
    // No abort signal: the shell shown while the first page loads unmounts mid-request, and
    // cancelling then would only send the same request again.
    queryFn: () => getSession(),
    // Re-checked when the window regains focus once this is stale, never on a timer: polling would
    // keep an idle session alive forever.
    staleTime: 60_000,
  });

export const useSession = () => useQuery(sessionQueryOptions());

/** The signed-in user, or null while signed out or still checking. */
export function useCurrentUser(): CurrentUser | null {
  const { data } = useSession();
  return data?.status === 'signed-in' ? data.info.user : null;
}

export const hasAnyRole = (user: Pick<CurrentUser, 'roles'> | null, roles: readonly Role[]): boolean =>
  user !== null && roles.some((role) => user.roles.includes(role));

/** Records the answer of a sign-in, so every `useSession` sees it without asking the server again. */
export function setSignedIn(queryClient: QueryClient, info: SessionInfo): void {
  const state: SessionState = { status: 'signed-in', info };
  queryClient.setQueryData(sessionQueryOptions().queryKey, state);
}

export function setSignedOut(queryClient: QueryClient, reason: SignedOutReason): void {
  const state: SessionState = { status: 'signed-out', reason };
  queryClient.setQueryData(sessionQueryOptions().queryKey, state);
}

/**
 * For the query client's 401 hook: the server refused a call, so the session it was made with has
 * ended. Only a signed-in state changes, so a stray 401 after sign-out keeps the reason `signed-out`.
 */
export function markSessionEnded(queryClient: QueryClient): void {
  if (queryClient.getQueryData(sessionQueryOptions().queryKey)?.status !== 'signed-in') return;
  setSignedOut(queryClient, 'ended');
}
