import { z } from 'zod';
import { meetingInstant, versionField } from '../domain/fields.js';
import { CASE_STATUSES, PRIMARY_CANCERS, URGENCIES } from '../domain/vocab.js';
import { caseReadinessSchema } from '../readiness/case-readiness.js';
import { RECOMMENDING_DISCIPLINES } from './recommendations.js';

export const MEETING_STATUSES = ['scheduled', 'in_progress', 'ended', 'cancelled'] as const;
export const AGENDA_OUTCOMES = ['pending', 'discussed', 'deferred', 'rolled_over'] as const;
export const ATTENDANCE_MODES = ['in_person', 'virtual'] as const;

/**
 * Why the board deferred a case (`mark_deferred`), stored on the agenda item for the quality
 * dashboard. `not_stated` is what a deferral without a reason stores (e.g. the keyboard shortcut).
 */
export const DEFERRAL_REASONS = [
  'awaiting_imaging',
  'awaiting_pathology',
  'awaiting_information',
  'specialist_absent',
  'patient_discussion',
  'out_of_time',
  'other',
  'not_stated',
] as const;
export type DeferralReason = (typeof DEFERRAL_REASONS)[number];

const person = z.object({ id: z.string(), name: z.string() });

export const agendaItemSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  position: z.number().int(),
  minutes: z.number().int(),
  presenter: person.nullable(),
  outcome: z.enum(AGENDA_OUTCOMES),
  rolledFromId: z.string().nullable(),
  overrideReason: z.string().nullable(),
  case: z.object({
    status: z.enum(CASE_STATUSES),
    urgency: z.enum(URGENCIES),
    primaryCancer: z.enum(PRIMARY_CANCERS).nullable(),
    clinicalQuestion: z.string().nullable(),
    patient: z.object({ mrn: z.string(), givenName: z.string(), familyName: z.string(), birthDate: z.string() }),
  }),
  version: z.number().int(),
});
export type AgendaItemView = z.infer<typeof agendaItemSchema>;

export const attendeeSchema = z.object({
  user: person,
  discipline: z.string().nullable(),
  mode: z.enum(ATTENDANCE_MODES),
  checkedInAt: z.string(),
});
export type Attendee = z.infer<typeof attendeeSchema>;

export const quorumSchema = z.object({
  met: z.boolean(),
  required: z.array(z.enum(RECOMMENDING_DISCIPLINES)),
  missing: z.array(z.enum(RECOMMENDING_DISCIPLINES)),
});
export type Quorum = z.infer<typeof quorumSchema>;

export const meetingSummarySchema = z.object({
  id: z.string(),
  seriesId: z.string().nullable(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.enum(MEETING_STATUSES),
  adHoc: z.boolean(),
  location: z.string().nullable(),
  videoUrl: z.string().nullable(),
  capacity: z.number().int(),
  caseCount: z.number().int(),
  version: z.number().int(),
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

export const meetingDetailSchema = meetingSummarySchema.extend({
  defaultMinutesPerCase: z.number().int(),
  requiredDisciplines: z.array(z.enum(RECOMMENDING_DISCIPLINES)),
  cancelReason: z.string().nullable(),
  agenda: z.array(agendaItemSchema),
  plannedMinutes: z.number().int(),
  meetingMinutes: z.number().int(),
  overTime: z.boolean(),
  overCapacity: z.boolean(),
  attendees: z.array(attendeeSchema),
  quorum: quorumSchema,
});
export type MeetingDetail = z.infer<typeof meetingDetailSchema>;

export const meetingListQuerySchema = z.strictObject({
  from: z.iso.datetime({ offset: true }).or(z.iso.date()),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()),
  seriesId: z.uuid().optional(),
});
export const meetingListSchema = z.object({ items: z.array(meetingSummarySchema) });
export type MeetingList = z.infer<typeof meetingListSchema>;

export const adHocMeetingSchema = z.strictObject({
  title: z.string().trim().min(1).max(120),
  startsAt: meetingInstant(),
  durationMinutes: z.number().int().min(15).max(480),
  location: z.string().trim().max(200).nullish(),
  videoUrl: z
    .url({ protocol: /^https$/, error: 'must be an https:// link' })
    .max(2048, { error: 'must be at most 2048 characters' })
    .nullish(),
  capacity: z.number().int().min(1).max(60).default(10),
  defaultMinutesPerCase: z.number().int().min(1).max(120).default(10),
  requiredDisciplines: z
    .array(z.enum(RECOMMENDING_DISCIPLINES))
    .min(1)
    .default(['radiology', 'radiation_oncology', 'surgical_oncology', 'medical_oncology']),
});
export type AdHocMeeting = z.infer<typeof adHocMeetingSchema>;

export const moveMeetingSchema = z.strictObject({
  version: versionField,
  startsAt: meetingInstant(),
  durationMinutes: z.number().int().min(15).max(480).optional(),
  location: z.string().trim().max(200).nullish(),
});
export const cancelMeetingSchema = z.strictObject({
  version: versionField,
  reason: z.string().trim().min(1, 'is required').max(500),
});

export const addAgendaItemSchema = z.strictObject({
  caseId: z.uuid(),
  minutes: z.number().int().min(1).max(120).optional(),
  presenterId: z.uuid().nullish(),
  /** A chair may put an incomplete (urgent) case on the agenda, saying why; audited. */
  overrideReason: z.string().trim().min(1).max(1000).optional(),
});
export type AddAgendaItem = z.infer<typeof addAgendaItemSchema>;

export const updateAgendaItemSchema = z.strictObject({
  version: versionField,
  minutes: z.number().int().min(1).max(120).optional(),
  presenterId: z.uuid().nullish(),
});
export type UpdateAgendaItem = z.infer<typeof updateAgendaItemSchema>;

/** The whole order at once, with the meeting version read: a concurrent reorder gets 409. */
export const reorderAgendaSchema = z.strictObject({
  version: versionField,
  itemIds: z.array(z.uuid()).min(1).max(60),
});
export type ReorderAgenda = z.infer<typeof reorderAgendaSchema>;

export const checkInSchema = z.strictObject({
  mode: z.enum(ATTENDANCE_MODES),
  /** A coordinator records someone else's attendance. */
  userId: z.uuid().optional(),
});
export type CheckIn = z.infer<typeof checkInSchema>;

export const meetingItemParamsSchema = z.strictObject({
  id: z.uuid('must be a UUID'),
  itemId: z.uuid('must be a UUID'),
});

// ---- Live meeting room ----------------------------------------------------------------------

export const liveStateSchema = z.object({
  meetingId: z.string(),
  status: z.enum(MEETING_STATUSES),
  currentItemId: z.string().nullable(),
  timerStartedAt: z.string().nullable(),
  presenter: person.nullable(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  /** Grows with every change; a client ignores anything older than what it holds. */
  sequence: z.number().int(),
  outcomes: z.record(z.string(), z.enum(AGENDA_OUTCOMES)),
});
export type LiveState = z.infer<typeof liveStateSchema>;

export const LIVE_COMMANDS = [
  'start',
  'end',
  'next',
  'previous',
  'goto',
  'timer_start',
  'timer_stop',
  'mark_discussed',
  'mark_deferred',
] as const;
export type LiveCommandName = (typeof LIVE_COMMANDS)[number];

export const liveCommandSchema = z
  .strictObject({
    command: z.enum(LIVE_COMMANDS),
    /** For goto / mark_*: the agenda item; defaults to the current one. */
    itemId: z.uuid().optional(),
    /** For mark_deferred: why (stored as `not_stated` when left out). */
    reason: z.enum(DEFERRAL_REASONS).optional(),
  })
  .refine((c) => c.reason === undefined || c.command === 'mark_deferred', {
    path: ['reason'],
    message: 'is only for mark_deferred',
  });
export type LiveCommand = z.infer<typeof liveCommandSchema>;

/** Everything the room shows for each case, in one request. */
export const liveCaseSchema = z.object({
  itemId: z.string(),
  caseId: z.string(),
  readiness: caseReadinessSchema,
  lesions: z.array(z.record(z.string(), z.unknown())),
  imaging: z.array(z.record(z.string(), z.unknown())),
  recommendations: z.array(z.record(z.string(), z.unknown())),
  decision: z.record(z.string(), z.unknown()).nullable(),
  assessments: z.array(z.record(z.string(), z.unknown())),
});
export const liveRoomSchema = z.object({
  meeting: meetingDetailSchema,
  state: liveStateSchema,
  cases: z.array(liveCaseSchema),
});
export type LiveRoom = z.infer<typeof liveRoomSchema>;
export const LIVE_NAMESPACE = '/live';
