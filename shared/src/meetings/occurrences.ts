import { parseRecurrenceRuleOrThrow } from './recurrence-rule.js';
import { RRule } from './rrule-interop.js';
import { floatingWallClock, instantToWallClock, localDateOf, wallClockToInstant } from './wall-clock.js';

/*
 * The meetings of a series within a window. The rule is expanded on LOCAL wall-clock time, so "07:00
 * every Tuesday in Europe/London" stays 07:00 on the clock across daylight-saving changes and only its
 * UTC instant moves (06:00Z in summer, 07:00Z in winter). Expanding on UTC instead would drift the
 * meeting to 08:00 or 06:00 local for half the year.
 *
 * How: rrule runs on a floating start (the local fields stored as UTC fields, wall-clock.ts), so its
 * arithmetic never sees a zone; each floating result is then turned into the real instant in the
 * series' zone by `wallClockToInstant`, which also settles the two awkward cases (a time that does
 * not exist on the spring-forward day moves to the first valid instant; a time that happens twice in
 * autumn takes the earlier offset). Pure: no clock, no I/O; the caller passes the window.
 */

export interface OccurrenceSeries {
  /** RRULE parts without DTSTART, e.g. `FREQ=WEEKLY;BYDAY=TU`. */
  rrule: string;
  /** IANA zone whose wall clock the series follows. */
  timeZone: string;
  /** First local date the series may meet on (the rule's first match on or after it). */
  firstDate: string;
  /** Local start time, "HH:MM" 24-hour. */
  startTime: string;
  durationMinutes: number;
}

export interface OccurrenceWindow {
  from: Date;
  until: Date;
}

export interface MeetingOccurrence {
  startsAt: Date;
  /** startsAt plus the duration in elapsed minutes, so a meeting spanning a clock change keeps its length. */
  endsAt: Date;
  /** The local calendar date of startsAt in the series' zone. */
  localDate: string;
}

const MS_PER_MINUTE = 60_000;
/**
 * Margin around the window when asking rrule for floating times: a floating time differs from its
 * instant by the zone offset (−12 h … +14 h) plus at most a one-day gap (Samoa skipped 30 Dec 2011).
 */
const FLOATING_MARGIN_MS = 2 * 86_400_000;

function assertInstant(value: Date, name: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new RangeError(`${name} must be a valid Date`);
}

/** Occurrences whose start lies in [from, until): `from` included, `until` excluded; sorted by start. */
export function generateOccurrences(series: OccurrenceSeries, window: OccurrenceWindow): MeetingOccurrence[] {
  assertInstant(window.from, 'from');
  assertInstant(window.until, 'until');
  if (!Number.isInteger(series.durationMinutes) || series.durationMinutes <= 0) {
    throw new RangeError(`durationMinutes must be a positive whole number, got ${series.durationMinutes}`);
  }
  if (window.until <= window.from) return [];

  const { options, until } = parseRecurrenceRuleOrThrow(series.rrule);
  const dtstart = floatingWallClock(series.firstDate, series.startTime);
  const rule = new RRule({ ...options, dtstart });

  // rrule's `between` is inclusive and works on floating times; the exact window is applied after
  // converting to instants. UNTIL was left out of the rrule options and is applied here on the real
  // instant (or local date), because a floating comparison would be off by the zone offset.
  const floatingFrom = new Date(instantToWallClock(window.from, series.timeZone).getTime() - FLOATING_MARGIN_MS);
  const floatingUntil = new Date(instantToWallClock(window.until, series.timeZone).getTime() + FLOATING_MARGIN_MS);

  const occurrences: MeetingOccurrence[] = [];
  for (const wallClock of rule.between(floatingFrom, floatingUntil, true)) {
    const startsAt = wallClockToInstant(wallClock, series.timeZone);
    if (startsAt < window.from || startsAt >= window.until) continue;
    const localDate = localDateOf(startsAt, series.timeZone);
    if (until?.kind === 'instant' && startsAt > until.instant) continue;
    if (until?.kind === 'date' && localDate > until.date) continue;
    occurrences.push({
      startsAt,
      endsAt: new Date(startsAt.getTime() + series.durationMinutes * MS_PER_MINUTE),
      localDate,
    });
  }
  return occurrences;
}
