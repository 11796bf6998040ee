import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiFetch } from '../../../lib/api/client';
import { meetingKeys } from './meeting-keys';

const feedUrlSchema = z.object({ url: z.string() });

/** `GET /api/meeting-series/:id/feed-url`: the secret calendar-feed address to subscribe to. */
export function getSeriesFeedUrl(seriesId: string, signal?: AbortSignal): Promise<{ url: string }> {
  return apiFetch(`/api/meeting-series/${encodeURIComponent(seriesId)}/feed-url`, { schema: feedUrlSchema, signal });
}

export const seriesFeedUrlQueryOptions = (seriesId: string) =>
  queryOptions({
    queryKey: meetingKeys.feedUrl(seriesId),
    queryFn: ({ signal }) => getSeriesFeedUrl(seriesId, signal),
    staleTime: Infinity,
  });

/** Fetched only when asked for (`enabled`): the address is a secret, so it is not shown unprompted. */
export const useSeriesFeedUrl = (seriesId: string | null, enabled: boolean) =>
  useQuery({ ...seriesFeedUrlQueryOptions(seriesId ?? ''), enabled: enabled && seriesId !== null });
