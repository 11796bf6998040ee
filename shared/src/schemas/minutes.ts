import { z } from 'zod';
import { PRIMARY_CANCERS, URGENCIES } from '../domain/vocab.js';
import { decisionSchema } from './decisions.js';
import { AGENDA_OUTCOMES, MEETING_STATUSES, attendeeSchema, quorumSchema } from './meetings.js';
import { personRefSchema } from './worklist.js';

/*
 * The minutes of one meeting, for the printable page and the PDF: when and who (attendance and
 * quorum), each case discussed with its signed decision (items, rationale, dissent), and the cases
 * deferred or rolled over. Times are ISO instants; `date`, `startTime` and `endTime` are wall-clock
 * values in `timeZone` (the series' zone, UTC for an ad-hoc meeting).
 */

const meetingRefSchema = z.object({ meetingId: z.string(), title: z.string(), startsAt: z.string() });
export type MeetingRef = z.infer<typeof meetingRefSchema>;

const minutesCaseBase = {
  itemId: z.string(),
  caseId: z.string(),
  position: z.number().int(),
  outcome: z.enum(AGENDA_OUTCOMES),
  patient: z.object({ mrn: z.string(), givenName: z.string(), familyName: z.string(), birthDate: z.string() }),
  primaryCancer: z.enum(PRIMARY_CANCERS).nullable(),
  /** Primary cancer and histology in words, e.g. "Breast (invasive ductal carcinoma)". */
  primary: z.string(),
  urgency: z.enum(URGENCIES),
  clinicalQuestion: z.string().nullable(),
  presenter: personRefSchema.nullable(),
  /** The earlier meeting this case was carried over from, if any. */
  rolledFrom: meetingRefSchema.nullable(),
};

export const minutesDiscussedCaseSchema = z.object({
  ...minutesCaseBase,
  /** Signed decisions of this meeting for the case, oldest first (an amendment signed at the meeting follows). */
  decisions: z.array(decisionSchema),
});
export type MinutesDiscussedCase = z.infer<typeof minutesDiscussedCaseSchema>;

export const minutesDeferredCaseSchema = z.object({
  ...minutesCaseBase,
  /** The meeting the case was rolled over to, once the meeting ended. */
  rolledTo: meetingRefSchema.nullable(),
});
export type MinutesDeferredCase = z.infer<typeof minutesDeferredCaseSchema>;

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
  discussed: z.array(minutesDiscussedCaseSchema),
  /** Cases on the agenda not discussed: deferred, rolled over to a later meeting, or not reached. */
  deferred: z.array(minutesDeferredCaseSchema),
  generatedAt: z.string(),
});
export type MeetingMinutes = z.infer<typeof meetingMinutesSchema>;
