/*
 * Calendar dates as ISO strings (`YYYY-MM-DD`). Clinical dates (birth, assessment, imaging) are days,
 * not instants: turning them into `Date`s at local midnight makes a day's length depend on the
 * machine's time zone and daylight saving. Here every date maps to a whole day number through
 * `Date.UTC`, so arithmetic is the same on every server and browser.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** The day number (days since 1970-01-01) of a real calendar date, or undefined for anything else. */
function toDayNumber(value: string): number | undefined {
  const match = ISO_DATE.exec(value);
  if (match === null) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  // Date.UTC rolls 2023-02-29 over to 1 March; a date that does not round-trip does not exist.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return undefined;
  return ms / MS_PER_DAY;
}

/** True for a string naming a real calendar day as `YYYY-MM-DD` (2024-02-29 yes, 2023-02-29 no). */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && toDayNumber(value) !== undefined;
}

/** Days since 1970-01-01; throws RangeError for anything that is not a real `YYYY-MM-DD` date. */
export function dayNumber(date: string): number {
  const day = toDayNumber(date);
  if (day === undefined) throw new RangeError(`"${date}" is not an ISO calendar date (YYYY-MM-DD)`);
  return day;
}

/** Whole days from `from` to `to` (positive when `to` is later); 2024-01-31 → 2024-03-01 is 30. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The date `days` days after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Hours by which the earliest time zone in use (UTC+14, Line Islands) is ahead of UTC. */
const EARLIEST_ZONE_OFFSET_HOURS = 14;

/**
 * The latest calendar date it is anywhere on Earth at `now`. "Not in the future" checks compare with
 * this, because the server cannot know the clinician's time zone: a date that is already today for a
 * clinician east of the server is accepted, and only a date that is tomorrow everywhere is refused.
 */
export function latestCalendarDate(now: Date): string {
  return new Date(now.getTime() + EARLIEST_ZONE_OFFSET_HOURS * 3_600_000).toISOString().slice(0, 10);
}
