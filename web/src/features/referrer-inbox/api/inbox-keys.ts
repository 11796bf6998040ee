/** Query keys of the referrer inbox; invalidating `inboxKeys.all` refreshes the list and follow-ups. */
export const inboxKeys = {
  all: ['inbox'] as const,
  list: () => [...inboxKeys.all, 'list'] as const,
  followUp: (decisionId: string) => [...inboxKeys.all, 'follow-up', decisionId] as const,
};
