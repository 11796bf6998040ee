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

/**
 * The record version for optimistic concurrency (DESIGN §2): an update sends the version it read and
 * a stale one is answered 409. Versions start at 1.
 */
export const versionField = integer(1);

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
