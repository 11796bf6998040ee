import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sessionInfoSchema, type LoginRequest, type SessionInfo } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { isUserDataQuery } from './auth-keys';
import { setSignedIn } from './get-session';

/** `POST /api/auth/login`: 401 with one generic message for any bad credentials, 429 when rate limited. */
export function login(body: LoginRequest): Promise<SessionInfo> {
  return apiFetch('/api/auth/login', { method: 'POST', body, schema: sessionInfoSchema });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    meta: { expectsUnauthorized: true },
    onSuccess: (info) => {
      // Nothing cached under a previous user may show to this one.
      queryClient.removeQueries({ predicate: isUserDataQuery });
      setSignedIn(queryClient, info);
    },
  });
}
