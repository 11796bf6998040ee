import { queryOptions, useQuery } from '@tanstack/react-query';
import { worklistPageSchema, type WorklistPage } from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { meetingKeys } from './meeting-keys';

/** `GET /api/cases?status=ready`: the cases that may go on an agenda, most urgent first. */
export function getReadyCases(signal?: AbortSignal): Promise<WorklistPage> {
  return apiFetch('/api/cases', {
    query: { status: 'ready', sort: 'urgency', limit: 100 },
    schema: worklistPageSchema,
    signal,
  });
}

export const readyCasesQueryOptions = () =>
  queryOptions({ queryKey: meetingKeys.readyCases(), queryFn: ({ signal }) => getReadyCases(signal) });

export const useReadyCases = (enabled = true) => useQuery({ ...readyCasesQueryOptions(), enabled });
