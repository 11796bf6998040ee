import type { Options } from 'rrule';
import { RRule } from './rrule-interop.js';

/*
 * The recurrence rule of a meeting series: the RFC 5545 RRULE parts only (`FREQ=WEEKLY;BYDAY=TU`),
 * never DTSTART, because the start comes from the series' firstDate, startTime and timeZone. The board
 * meets on a simple rhythm, so only a small, well-understood subset of RFC 5545 is accepted; every
 * refusal says which part is wrong and why, because the coordinator types or pastes this text.
 */

export const RECURRENCE_FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY'] as const;
export type RecurrenceFrequency = (typeof RECURRENCE_FREQUENCIES)[number];

/** The rule parts a series may use; anything else in RFC 5545 is refused. */
export const RECURRENCE_PARTS = ['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY'] as const;

/** Parts that would set the time of day, which belongs to startTime alone. */
const TIME_OF_DAY_PARTS = ['BYHOUR', 'BYMINUTE', 'BYSECOND'];

/** Upper bounds that catch typos (INTERVAL=22 for 2) without limiting any real board schedule. */
export const MAX_RECURRENCE_INTERVAL = 52;
export const MAX_RECURRENCE_COUNT = 1000;

const WEEKDAY = '(MO|TU|WE|TH|FR|SA|SU)';
const PLAIN_WEEKDAY = new RegExp(`^${WEEKDAY}$`);
/** "2TU" (second Tuesday), "-1FR" (last Friday): RFC 5545 allows the ordinal with FREQ=MONTHLY only. */
const ORDINAL_WEEKDAY = new RegExp(`^([+-]?)([1-5])${WEEKDAY}$`);
const MONTH_DAY = /^[+-]?([1-9]|[12]\d|3[01])$/;
const POSITIVE_INTEGER = /^[1-9]\d*$/;
/** UNTIL as a date (inclusive local day) or a UTC date-time; RFC 5545 §3.3.10 forbids a floating one here. */
const UNTIL_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const UNTIL_UTC = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/**
 * The end of a series as written in UNTIL: a date is the last local day on which a meeting may take
 * place (the zone is the series'); an instant is the last moment a meeting may start.
 */
export type RecurrenceEnd = { kind: 'date'; date: string } | { kind: 'instant'; instant: Date };

export interface ParsedRecurrenceRule {
  frequency: RecurrenceFrequency;
  /** rrule's options for the parts other than UNTIL; UNTIL is applied on real instants (see occurrences.ts). */
  options: Partial<Options>;
  until: RecurrenceEnd | null;
}

function realDate(y: number, m: number, d: number, h = 0, min = 0, s = 0): Date | undefined {
  const date = new Date(Date.UTC(y, m - 1, d, h, min, s));
  const fits =
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === m - 1 &&
    date.getUTCDate() === d &&
    date.getUTCHours() === h &&
    date.getUTCMinutes() === min &&
    date.getUTCSeconds() === s;
  return fits ? date : undefined;
}

function parseUntil(value: string): RecurrenceEnd | string {
  const dateMatch = UNTIL_DATE.exec(value);
  if (dateMatch !== null) {
    const [, y, m, d] = dateMatch.map(Number) as [number, number, number, number];
    const date = realDate(y, m, d);
    if (date === undefined) return `UNTIL=${value} is not a real calendar date`;
    return { kind: 'date', date: date.toISOString().slice(0, 10) };
  }
  const utcMatch = UNTIL_UTC.exec(value);
  if (utcMatch !== null) {
    const [, y, m, d, h, min, s] = utcMatch.map(Number) as [number, number, number, number, number, number, number];
    const instant = realDate(y, m, d, h, min, s);
    if (instant === undefined) return `UNTIL=${value} is not a real date-time`;
    return { kind: 'instant', instant };
  }
  return `UNTIL must be a date (YYYYMMDD) or a UTC date-time (YYYYMMDDTHHMMSSZ), got "${value}"`;
}

/**
 * Checks one rule and returns either its parsed form or every problem found, each a sentence naming
 * the rule part. Shared by the schema (messages) and the generator (which throws on a bad rule).
 */
export function parseRecurrenceRule(rule: string): ParsedRecurrenceRule | { issues: string[] } {
  const issues: string[] = [];
  if (/^RRULE:/i.test(rule)) {
    return { issues: ['must be the rule parts only, without the "RRULE:" prefix (e.g. FREQ=WEEKLY;BYDAY=TU)'] };
  }
  if (/DTSTART/i.test(rule) || /[\r\n]/.test(rule)) {
    return { issues: ['must not contain DTSTART or several lines: the start comes from firstDate and startTime'] };
  }
  if (rule.trim() === '') return { issues: ['must not be empty (e.g. FREQ=WEEKLY;BYDAY=TU)'] };

  const parts = new Map<string, string>();
  for (const part of rule.split(';')) {
    const match = /^([A-Za-z]+)=(.+)$/.exec(part);
    if (match === null) {
      issues.push(`"${part}" is not a NAME=VALUE rule part`);
      continue;
    }
    const [, rawName, value] = match as unknown as [string, string, string];
    const name = rawName.toUpperCase();
    if (parts.has(name)) issues.push(`${name} is given twice`);
    else parts.set(name, value);
  }

  for (const name of parts.keys()) {
    if (TIME_OF_DAY_PARTS.includes(name)) {
      issues.push(`${name} is not allowed: the time of day comes from startTime`);
    } else if (!(RECURRENCE_PARTS as readonly string[]).includes(name)) {
      issues.push(`${name} is not supported; use only ${RECURRENCE_PARTS.join(', ')}`);
    }
  }

  const freq = parts.get('FREQ')?.toUpperCase();
  let frequency: RecurrenceFrequency | undefined;
  if (freq === undefined) issues.push('FREQ is required (DAILY, WEEKLY or MONTHLY)');
  else if ((RECURRENCE_FREQUENCIES as readonly string[]).includes(freq)) frequency = freq as RecurrenceFrequency;
  else issues.push(`FREQ must be DAILY, WEEKLY or MONTHLY, got ${freq}`);

  const interval = parts.get('INTERVAL');
  if (interval !== undefined && (!POSITIVE_INTEGER.test(interval) || Number(interval) > MAX_RECURRENCE_INTERVAL)) {
    issues.push(`INTERVAL must be a whole number from 1 to ${MAX_RECURRENCE_INTERVAL}, got "${interval}"`);
  }
  const count = parts.get('COUNT');
  if (count !== undefined && (!POSITIVE_INTEGER.test(count) || Number(count) > MAX_RECURRENCE_COUNT)) {
    issues.push(`COUNT must be a whole number from 1 to ${MAX_RECURRENCE_COUNT}, got "${count}"`);
  }
  // RFC 5545 §3.3.10: COUNT and UNTIL MUST NOT occur in the same rule.
  if (count !== undefined && parts.has('UNTIL')) issues.push('COUNT and UNTIL must not both be given: choose one end');

  let until: RecurrenceEnd | null = null;
  const untilText = parts.get('UNTIL');
  if (untilText !== undefined) {
    const parsed = parseUntil(untilText.toUpperCase());
    if (typeof parsed === 'string') issues.push(parsed);
    else until = parsed;
  }

  const byDay = parts.get('BYDAY');
  if (byDay !== undefined) {
    for (const day of byDay.toUpperCase().split(',')) {
      if (PLAIN_WEEKDAY.test(day)) continue;
      if (ORDINAL_WEEKDAY.test(day)) {
        if (frequency !== undefined && frequency !== 'MONTHLY') {
          issues.push(`BYDAY=${day}: a numbered weekday (e.g. 2TU) needs FREQ=MONTHLY`);
        }
        continue;
      }
      issues.push(`BYDAY has "${day}"; use MO, TU, WE, TH, FR, SA, SU, or with FREQ=MONTHLY e.g. 2TU or -1FR`);
    }
  }

  const byMonthDay = parts.get('BYMONTHDAY');
  if (byMonthDay !== undefined) {
    // RFC 5545 §3.3.10: BYMONTHDAY MUST NOT be used with FREQ=WEEKLY.
    if (frequency === 'WEEKLY') issues.push('BYMONTHDAY cannot be used with FREQ=WEEKLY');
    for (const day of byMonthDay.split(',')) {
      if (!MONTH_DAY.test(day) || Number(day) === 0) {
        issues.push(`BYMONTHDAY has "${day}"; use 1 to 31, or -1 for the last day of the month`);
      }
    }
  }

  if (issues.length > 0 || frequency === undefined) return { issues };

  // rrule parses the text again: the rule we accept must be one it understands the same way.
  const withoutUntil = [...parts].filter(([name]) => name !== 'UNTIL').map(([name, value]) => `${name}=${value}`);
  try {
    const options = RRule.parseString(withoutUntil.join(';').toUpperCase());
    new RRule({ ...options, dtstart: new Date(Date.UTC(2026, 0, 1)) }).toString();
    return { frequency, options, until };
  } catch (error) {
    return { issues: [`is not a recurrence rule rrule can read: ${(error as Error).message}`] };
  }
}

/** The parsed rule, or a RangeError naming every problem (for callers that hold validated data). */
export function parseRecurrenceRuleOrThrow(rule: string): ParsedRecurrenceRule {
  const parsed = parseRecurrenceRule(rule);
  if ('issues' in parsed) throw new RangeError(`Invalid recurrence rule "${rule}": ${parsed.issues.join('; ')}`);
  return parsed;
}
