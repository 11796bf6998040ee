import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api/client';

const MAX_RETRIES = 2;

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: RequestMeta;
    mutationMeta: RequestMeta;
  }
}

export interface RequestMeta extends Record<string, unknown> {
  /**
   * The call answers 401 as part of its normal job (sign-in with a wrong password), so a 401 does
   * not mean the session ended.
   */
  expectsUnauthorized?: boolean;
}

/**
 * Retry what may pass on a second try (network errors, 5xx, 408, 429) but never a request the
 * server has already refused (other 4xx): repeating a 403 or a 422 only delays the message.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (isApiError(error) && error.isClientError) return error.status === 408 || error.status === 429;
  return true;
}

export interface QueryClientOptions {
  /**
   * Called when any query or mutation is answered 401 (unless its meta says it expects one): the
   * server no longer accepts the session, so the app signs the user out and asks them to sign in.
   */
  onUnauthorized?: (queryClient: QueryClient) => void;
}

export function createQueryClient(options: QueryClientOptions = {}): QueryClient {
  const onError = (error: unknown, meta: RequestMeta | undefined) => {
    if (isApiError(error) && error.status === 401 && !meta?.expectsUnauthorized) options.onUnauthorized?.(queryClient);
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onError(error, query.meta) }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => onError(error, mutation.meta),
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 5 * 60_000,
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
        refetchOnWindowFocus: true,
      },
      mutations: {
        // A mutation is retried only by the user (creates carry an Idempotency-Key when they are).
        retry: false,
      },
    },
  });
  return queryClient;
}
