import { z } from 'zod';
import { REQUIRED, integer } from '../scores/validation.js';
import { isIsoDate, latestCalendarDate } from './calendar-date.js';

/*
 * Field builders shared by the resource schemas. Messages follow the score inputs' style (written
 * for the clinician, "is required" for a missing value), so a form shows one voice everywhere.
 * Conventions of every resource:
 *  - requests are strict: an unknown (e.g. misspelt) field is an error, never silently dropped;
 *  - an optional field may be omitted or sent as JSON null on create; on update, null clears it;
 *  - responses carry every field, null when not recorded, so a client never guesses between
 *    "absent" and "empty";
 *  - no transforms or defaults: the OpenAPI document is generated from these schemas, and a default
 *    inside an update schema would silently overwrite a stored value the client did not send.
 */

const isAbsent = (value: unknown) => value === undefined || value === null;

/** Trimmed text of 1..max characters (a string of spaces is treated as empty, not as an answer). */
export function text(max: number) {
  return z
    .string({ error: (issue) => (isAbsent(issue.input) ? REQUIRED : 'must be text') })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });
}

export function uuid() {
  return z.uuid({ error: (issue) => (isAbsent(issue.input) ? REQUIRED : 'must be a UUID') });
}

/** A real calendar day as `YYYY-MM-DD`; datetimes and impossible days (2023-02-29) are refused. */
export function isoDate() {
  return (
    z
      .string({ error: (issue) => (isAbsent(issue.input) ? REQUIRED : 'must be a date (YYYY-MM-DD)') })
      // abort: later checks compare strings, which means nothing for a value that is not a date.
      .refine(isIsoDate, { error: 'must be a real calendar date (YYYY-MM-DD)', abort: true })
  );
}

/**
 * A calendar date that is not in the future anywhere on Earth (see `latestCalendarDate`), for things
 * that have already happened: birth, diagnosis, an assessment, an imaging study.
 */
export function pastOrTodayDate() {
  return isoDate().refine((value) => value <= latestCalendarDate(new Date()), {
    error: 'must not be in the future',
  });
}

/** An ISO 8601 timestamp with an offset or `Z`, as the server writes them (`toISOString()`). */
export function timestamp() {
  return z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' });
}

/** A measured quantity (decimals allowed) within a plausible range; numeric strings are refused. */
export function measurement(min: number, max: number, unit: string) {
  return z
    .number({ error: (issue) => (isAbsent(issue.input) ? REQUIRED : 'must be a JSON number') })
    .min(min, { error: `must be at least ${min} ${unit}` })
    .max(max, { error: `must be at most ${max} ${unit}` });
}

/** The largest version a row can hold (its `version` column is a PostgreSQL integer). */
export const MAX_VERSION = 2_147_483_647;

/**
 * The record version for optimistic concurrency (DESIGN §2): an update sends the version it read and
 * a stale one is answered 409. Versions start at 1, and stop where the column does: a larger number
 * is refused here rather than by the database.
 */
export const versionField = integer(1, MAX_VERSION);

/**
 * ISO 8601 and zod's date formats accept year 0000, which PostgreSQL's `date` and `timestamptz`
 * refuse (1 BC is followed by AD 1). For `.refine(notYearZero, YEAR_ZERO)` on dates sent to it.
 */
export const notYearZero = (value: string): boolean => !value.startsWith('0000');
export const YEAR_ZERO = { error: 'must be in year 1 or later' };

/**
 * The same for an instant (or a date) compared with a `timestamptz`: zod accepts UTC offsets up to
 * ±23:59, PostgreSQL only up to ±15:59. For `.refine(storableInstant, STORABLE_INSTANT)`.
 */
export const storableInstant = (value: string): boolean =>
  notYearZero(value) && !/[+-](?:1[6-9]|2\d):?\d\d$/.test(value);
export const STORABLE_INSTANT = { error: 'must be in year 1 or later, with a UTC offset within ±15:59' };

/**
 * Board meetings are planned within this century. The bound also keeps a series' recurrence from
 * being expanded over thousands of years (a typo of 0202 for 2026 would block the server for seconds).
 */
export const MEETING_ERA = { first: '2000-01-01', last: '2099-12-31' } as const;
const inMeetingEra = (value: string): boolean =>
  value.slice(0, 10) >= MEETING_ERA.first && value.slice(0, 10) <= MEETING_ERA.last;
const MEETING_ERA_ERROR = { error: `must be between ${MEETING_ERA.first} and ${MEETING_ERA.last}` };

/** A local calendar day on which meetings may be planned. */
export function meetingDate() {
  return isoDate().refine(inMeetingEra, MEETING_ERA_ERROR);
}

/** The start of a meeting: an ISO 8601 instant with an offset PostgreSQL stores, within the era. */
export function meetingInstant() {
  return timestamp().refine(storableInstant, STORABLE_INSTANT).refine(inMeetingEra, MEETING_ERA_ERROR);
}

/** Fields every stored resource carries in responses. */
export const resourceMetaFields = {
  id: uuid(),
  version: integer(1),
  createdAt: timestamp(),
  updatedAt: timestamp(),
};

/** The same fields made optional, for create requests (JSON null still allowed where the field allows it). */
export function optionalFields<S extends Record<string, z.ZodType>>(shape: S): { [K in keyof S]: z.ZodOptional<S[K]> } {
  return Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, schema.optional()])) as {
    [K in keyof S]: z.ZodOptional<S[K]>;
  };
}

/** Builds an update schema: every field optional, `version` required, unknown fields refused. */
export function updateObject<S extends Record<string, z.ZodType>>(shape: S) {
  return z.strictObject({ ...optionalFields(shape), version: versionField });
}

/** A list without repeats (e.g. goals of care, lesion ids): a repeat is almost always a form bug. */
export function uniqueList<T extends z.ZodType>(item: T, max: number) {
  return z
    .array(item, { error: (issue) => (isAbsent(issue.input) ? REQUIRED : 'must be a list') })
    .max(max, { error: `must hold at most ${max} entries` })
    .refine((list) => new Set(list).size === list.length, { error: 'must not list the same value twice' });
}

/**
 * A rule broken across fields, reported like a zod issue: `path` within the resource (empty for the
 * resource as a whole), so the server can turn it into a 422 field error the same way as a 400 one.
 */
export interface RuleIssue {
  path: string[];
  message: string;
}

/** Reports rule issues from a zod refinement, so create requests get them as 400 field errors. */
export function addRuleIssues(ctx: z.RefinementCtx, issues: readonly RuleIssue[]): void {
  for (const issue of issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
}
