import { DateTime } from 'luxon';
import { z } from 'zod';
import {
  addRuleIssues,
  meetingDate,
  optionalFields,
  resourceMetaFields,
  text,
  uniqueList,
  updateObject,
  type RuleIssue,
} from '../domain/fields.js';
import { isIsoDate } from '../domain/calendar-date.js';
import { RECOMMENDING_DISCIPLINES } from '../schemas/recommendations.js';
import { REQUIRED, choice, integer } from '../scores/validation.js';
import { parseRecurrenceRule, parseRecurrenceRuleOrThrow } from './recurrence-rule.js';
import { RRule } from './rrule-interop.js';
import {
  canonicalZoneSpelling,
  floatingWallClock,
  instantToWallClock,
  isKnownZoneName,
  isStartTime,
  isTimeZone,
  localDateOf,
  parseStartTime,
  wallClockToInstant,
} from './wall-clock.js';

/*
 * Meeting series: the board's standing meeting ("every Tuesday at 07:00, Europe/London"), from which
 * the server generates meetings `horizonWeeks` ahead (occurrences.ts). The time of day lives in
 * `startTime` + `timeZone`, never in the rule, so one local time governs every occurrence and daylight
 * saving cannot move the meeting on the clock.
 */

const isAbsent = (value: unknown) => value === undefined || value === null;

/** How far ahead meetings are generated when the coordinator does not say. */
export const DEFAULT_HORIZON_WEEKS = 12;

/** Longest accepted rule text; the stored column is 500 characters. */
const MAX_RULE_LENGTH = 500;

const ruleField = z
  .string({ error: (issue) => (isAbsent(issue.input) ? REQUIRED : 'must be text, e.g. FREQ=WEEKLY;BYDAY=TU') })
  .max(MAX_RULE_LENGTH, { error: `must be at most ${MAX_RULE_LENGTH} characters` })
  .superRefine((value, ctx) => {
    const parsed = parseRecurrenceRule(value);
    if ('issues' in parsed) for (const message of parsed.issues) ctx.addIssue({ code: 'custom', message });
  });

const timeZoneField = z
  .string({ error: (issue) => (isAbsent(issue.input) ? REQUIRED : 'must be text, e.g. "Europe/London"') })
  .superRefine((value, ctx) => {
    if (isKnownZoneName(value)) return;
    const spelling = canonicalZoneSpelling(value);
    ctx.addIssue({
      code: 'custom',
      message:
        spelling !== value && isKnownZoneName(spelling)
          ? `must be spelt "${spelling}"`
          : `"${value}" is not an IANA time zone; use a name such as "Europe/London" or "America/New_York"`,
    });
  });

const startTimeField = z
  .string({ error: (issue) => (isAbsent(issue.input) ? REQUIRED : 'must be text, e.g. "07:00"') })
  .refine(isStartTime, { error: 'must be a 24-hour time as HH:MM, e.g. "07:00" or "17:30"' });

/**
 * Link to the video meeting. https only: it is shown next to the agenda, and a javascript: link would
 * run script while an http one could be altered on the way.
 */
const videoUrlField = z
  .url({ protocol: /^https$/, error: 'must be an https:// link' })
  .max(2048, { error: 'must be at most 2048 characters' });

/** The disciplines whose presence makes the meeting quorate; all five recommending ones are allowed. */
const requiredDisciplinesField = uniqueList(choice(RECOMMENDING_DISCIPLINES), RECOMMENDING_DISCIPLINES.length).min(1, {
  error: 'must name at least one discipline',
});

/** Every field of a series as stored. */
const seriesFields = {
  name: text(120),
  /** RFC 5545 RRULE parts without DTSTART (see recurrence-rule.ts for the accepted subset). */
  rrule: ruleField,
  /** IANA zone whose wall clock the series follows. */
  timeZone: timeZoneField,
  /** The series meets on the rule's first date on or after this local date. */
  firstDate: meetingDate(),
  /** Local start time, "HH:MM" 24-hour, in timeZone. */
  startTime: startTimeField,
  durationMinutes: integer(15, 480),
  location: text(200).nullable(),
  videoUrl: videoUrlField.nullable(),
  /** Cases the agenda may hold. */
  capacity: integer(1, 60),
  /** Minutes planned per case when it is put on the agenda. */
  defaultMinutesPerCase: integer(1, 120),
  requiredDisciplines: requiredDisciplinesField,
  /** Weeks ahead for which meetings exist. */
  horizonWeeks: integer(1, 52),
};

/** What `seriesRuleIssues` needs: the fields that together decide when the series meets. */
export interface SeriesTiming {
  rrule: string;
  timeZone: string;
  firstDate: string;
  startTime: string;
}

/**
 * Rules across fields: the series must meet at least once (an UNTIL before the first matching date
 * would make a series with no meetings, almost always a typo in UNTIL or firstDate). Exported so the
 * server can check a stored series after merging a partial update into it. Fields that are themselves
 * invalid are left to their own messages.
 */
export function seriesRuleIssues(series: Partial<Record<keyof SeriesTiming, unknown>>): RuleIssue[] {
  const { rrule, timeZone, firstDate, startTime } = series;
  if (typeof rrule !== 'string' || !isTimeZone(timeZone) || !isStartTime(startTime) || !isIsoDate(firstDate)) {
    return [];
  }
  const parsed = parseRecurrenceRule(rrule);
  if ('issues' in parsed || parsed.until === null) return [];

  const dtstart = floatingWallClock(firstDate, startTime);
  const first = new RRule({ ...parsed.options, dtstart }).after(dtstart, true);
  const firstInstant = first === null ? null : wallClockToInstant(first, timeZone);
  const ends = parsed.until;
  const meets =
    firstInstant !== null &&
    (ends.kind === 'instant' ? firstInstant <= ends.instant : localDateOf(firstInstant, timeZone) <= ends.date);
  return meets
    ? []
    : [{ path: ['rrule'], message: 'UNTIL ends the series before its first meeting on or after firstDate' }];
}

/**
 * `horizonWeeks` defaults on create only: an update leaves it alone unless sent (a default in the
 * update schema would silently reset a stored value the client did not send).
 */
export const meetingSeriesCreateSchema = z
  .strictObject({
    ...seriesFields,
    ...optionalFields({ location: seriesFields.location, videoUrl: seriesFields.videoUrl }),
    horizonWeeks: seriesFields.horizonWeeks.default(DEFAULT_HORIZON_WEEKS),
  })
  .superRefine((value, ctx) => {
    addRuleIssues(ctx, seriesRuleIssues(value));
  });
export type MeetingSeriesCreate = z.infer<typeof meetingSeriesCreateSchema>;
export type MeetingSeriesCreateInput = z.input<typeof meetingSeriesCreateSchema>;

export const meetingSeriesUpdateSchema = updateObject(seriesFields);
export type MeetingSeriesUpdate = z.infer<typeof meetingSeriesUpdateSchema>;

export const meetingSeriesSchema = z.strictObject({ ...resourceMetaFields, ...seriesFields });
export type MeetingSeriesView = z.infer<typeof meetingSeriesSchema>;

/**
 * The rule in words for screens and e-mails: "Every Tuesday at 07:00 (Europe/London)". rrule's
 * English (toText) gives the rhythm; the time and zone are added because the rule itself has none,
 * and the end (COUNT or UNTIL) is worded here so an UNTIL instant is shown on the series' local date.
 * Throws RangeError for a rule, time or zone the schema would refuse.
 */
export function describeRecurrence(rrule: string, startTime: string, timeZone: string): string {
  if (parseStartTime(startTime) === undefined) throw new RangeError(`"${startTime}" is not a time as HH:MM`);
  if (!isKnownZoneName(timeZone)) throw new RangeError(`"${timeZone}" is not an IANA time zone`);
  const { options, until } = parseRecurrenceRuleOrThrow(rrule);
  const { count, ...rhythm } = options;

  // rrule says "every week on Tuesday"; people say "every Tuesday".
  const words = new RRule(rhythm).toText().replace(/^every week on /, 'every ');
  let end = '';
  if (typeof count === 'number') end = count === 1 ? ', once' : `, ${count} times`;
  if (until?.kind === 'date') end = ` until ${longDate(until.date)}`;
  if (until?.kind === 'instant') {
    const local = instantToWallClock(until.instant, timeZone).toISOString();
    end = ` until ${longDate(local.slice(0, 10))} ${local.slice(11, 16)}`;
  }
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} at ${startTime} (${timeZone})${end}`;
}

/** "June 30, 2026", the way rrule writes dates, whatever the machine's locale. */
function longDate(isoDay: string): string {
  return DateTime.fromISO(isoDay, { zone: 'utc' }).setLocale('en-US').toFormat('LLLL d, yyyy');
}
