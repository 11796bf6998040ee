import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiFetch } from '../../../lib/api/client';
import { qualityKeys } from './quality-keys';

/*
 * The series to filter by: only their ids and names. The meetings feature's own call validates the
 * full series (recurrence rules, with luxon and rrule), which this page has no use for and would
 * carry into its first load.
 */
const seriesOptionsSchema = z.object({ items: z.array(z.looseObject({ id: z.string(), name: z.string() })) });
export type SeriesOption = { id: string; name: string };

/** `GET /api/meeting-series`, read for the series' names. */
export async function getSeriesOptions(signal?: AbortSignal): Promise<SeriesOption[]> {
  const { items } = await apiFetch('/api/meeting-series', { schema: seriesOptionsSchema, signal });
  return items.map(({ id, name }) => ({ id, name }));
}

export const seriesOptionsQueryOptions = () =>
  queryOptions({ queryKey: qualityKeys.seriesOptions(), queryFn: ({ signal }) => getSeriesOptions(signal) });

export const useSeriesOptions = () => useQuery(seriesOptionsQueryOptions());
