import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { meetingSeriesSchema, type MeetingSeriesView } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { meetingKeys } from './meeting-keys';

const seriesListSchema = z.object({ items: z.array(meetingSeriesSchema) });

/** `GET /api/meeting-series`: the board's standing meetings. */
export function getSeries(signal?: AbortSignal): Promise<{ items: MeetingSeriesView[] }> {
  return apiFetch('/api/meeting-series', { schema: seriesListSchema, signal });
}

export const seriesQueryOptions = () =>
  queryOptions({ queryKey: meetingKeys.seriesList(), queryFn: ({ signal }) => getSeries(signal) });

export const useSeries = () => useQuery(seriesQueryOptions());
