/** Query keys of the health resource; invalidating `healthKeys.all` refreshes both checks. */
export const healthKeys = {
  all: ['health'] as const,
  liveness: () => [...healthKeys.all, 'liveness'] as const,
  readiness: () => [...healthKeys.all, 'readiness'] as const,
};

/** How often the overview re-checks the server while it is open. */
export const HEALTH_REFRESH_MS = 30_000;
