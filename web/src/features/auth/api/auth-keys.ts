/** Query keys of the auth resource. Everything else in the cache belongs to the signed-in user. */
export const authKeys = {
  all: ['auth'] as const,
  session: () => [...authKeys.all, 'session'] as const,
};

/** True for cached queries that are not auth's own: they hold the signed-in user's data. */
export const isUserDataQuery = (query: { queryKey: readonly unknown[] }): boolean =>
  query.queryKey[0] !== authKeys.all[0];
