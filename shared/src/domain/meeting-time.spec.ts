import { adHocMeetingSchema } from '../schemas/meetings.js';
import { meetingInstant } from './fields.js';

const messages = (value: unknown) =>
  meetingInstant()
    .safeParse(value)
    .error?.issues.map((i) => i.message) ?? [];

describe('meeting start times', () => {
  it('accepts instants from the first to the last day of the era, with any storable offset', () => {
    expect(messages('2000-01-01T00:00:00Z')).toEqual([]);
    expect(messages('2099-12-31T23:59:00+15:59')).toEqual([]);
    expect(messages('2026-11-27T07:30:00.000+01:00')).toEqual([]);
  });

  it('refuses instants outside the era, naming the bounds', () => {
    for (const value of ['1999-12-31T23:59:59Z', '2100-01-01T00:00:00Z', '0000-01-01T00:00:00Z']) {
      expect(messages(value)).toContain('must be between 2000-01-01 and 2099-12-31');
    }
  });

  it('refuses offsets PostgreSQL cannot store and text that is no instant', () => {
    expect(messages('2026-11-27T07:30:00+16:00')).toEqual([
      'must be in year 1 or later, with a UTC offset within ±15:59',
    ]);
    expect(messages('next Tuesday')).toContain('must be an ISO 8601 date-time');
  });

  it('is what an ad-hoc meeting is checked with', () => {
    const meeting = { title: 'Extra board', startsAt: '0000-06-01T08:00:00Z', durationMinutes: 60 };
    const issues = adHocMeetingSchema.safeParse(meeting).error?.issues ?? [];
    expect(issues.map((i) => i.path.join('.'))).toContain('startsAt');
  });
});
