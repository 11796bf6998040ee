import { queryOptions, useQuery } from '@tanstack/react-query';
import { inboxSchema, type Inbox } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { inboxKeys } from './inbox-keys';

/** `GET /api/inbox`: signed decisions on the patients one referred, newest first, unread marked. */
export function getInbox(signal?: AbortSignal): Promise<Inbox> {
  return apiFetch('/api/inbox', { schema: inboxSchema, signal });
}

export const inboxQueryOptions = () =>
  queryOptions({ queryKey: inboxKeys.list(), queryFn: ({ signal }) => getInbox(signal) });

export const useInbox = () => useQuery(inboxQueryOptions());
