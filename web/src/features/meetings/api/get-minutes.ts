import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import {
  AGENDA_OUTCOMES,
  MEETING_STATUSES,
  PRIMARY_CANCERS,
  URGENCIES,
  attendeeSchema,
  decisionSchema,
  quorumSchema,
} from '@tumor-board/shared';
import { apiFetch } from '../../../lib/api/client';
import { meetingKeys, meetingPath } from './meeting-keys';

/*
 * The client's copy of the server's minutes schema (server/src/modules/minutes/minutes.schema.ts,
 * which is not in the shared package): what the printable page reads.
 */
const person = z.object({ id: z.string(), name: z.string() });
const meetingRef = z.object({ meetingId: z.string(), title: z.string(), startsAt: z.string() });
const caseBase = {
  itemId: z.string(),
  caseId: z.string(),
  position: z.number().int(),
  outcome: z.enum(AGENDA_OUTCOMES),
  patient: z.object({ mrn: z.string(), givenName: z.string(), familyName: z.string(), birthDate: z.string() }),
  primaryCancer: z.enum(PRIMARY_CANCERS).nullable(),
  primary: z.string(),
  urgency: z.enum(URGENCIES),
  clinicalQuestion: z.string().nullable(),
  presenter: person.nullable(),
  rolledFrom: meetingRef.nullable(),
};

export const meetingMinutesSchema = z.object({
  meeting: z.object({
    id: z.string(),
    title: z.string(),
    status: z.enum(MEETING_STATUSES),
    adHoc: z.boolean(),
    seriesId: z.string().nullable(),
    location: z.string().nullable(),
    startsAt: z.string(),
    endsAt: z.string(),
    startedAt: z.string().nullable(),
    endedAt: z.string().nullable(),
    timeZone: z.string(),
    date: z.string(),
    startTime: z.string(),
    endTime: z.string(),
  }),
  attendees: z.array(attendeeSchema),
  quorum: quorumSchema,
  discussed: z.array(z.object({ ...caseBase, decisions: z.array(decisionSchema) })),
  deferred: z.array(z.object({ ...caseBase, rolledTo: meetingRef.nullable() })),
  generatedAt: z.string(),
});
export type MeetingMinutes = z.infer<typeof meetingMinutesSchema>;

/** `GET /api/meetings/:id/minutes`: who attended, each case discussed with its decision, what was deferred. */
export function getMinutes(id: string, signal?: AbortSignal): Promise<MeetingMinutes> {
  return apiFetch(`${meetingPath(id)}/minutes`, { schema: meetingMinutesSchema, signal });
}

// Under the meeting's detail key, so every change to the meeting refreshes its minutes too.
export const minutesQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...meetingKeys.detail(id), 'minutes'] as const,
    queryFn: ({ signal }) => getMinutes(id, signal),
  });

export const useMinutes = (id: string) => useQuery(minutesQueryOptions(id));

/** `GET /api/meetings/:id/minutes.pdf`: an ordinary link, so the browser downloads it with the cookie. */
export const minutesPdfUrl = (id: string) => `${meetingPath(id)}/minutes.pdf`;
