import { DateTime, IANAZone } from 'luxon';

/*
 * Wall-clock time in a named zone. A series meets at a local time ("07:00 in London"), and the UTC
 * instant of that time moves when the zone changes its offset. Wall-clock values are carried as
 * "floating" Dates whose UTC fields hold the local fields (the usual rrule trick): they are never
 * instants, and only `wallClockToInstant` turns one into a real moment.
 */

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

const START_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * True for an IANA zone name in its usual spelling ("Europe/London"). luxon accepts any letter case,
 * but a stored "europe/london" would not match the same series written correctly, so a name that
 * differs from the canonical one only in case is refused.
 */
export function isTimeZone(value: unknown): value is string {
  return typeof value === 'string' && isKnownZoneName(value);
}

/** `isTimeZone` for a value already known to be text (no type narrowing, so `false` leaves a string). */
export function isKnownZoneName(name: string): boolean {
  return IANAZone.isValidZone(name) && canonicalZoneSpelling(name) === name;
}

/**
 * The zone name spelt as the platform spells it, when that differs from `name` only in letter case;
 * otherwise (including for a name that is no zone at all) `name` itself.
 */
export function canonicalZoneSpelling(name: string): string {
  if (!IANAZone.isValidZone(name)) return name;
  const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  // Some platforms resolve an alias to another name (Asia/Kolkata ↔ Asia/Calcutta); that is not a misspelling.
  return resolved.toLowerCase() === name.toLowerCase() ? resolved : name;
}

/** Hours and minutes of a "HH:MM" 24-hour time, or undefined. */
export function parseStartTime(value: string): { hour: number; minute: number } | undefined {
  const match = START_TIME.exec(value);
  if (match === null) return undefined;
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

export function isStartTime(value: unknown): value is string {
  return typeof value === 'string' && parseStartTime(value) !== undefined;
}

/** The floating Date of a local date ("2026-03-31") at a local time ("07:00"). */
export function floatingWallClock(localDate: string, startTime: string): Date {
  const time = parseStartTime(startTime);
  const date = new Date(`${localDate}T00:00:00Z`);
  if (time === undefined || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== localDate) {
    throw new RangeError(`"${localDate}" at "${startTime}" is not a local date (YYYY-MM-DD) and time (HH:MM)`);
  }
  return new Date(date.getTime() + (time.hour * 60 + time.minute) * MS_PER_MINUTE);
}

function zoneOf(timeZone: string): IANAZone {
  if (!IANAZone.isValidZone(timeZone)) throw new RangeError(`"${timeZone}" is not an IANA time zone`);
  return IANAZone.create(timeZone);
}

/**
 * The real instant at which the clocks of `timeZone` show the floating `wallClock`.
 *  - Ambiguous (the autumn hour that happens twice, e.g. 01:30 on the last Sunday of October in
 *    London): the EARLIER instant, i.e. the offset in force before the change (01:30 BST = 00:30Z).
 *    This is also what RFC 5545 §3.3.5 prescribes, so calendar clients agree with us.
 *  - Nonexistent (the spring gap, e.g. 01:30 on the last Sunday of March in London, when clocks jump
 *    from 01:00 GMT to 02:00 BST): the FIRST VALID INSTANT after the gap, i.e. the moment of the
 *    change (02:00 BST = 01:00Z). RFC 5545 would instead read the time with the offset before the gap
 *    (02:30 BST); we choose the start of the new hour so a meeting is never pushed later than the
 *    first moment it can happen. The ICS we publish carries UTC instants, so clients show our choice.
 */
export function wallClockToInstant(wallClock: Date, timeZone: string): Date {
  const zone = zoneOf(timeZone);
  const w = wallClock.getTime();
  // The offsets either side of any change near this day; one change at most falls within ±1 day.
  const offsets = new Set([zone.offset(w - MS_PER_DAY), zone.offset(w), zone.offset(w + MS_PER_DAY)]);
  const valid = [...offsets]
    .map((offset) => w - offset * MS_PER_MINUTE)
    .filter((instant) => zone.offset(instant) * MS_PER_MINUTE === w - instant)
    .sort((a, b) => a - b);
  const earliest = valid[0];
  if (earliest !== undefined) return new Date(earliest);

  // In a gap: the change happened between reading the time with the later offset (still before the
  // change) and with the earlier offset (already after it). Bisect to the millisecond of the change.
  const sorted = [...offsets].sort((a, b) => a - b);
  let before = w - (sorted.at(-1) ?? 0) * MS_PER_MINUTE;
  let after = w - (sorted[0] ?? 0) * MS_PER_MINUTE;
  const offsetBefore = zone.offset(before);
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (zone.offset(middle) === offsetBefore) before = middle;
    else after = middle;
  }
  return new Date(after);
}

/** The local calendar date (YYYY-MM-DD) of an instant in `timeZone`. */
export function localDateOf(instant: Date, timeZone: string): string {
  const date = DateTime.fromJSDate(instant, { zone: zoneOf(timeZone) }).toISODate();
  if (date === null) throw new RangeError(`Cannot express ${instant.toISOString()} in ${timeZone}`);
  return date;
}

/** The floating wall-clock Date of an instant in `timeZone` (the inverse of wallClockToInstant). */
export function instantToWallClock(instant: Date, timeZone: string): Date {
  const zone = zoneOf(timeZone);
  return new Date(instant.getTime() + zone.offset(instant.getTime()) * MS_PER_MINUTE);
}
