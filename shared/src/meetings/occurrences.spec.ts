import { DateTime } from 'luxon';
import { generateOccurrences, type OccurrenceSeries } from './occurrences.js';

// Every expected instant below is written out by hand from the 2026 clock changes:
//  - Europe/London: GMT→BST Sun 29 Mar 01:00Z; BST→GMT Sun 25 Oct 01:00Z (last Sundays).
//  - America/New_York: EST→EDT Sun 8 Mar 07:00Z (second Sunday); EDT→EST Sun 1 Nov 06:00Z (first Sunday).

const LONDON_TUESDAYS: OccurrenceSeries = {
  rrule: 'FREQ=WEEKLY;BYDAY=TU',
  timeZone: 'Europe/London',
  firstDate: '2026-01-01',
  startTime: '07:00',
  durationMinutes: 60,
};

const NEW_YORK_TUESDAYS: OccurrenceSeries = { ...LONDON_TUESDAYS, timeZone: 'America/New_York' };

const at = (iso: string) => new Date(iso);
const window = (from: string, until: string) => ({ from: at(from), until: at(until) });
const starts = (series: OccurrenceSeries, from: string, until: string) =>
  generateOccurrences(series, window(from, until)).map((o) => o.startsAt.toISOString());
const localTimes = (series: OccurrenceSeries, from: string, until: string) =>
  generateOccurrences(series, window(from, until)).map((o) =>
    DateTime.fromJSDate(o.startsAt, { zone: series.timeZone }).toFormat('yyyy-MM-dd HH:mm'),
  );

describe('generateOccurrences: local wall-clock time across daylight saving', () => {
  it('keeps 07:00 Europe/London when BST starts: 07:00Z in winter, 06:00Z in summer', () => {
    expect(starts(LONDON_TUESDAYS, '2026-03-17T00:00:00Z', '2026-04-08T00:00:00Z')).toEqual([
      '2026-03-17T07:00:00.000Z',
      '2026-03-24T07:00:00.000Z',
      '2026-03-31T06:00:00.000Z',
      '2026-04-07T06:00:00.000Z',
    ]);
    expect(localTimes(LONDON_TUESDAYS, '2026-03-17T00:00:00Z', '2026-04-08T00:00:00Z')).toEqual([
      '2026-03-17 07:00',
      '2026-03-24 07:00',
      '2026-03-31 07:00',
      '2026-04-07 07:00',
    ]);
  });

  it('keeps 07:00 Europe/London when BST ends', () => {
    expect(starts(LONDON_TUESDAYS, '2026-10-13T00:00:00Z', '2026-11-04T00:00:00Z')).toEqual([
      '2026-10-13T06:00:00.000Z',
      '2026-10-20T06:00:00.000Z',
      '2026-10-27T07:00:00.000Z',
      '2026-11-03T07:00:00.000Z',
    ]);
    expect(localTimes(LONDON_TUESDAYS, '2026-10-13T00:00:00Z', '2026-11-04T00:00:00Z')).toEqual([
      '2026-10-13 07:00',
      '2026-10-20 07:00',
      '2026-10-27 07:00',
      '2026-11-03 07:00',
    ]);
  });

  it('keeps 07:00 America/New_York across the second Sunday of March: 12:00Z then 11:00Z', () => {
    expect(starts(NEW_YORK_TUESDAYS, '2026-03-01T00:00:00Z', '2026-03-18T00:00:00Z')).toEqual([
      '2026-03-03T12:00:00.000Z',
      '2026-03-10T11:00:00.000Z',
      '2026-03-17T11:00:00.000Z',
    ]);
  });

  it('keeps 07:00 America/New_York across the first Sunday of November: 11:00Z then 12:00Z', () => {
    expect(starts(NEW_YORK_TUESDAYS, '2026-10-25T00:00:00Z', '2026-11-11T00:00:00Z')).toEqual([
      '2026-10-27T11:00:00.000Z',
      '2026-11-03T12:00:00.000Z',
      '2026-11-10T12:00:00.000Z',
    ]);
    expect(localTimes(NEW_YORK_TUESDAYS, '2026-10-25T00:00:00Z', '2026-11-11T00:00:00Z')).toEqual([
      '2026-10-27 07:00',
      '2026-11-03 07:00',
      '2026-11-10 07:00',
    ]);
  });

  it('ends each meeting durationMinutes after it starts and gives the local date', () => {
    const [first] = generateOccurrences(
      { ...LONDON_TUESDAYS, durationMinutes: 90 },
      window('2026-03-31T00:00:00Z', '2026-04-01T00:00:00Z'),
    );
    expect(first).toEqual({
      startsAt: at('2026-03-31T06:00:00Z'),
      endsAt: at('2026-03-31T07:30:00Z'),
      localDate: '2026-03-31',
    });
  });

  it('gives the local date, not the UTC one, for a zone ahead of UTC', () => {
    const tokyo: OccurrenceSeries = { ...LONDON_TUESDAYS, timeZone: 'Asia/Tokyo', startTime: '07:00' };
    // 07:00 JST on Tuesday 7 April is 22:00Z on Monday 6 April.
    expect(generateOccurrences(tokyo, window('2026-04-06T00:00:00Z', '2026-04-07T00:00:00Z'))).toEqual([
      { startsAt: at('2026-04-06T22:00:00Z'), endsAt: at('2026-04-06T23:00:00Z'), localDate: '2026-04-07' },
    ]);
  });
});

describe('generateOccurrences: times the clock skips or repeats', () => {
  const londonSundays = (startTime: string): OccurrenceSeries => ({
    ...LONDON_TUESDAYS,
    rrule: 'FREQ=WEEKLY;BYDAY=SU',
    startTime,
  });

  it('moves 01:30 on the spring-forward Sunday to the first valid instant, 02:00 BST', () => {
    expect(starts(londonSundays('01:30'), '2026-03-22T00:00:00Z', '2026-04-06T00:00:00Z')).toEqual([
      '2026-03-22T01:30:00.000Z', // 01:30 GMT
      '2026-03-29T01:00:00.000Z', // 01:30 does not exist; clocks jump 01:00 GMT → 02:00 BST = 01:00Z
      '2026-04-05T00:30:00.000Z', // 01:30 BST
    ]);
    expect(localTimes(londonSundays('01:30'), '2026-03-29T00:00:00Z', '2026-03-30T00:00:00Z')).toEqual([
      '2026-03-29 02:00',
    ]);
  });

  it('takes the earlier offset (BST) for 01:30 on the fall-back Sunday, which happens twice', () => {
    expect(starts(londonSundays('01:30'), '2026-10-18T00:00:00Z', '2026-11-02T00:00:00Z')).toEqual([
      '2026-10-18T00:30:00.000Z', // 01:30 BST
      '2026-10-25T00:30:00.000Z', // first of 01:30 BST (00:30Z) and 01:30 GMT (01:30Z)
      '2026-11-01T01:30:00.000Z', // 01:30 GMT
    ]);
  });

  it('does the same in New York: 02:30 on 8 March becomes 03:00 EDT, 01:30 on 1 November is EDT', () => {
    const sundays = (startTime: string): OccurrenceSeries => ({
      ...NEW_YORK_TUESDAYS,
      rrule: 'FREQ=WEEKLY;BYDAY=SU',
      startTime,
    });
    expect(starts(sundays('02:30'), '2026-03-08T00:00:00Z', '2026-03-09T00:00:00Z')).toEqual([
      '2026-03-08T07:00:00.000Z',
    ]);
    expect(starts(sundays('01:30'), '2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z')).toEqual([
      '2026-11-01T05:30:00.000Z',
    ]);
  });

  it('leaves times either side of the gap alone', () => {
    expect(starts(londonSundays('00:59'), '2026-03-29T00:00:00Z', '2026-03-30T00:00:00Z')).toEqual([
      '2026-03-29T00:59:00.000Z',
    ]);
    expect(starts(londonSundays('02:00'), '2026-03-29T00:00:00Z', '2026-03-30T00:00:00Z')).toEqual([
      '2026-03-29T01:00:00.000Z',
    ]);
  });
});

describe('generateOccurrences: rule parts', () => {
  const wide = ['2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'] as const;

  it('meets every other Tuesday with INTERVAL=2, counting from the first date', () => {
    const fortnightly = { ...LONDON_TUESDAYS, rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', firstDate: '2026-01-05' };
    expect(starts(fortnightly, '2026-01-01T00:00:00Z', '2026-02-18T00:00:00Z')).toEqual([
      '2026-01-06T07:00:00.000Z',
      '2026-01-20T07:00:00.000Z',
      '2026-02-03T07:00:00.000Z',
      '2026-02-17T07:00:00.000Z',
    ]);
  });

  it('starts on the first matching date on or after firstDate', () => {
    expect(starts({ ...LONDON_TUESDAYS, firstDate: '2026-03-24' }, ...wide).slice(0, 2)).toEqual([
      '2026-03-24T07:00:00.000Z',
      '2026-03-31T06:00:00.000Z',
    ]);
    expect(starts({ ...LONDON_TUESDAYS, firstDate: '2026-03-25' }, ...wide)[0]).toBe('2026-03-31T06:00:00.000Z');
  });

  it('stops after COUNT meetings, counted from firstDate rather than from the window', () => {
    const three = { ...LONDON_TUESDAYS, rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=3', firstDate: '2026-03-20' };
    expect(starts(three, ...wide)).toEqual([
      '2026-03-24T07:00:00.000Z',
      '2026-03-31T06:00:00.000Z',
      '2026-04-07T06:00:00.000Z',
    ]);
    expect(starts(three, '2026-04-01T00:00:00Z', '2027-01-01T00:00:00Z')).toEqual(['2026-04-07T06:00:00.000Z']);
  });

  it('treats UNTIL as a date as the last local day, inclusive', () => {
    const untilDate = { ...LONDON_TUESDAYS, rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20260331', firstDate: '2026-03-20' };
    expect(starts(untilDate, ...wide)).toEqual(['2026-03-24T07:00:00.000Z', '2026-03-31T06:00:00.000Z']);
  });

  it('compares a UTC UNTIL with the real instant, inclusive', () => {
    const series = (until: string) => ({
      ...LONDON_TUESDAYS,
      rrule: `FREQ=WEEKLY;BYDAY=TU;UNTIL=${until}`,
      firstDate: '2026-03-20',
    });
    // The 31 March meeting is at 06:00Z (07:00 BST): a floating comparison of 07:00 with 06:00 would drop it.
    expect(starts(series('20260331T060000Z'), ...wide)).toEqual([
      '2026-03-24T07:00:00.000Z',
      '2026-03-31T06:00:00.000Z',
    ]);
    expect(starts(series('20260331T055959Z'), ...wide)).toEqual(['2026-03-24T07:00:00.000Z']);
  });

  it('meets on a day of the month with BYMONTHDAY, including the last day and skipping short months', () => {
    const fifteenth = { ...LONDON_TUESDAYS, rrule: 'FREQ=MONTHLY;BYMONTHDAY=15' };
    expect(starts(fifteenth, '2026-02-01T00:00:00Z', '2026-05-01T00:00:00Z')).toEqual([
      '2026-02-15T07:00:00.000Z',
      '2026-03-15T07:00:00.000Z',
      '2026-04-15T06:00:00.000Z',
    ]);
    const last = { ...LONDON_TUESDAYS, rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1' };
    expect(
      generateOccurrences(last, window('2026-01-01T00:00:00Z', '2026-04-01T00:00:00Z')).map((o) => o.localDate),
    ).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
    const thirtyFirst = { ...LONDON_TUESDAYS, rrule: 'FREQ=MONTHLY;BYMONTHDAY=31' };
    expect(
      generateOccurrences(thirtyFirst, window('2026-01-01T00:00:00Z', '2026-06-01T00:00:00Z')).map((o) => o.localDate),
    ).toEqual(['2026-01-31', '2026-03-31', '2026-05-31']);
  });

  it('meets on the second Tuesday of each month with BYDAY=2TU', () => {
    const second = { ...LONDON_TUESDAYS, rrule: 'FREQ=MONTHLY;BYDAY=2TU' };
    expect(
      generateOccurrences(second, window('2026-01-01T00:00:00Z', '2026-04-01T00:00:00Z')).map((o) => o.localDate),
    ).toEqual(['2026-01-13', '2026-02-10', '2026-03-10']);
  });

  it('meets daily', () => {
    const daily = { ...LONDON_TUESDAYS, rrule: 'FREQ=DAILY;INTERVAL=3', firstDate: '2026-03-27' };
    expect(starts(daily, '2026-03-27T00:00:00Z', '2026-04-03T00:00:00Z')).toEqual([
      '2026-03-27T07:00:00.000Z',
      '2026-03-30T06:00:00.000Z',
      '2026-04-02T06:00:00.000Z',
    ]);
  });
});

describe('generateOccurrences: the [from, until) window', () => {
  it('includes a meeting starting exactly at from and excludes one starting exactly at until', () => {
    expect(starts(LONDON_TUESDAYS, '2026-03-24T07:00:00Z', '2026-03-31T06:00:00Z')).toEqual([
      '2026-03-24T07:00:00.000Z',
    ]);
  });

  it('excludes a meeting that started a millisecond before from, even if it is still running', () => {
    expect(starts(LONDON_TUESDAYS, '2026-03-24T07:00:00.001Z', '2026-03-31T06:00:00.001Z')).toEqual([
      '2026-03-31T06:00:00.000Z',
    ]);
  });

  it('gives nothing for an empty or reversed window', () => {
    expect(starts(LONDON_TUESDAYS, '2026-03-24T07:00:00Z', '2026-03-24T07:00:00Z')).toEqual([]);
    expect(starts(LONDON_TUESDAYS, '2026-04-24T00:00:00Z', '2026-03-24T00:00:00Z')).toEqual([]);
  });

  it('gives nothing before firstDate', () => {
    expect(
      starts({ ...LONDON_TUESDAYS, firstDate: '2026-06-01' }, '2026-01-01T00:00:00Z', '2026-06-01T00:00:00Z'),
    ).toEqual([]);
  });

  it('covers a 12-week horizon with 12 weekly meetings', () => {
    expect(starts(LONDON_TUESDAYS, '2026-03-01T00:00:00Z', '2026-05-24T00:00:00Z')).toHaveLength(12);
  });
});

describe('generateOccurrences: bad input', () => {
  const any = window('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z');

  it.each([
    [{ rrule: 'FREQ=SECONDLY' }, /FREQ must be DAILY, WEEKLY or MONTHLY/],
    [{ timeZone: 'Mars/Olympus' }, /not an IANA time zone/],
    [{ startTime: '7am' }, /not a local date/],
    [{ firstDate: '2026-02-30' }, /not a local date/],
    [{ durationMinutes: 0 }, /durationMinutes/],
  ])('throws a RangeError for %p', (change, message) => {
    expect(() => generateOccurrences({ ...LONDON_TUESDAYS, ...change }, any)).toThrow(message);
    expect(() => generateOccurrences({ ...LONDON_TUESDAYS, ...change }, any)).toThrow(RangeError);
  });

  it('throws for an invalid window date', () => {
    expect(() =>
      generateOccurrences(LONDON_TUESDAYS, { from: new Date(NaN), until: at('2026-01-01T00:00:00Z') }),
    ).toThrow('from must be a valid Date');
  });
});
