import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api/client';

const MAX_RETRIES = 2;

/**
 * Retry what may pass on a second try (network errors, 5xx, 408, 429) but never a request the
 * server has already refused (other 4xx): repeating a 403 or a 422 only delays the message.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (isApiError(error) && error.isClientError) return error.status === 408 || error.status === 429;
  return true;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
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
}
