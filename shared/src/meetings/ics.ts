/*
 * iCalendar (RFC 5545) output for meetings: one meeting as a file to import, or a series as a feed to
 * subscribe to. Written by hand because the format needed is small, and the two rules that generic
 * string building gets wrong are done here on purpose:
 *  - TEXT values escape backslash, semicolon and comma, and turn line breaks into "\n" (§3.3.11);
 *  - content lines are folded at 75 octets of UTF-8, never inside a multi-byte character (§3.1),
 *    and every line ends in CRLF.
 * Times are written in UTC ("…Z"), so no VTIMEZONE is needed and every client shows the instant the
 * server computed (including our choice for times that fall in a daylight-saving gap, wall-clock.ts).
 */

export interface IcsEvent {
  /** Globally unique and stable across updates, e.g. "<meeting id>@tumor-board". */
  uid: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  /** Video link, written as URL (a URI value, so it is not text-escaped). */
  url: string | null;
  description: string | null;
  /** Revision number: clients replace an event they hold only when SEQUENCE grows. */
  sequence: number;
  cancelled: boolean;
}

export interface IcsOptions {
  /** DTSTAMP, the moment the calendar object is created; defaults to now. Tests pass a fixed one. */
  now?: Date;
}

export const ICS_PRODID = '-//Tumor Board//Meetings//EN';
export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8';

const MAX_OCTETS = 75;

/** Control characters TEXT may not contain (RFC 5545 TSAFE-CHAR); line breaks are escaped separately. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Escapes a TEXT value (RFC 5545 §3.3.11). Other control characters are dropped: TEXT cannot hold them. */
export function escapeIcsText(value: string): string {
  return value
    .replace(FORBIDDEN_CONTROLS, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Octets(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  // A lone surrogate is encoded as U+FFFD, three octets.
  if (code < 0x10000) return 3;
  return 4;
}

/**
 * One content line, folded so no physical line exceeds 75 octets (a continuation line's leading
 * space counts), with CRLF after every physical line. Iterating by code point keeps each character —
 * including 4-octet ones such as emoji — whole on one line.
 */
export function foldIcsLine(line: string): string {
  let folded = '';
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = utf8Octets(char);
    if (octets + size > limit) {
      folded += `${current}\r\n `;
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  return `${folded}${current}\r\n`;
}

/** An instant as a UTC DATE-TIME: 20260331T060000Z (seconds kept, milliseconds dropped). */
export function icsUtcDateTime(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Cannot write an invalid Date to iCalendar');
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

function checkedUrl(url: string): string {
  // A URI value is written as is (no TEXT escaping), so anything that could break the line is refused.
  // eslint-disable-next-line no-control-regex
  if (!/^[a-z][a-z\d+.-]*:[^\s\u0000-\u001F\u007F]+$/i.test(url)) {
    throw new RangeError(`"${url}" is not an absolute URL without spaces`);
  }
  return url;
}

function eventLines(event: IcsEvent, now: Date): string[] {
  if (event.uid.trim() === '') throw new RangeError('An iCalendar event needs a UID');
  if (!(event.endsAt > event.startsAt)) throw new RangeError(`Event ${event.uid} must end after it starts`);
  if (!Number.isInteger(event.sequence) || event.sequence < 0) {
    throw new RangeError(`SEQUENCE must be a whole number ≥ 0, got ${event.sequence}`);
  }
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(event.uid)}`,
    `DTSTAMP:${icsUtcDateTime(now)}`,
    `DTSTART:${icsUtcDateTime(event.startsAt)}`,
    `DTEND:${icsUtcDateTime(event.endsAt)}`,
    `SEQUENCE:${event.sequence}`,
    // CONFIRMED is written too, so an event that was cancelled and restored shows as on again.
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY:${escapeIcsText(event.title)}`,
  ];
  if (event.location !== null && event.location !== '') lines.push(`LOCATION:${escapeIcsText(event.location)}`);
  if (event.url !== null && event.url !== '') lines.push(`URL:${checkedUrl(event.url)}`);
  if (event.description !== null && event.description !== '') {
    lines.push(`DESCRIPTION:${escapeIcsText(event.description)}`);
  }
  lines.push('END:VEVENT');
  return lines;
}

function calendar(headerLines: string[], events: readonly IcsEvent[], options: IcsOptions): string {
  const now = options.now ?? new Date();
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${ICS_PRODID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...headerLines,
    ...events.flatMap((event) => eventLines(event, now)),
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join('');
}

/** One meeting as a VCALENDAR holding one VEVENT (for "add to my calendar"). */
export function meetingToIcs(event: IcsEvent, options: IcsOptions = {}): string {
  return calendar([], [event], options);
}

/**
 * A series as one subscribable VCALENDAR with a VEVENT per meeting. Calendar apps fetch a feed by its
 * URL alone (a secret token, no login) and copy it to phones and third-party calendar servers, so the
 * caller must pass NO patient data: titles, places and links only — never names, MRNs or the agenda.
 * NAME (RFC 7986) and X-WR-CALNAME (what Apple and Google read) label the subscribed calendar. A feed
 * with no meetings yet is still written, with no VEVENT, so a subscription does not break.
 */
export function seriesToIcsFeed(name: string, events: readonly IcsEvent[], options: IcsOptions = {}): string {
  const label = escapeIcsText(name);
  return calendar([`NAME:${label}`, `X-WR-CALNAME:${label}`], events, options);
}
