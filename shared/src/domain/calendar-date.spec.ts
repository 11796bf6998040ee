import { addDays, dayNumber, daysBetween, isIsoDate, latestCalendarDate } from './calendar-date.js';

describe('calendar dates', () => {
  it.each(['2024-02-29', '2000-02-29', '1999-12-31', '2024-01-01'])('accepts the real date %s', (date) => {
    expect(isIsoDate(date)).toBe(true);
  });

  it.each(['2023-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-1-01', '2024-01-01T00:00:00Z', '', 20240101])(
    'refuses %p',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );

  it('counts whole days across a leap February and a year end', () => {
    expect(daysBetween('2024-01-31', '2024-03-01')).toBe(30);
    expect(daysBetween('2023-12-31', '2024-03-01')).toBe(61);
    expect(daysBetween('2024-03-01', '2024-01-31')).toBe(-30);
  });

  it('counts a day across a daylight-saving change as one day', () => {
    // Europe and the US change clocks on these nights; calendar arithmetic must not notice.
    expect(daysBetween('2024-03-30', '2024-03-31')).toBe(1);
    expect(daysBetween('2024-03-09', '2024-03-11')).toBe(2);
    expect(daysBetween('2024-10-26', '2024-10-28')).toBe(2);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2024-03-01', -30)).toBe('2024-01-31');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('throws a RangeError naming a bad date', () => {
    expect(() => dayNumber('2023-02-29')).toThrow(RangeError);
    expect(() => daysBetween('yesterday', '2024-01-01')).toThrow('"yesterday" is not an ISO calendar date');
  });

  it('gives the latest date on Earth: UTC+14 is a day ahead from 10:00 UTC', () => {
    expect(latestCalendarDate(new Date('2024-06-15T09:59:59Z'))).toBe('2024-06-15');
    expect(latestCalendarDate(new Date('2024-06-15T10:00:00Z'))).toBe('2024-06-16');
  });
});
