import {
  canonicalZoneSpelling,
  floatingWallClock,
  instantToWallClock,
  isStartTime,
  isTimeZone,
  localDateOf,
  wallClockToInstant,
} from './wall-clock.js';

const instantOf = (localDate: string, time: string, zone: string) =>
  wallClockToInstant(floatingWallClock(localDate, time), zone).toISOString();

describe('wall-clock time in a zone', () => {
  it('reads a floating wall clock as the local fields', () => {
    expect(floatingWallClock('2026-03-31', '07:05').toISOString()).toBe('2026-03-31T07:05:00.000Z');
    expect(() => floatingWallClock('2026-02-30', '07:00')).toThrow(RangeError);
  });

  it('finds the instant of a plain local time', () => {
    expect(instantOf('2026-07-01', '07:00', 'Europe/London')).toBe('2026-07-01T06:00:00.000Z');
    expect(instantOf('2026-01-01', '07:00', 'Asia/Kolkata')).toBe('2026-01-01T01:30:00.000Z');
    expect(instantOf('2026-01-01', '07:00', 'UTC')).toBe('2026-01-01T07:00:00.000Z');
  });

  it('handles a half-hour daylight-saving shift (Lord Howe Island, first Sunday of April 2026)', () => {
    // 02:00 +11:00 becomes 01:30 +10:30 on 5 April 2026: 01:45 happens twice; the earlier is +11:00.
    expect(instantOf('2026-04-05', '01:45', 'Australia/Lord_Howe')).toBe('2026-04-04T14:45:00.000Z');
  });

  it('moves a time in a whole skipped day to the first instant after it (Samoa, 30 December 2011)', () => {
    // Samoa went from 29 December 23:59:59 −10:00 straight to 31 December 00:00 +14:00 (= 10:00Z on the 30th).
    expect(instantOf('2011-12-30', '12:00', 'Pacific/Apia')).toBe('2011-12-30T10:00:00.000Z');
    expect(localDateOf(new Date('2011-12-30T10:00:00Z'), 'Pacific/Apia')).toBe('2011-12-31');
  });

  it('turns an instant back into its wall clock', () => {
    expect(instantToWallClock(new Date('2026-03-31T06:00:00Z'), 'Europe/London').toISOString()).toBe(
      '2026-03-31T07:00:00.000Z',
    );
  });

  it('knows IANA zones in their usual spelling only', () => {
    expect(isTimeZone('Europe/London')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('europe/london')).toBe(false);
    expect(isTimeZone('+01:00')).toBe(false);
    expect(isTimeZone(42)).toBe(false);
    expect(canonicalZoneSpelling('america/new_york')).toBe('America/New_York');
    expect(canonicalZoneSpelling('Mars/Olympus')).toBe('Mars/Olympus');
  });

  it.each([
    ['07:00', true],
    ['23:59', true],
    ['7:00', false],
    ['24:00', false],
    ['07:00:00', false],
    [700, false],
  ])('isStartTime(%p) is %p', (value, expected) => {
    expect(isStartTime(value)).toBe(expected);
  });
});
