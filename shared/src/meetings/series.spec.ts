import type { z } from 'zod';
import {
  DEFAULT_HORIZON_WEEKS,
  describeRecurrence,
  meetingSeriesCreateSchema,
  meetingSeriesSchema,
  meetingSeriesUpdateSchema,
  seriesRuleIssues,
} from './series.js';

function pathsOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys' ? i.keys.map((key) => [...i.path, key].join('.')) : [i.path.join('.')],
  );
}

function messagesAt(schema: z.ZodType, input: unknown, path: string): string[] {
  return (schema.safeParse(input).error?.issues ?? []).filter((i) => i.path.join('.') === path).map((i) => i.message);
}

const FULL = {
  name: 'Bone metastasis tumour board',
  rrule: 'FREQ=WEEKLY;BYDAY=TU',
  timeZone: 'Europe/London',
  firstDate: '2026-01-06',
  startTime: '07:00',
  durationMinutes: 60,
  location: 'Seminar room 2, Oncology Centre',
  videoUrl: 'https://meet.example.org/tumour-board',
  capacity: 12,
  defaultMinutesPerCase: 5,
  requiredDisciplines: ['radiology', 'radiation_oncology', 'surgical_oncology', 'medical_oncology'],
  horizonWeeks: 12,
};

describe('meeting series create schema', () => {
  it('accepts a full series as sent', () => {
    expect(meetingSeriesCreateSchema.parse(FULL)).toEqual(FULL);
  });

  it('defaults horizonWeeks to 12 and takes location and videoUrl as optional or null', () => {
    const { horizonWeeks: _h, location: _l, videoUrl: _v, ...minimal } = FULL;
    expect(meetingSeriesCreateSchema.parse(minimal)).toEqual({ ...minimal, horizonWeeks: DEFAULT_HORIZON_WEEKS });
    expect(DEFAULT_HORIZON_WEEKS).toBe(12);
    expect(pathsOf(meetingSeriesCreateSchema, { ...FULL, location: null, videoUrl: null })).toEqual([]);
  });

  it.each([
    'FREQ=DAILY',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
    'FREQ=WEEKLY;BYDAY=MO,TH;COUNT=20',
    'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261231',
    'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261231T235959Z',
    'FREQ=MONTHLY;BYMONTHDAY=15',
    'FREQ=MONTHLY;BYMONTHDAY=-1',
    'FREQ=MONTHLY;BYDAY=2TU',
    'FREQ=MONTHLY;BYDAY=-1FR',
    'freq=weekly;byday=tu',
  ])('accepts the rule %s', (rrule) => {
    expect(pathsOf(meetingSeriesCreateSchema, { ...FULL, rrule })).toEqual([]);
  });

  it.each([
    ['FREQ=WEEKLY;BYDAY=TU;BYHOUR=7', /^BYHOUR is not allowed: the time of day comes from startTime$/],
    ['FREQ=WEEKLY;BYDAY=TU;BYMINUTE=30', /^BYMINUTE is not allowed/],
    ['FREQ=DAILY;BYSECOND=0', /^BYSECOND is not allowed/],
    ['FREQ=SECONDLY', /^FREQ must be DAILY, WEEKLY or MONTHLY, got SECONDLY$/],
    ['FREQ=YEARLY', /^FREQ must be DAILY, WEEKLY or MONTHLY, got YEARLY$/],
    ['BYDAY=TU', /^FREQ is required/],
    ['FREQ=WEEKLY;BYSETPOS=1', /^BYSETPOS is not supported; use only FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY$/],
    ['FREQ=WEEKLY;BYMONTH=3', /^BYMONTH is not supported/],
    ['FREQ=WEEKLY;BYDAY=XX', /^BYDAY has "XX"/],
    ['FREQ=WEEKLY;BYDAY=2TU', /needs FREQ=MONTHLY/],
    ['FREQ=WEEKLY;BYMONTHDAY=15', /^BYMONTHDAY cannot be used with FREQ=WEEKLY$/],
    ['FREQ=MONTHLY;BYMONTHDAY=32', /^BYMONTHDAY has "32"/],
    ['FREQ=MONTHLY;BYMONTHDAY=0', /^BYMONTHDAY has "0"/],
    ['FREQ=WEEKLY;INTERVAL=0', /^INTERVAL must be a whole number from 1 to 52/],
    ['FREQ=WEEKLY;COUNT=-1', /^COUNT must be a whole number/],
    ['FREQ=WEEKLY;COUNT=3;UNTIL=20261231', /^COUNT and UNTIL must not both be given/],
    ['FREQ=WEEKLY;UNTIL=20260230', /^UNTIL=20260230 is not a real calendar date$/],
    ['FREQ=WEEKLY;UNTIL=20261231T235959', /^UNTIL must be a date \(YYYYMMDD\) or a UTC date-time/],
    ['FREQ=WEEKLY;FREQ=DAILY', /^FREQ is given twice$/],
    ['FREQ=WEEKLY;;BYDAY=TU', /is not a NAME=VALUE rule part/],
    ['RRULE:FREQ=WEEKLY', /without the "RRULE:" prefix/],
    ['DTSTART:20260106T070000Z\nRRULE:FREQ=WEEKLY', /must not contain DTSTART/],
    ['', /must not be empty/],
  ])('refuses the rule %p, naming the rrule field', (rrule, message) => {
    expect(pathsOf(meetingSeriesCreateSchema, { ...FULL, rrule })).toEqual(['rrule']);
    expect(messagesAt(meetingSeriesCreateSchema, { ...FULL, rrule }, 'rrule')).toContainEqual(
      expect.stringMatching(message),
    );
  });

  it('reports every problem of one rule', () => {
    expect(messagesAt(meetingSeriesCreateSchema, { ...FULL, rrule: 'FREQ=SECONDLY;BYHOUR=7' }, 'rrule')).toEqual([
      'BYHOUR is not allowed: the time of day comes from startTime',
      'FREQ must be DAILY, WEEKLY or MONTHLY, got SECONDLY',
    ]);
  });

  it('plans series within the century, edges included, so no rule is expanded over millennia', () => {
    expect(pathsOf(meetingSeriesCreateSchema, { ...FULL, firstDate: '2000-01-01' })).toEqual([]);
    expect(pathsOf(meetingSeriesCreateSchema, { ...FULL, firstDate: '2099-12-31' })).toEqual([]);
    for (const firstDate of ['1999-12-31', '2100-01-01', '0100-01-01']) {
      expect(messagesAt(meetingSeriesCreateSchema, { ...FULL, firstDate }, 'firstDate')).toEqual([
        'must be between 2000-01-01 and 2099-12-31',
      ]);
    }
  });

  it('refuses an UNTIL that ends the series before its first meeting', () => {
    const rrule = 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20260105';
    expect(pathsOf(meetingSeriesCreateSchema, { ...FULL, rrule })).toEqual(['rrule']);
    expect(messagesAt(meetingSeriesCreateSchema, { ...FULL, rrule }, 'rrule')).toEqual([
      'UNTIL ends the series before its first meeting on or after firstDate',
    ]);
    // The first meeting is 07:00Z on 6 January: an UNTIL at that instant keeps it.
    expect(seriesRuleIssues({ ...FULL, rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20260106T070000Z' })).toEqual([]);
    expect(seriesRuleIssues({ ...FULL, rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20260106T065959Z' })).toHaveLength(1);
  });

  it('refuses an unknown time zone, naming it', () => {
    expect(pathsOf(meetingSeriesCreateSchema, { ...FULL, timeZone: 'Mars/Olympus' })).toEqual(['timeZone']);
    expect(messagesAt(meetingSeriesCreateSchema, { ...FULL, timeZone: 'Mars/Olympus' }, 'timeZone')).toEqual([
      '"Mars/Olympus" is not an IANA time zone; use a name such as "Europe/London" or "America/New_York"',
    ]);
  });

  it('asks for the usual spelling of a zone written in the wrong case', () => {
    expect(messagesAt(meetingSeriesCreateSchema, { ...FULL, timeZone: 'europe/london' }, 'timeZone')).toEqual([
      'must be spelt "Europe/London"',
    ]);
  });

  it.each(['UTC', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata'])('accepts the zone %s', (timeZone) => {
    expect(pathsOf(meetingSeriesCreateSchema, { ...FULL, timeZone })).toEqual([]);
  });

  it.each(['7am', '7:00', '24:00', '07:60', '07:00:00', ''])('refuses startTime %p', (startTime) => {
    expect(pathsOf(meetingSeriesCreateSchema, { ...FULL, startTime })).toEqual(['startTime']);
    expect(messagesAt(meetingSeriesCreateSchema, { ...FULL, startTime }, 'startTime')).toEqual([
      'must be a 24-hour time as HH:MM, e.g. "07:00" or "17:30"',
    ]);
  });

  it.each(['00:00', '07:00', '23:59'])('accepts startTime %s', (startTime) => {
    expect(pathsOf(meetingSeriesCreateSchema, { ...FULL, startTime })).toEqual([]);
  });

  it.each(['http://meet.example.org/board', 'javascript:alert(1)', 'meet.example.org'])(
    'refuses the video link %p',
    (videoUrl) => {
      expect(pathsOf(meetingSeriesCreateSchema, { ...FULL, videoUrl })).toEqual(['videoUrl']);
      expect(messagesAt(meetingSeriesCreateSchema, { ...FULL, videoUrl }, 'videoUrl')).toEqual([
        'must be an https:// link',
      ]);
    },
  );

  it('refuses an empty or repeated discipline list and an unknown discipline', () => {
    expect(pathsOf(meetingSeriesCreateSchema, { ...FULL, requiredDisciplines: [] })).toEqual(['requiredDisciplines']);
    expect(messagesAt(meetingSeriesCreateSchema, { ...FULL, requiredDisciplines: [] }, 'requiredDisciplines')).toEqual([
      'must name at least one discipline',
    ]);
    expect(
      messagesAt(
        meetingSeriesCreateSchema,
        { ...FULL, requiredDisciplines: ['radiology', 'radiology'] },
        'requiredDisciplines',
      ),
    ).toEqual(['must not list the same value twice']);
    expect(pathsOf(meetingSeriesCreateSchema, { ...FULL, requiredDisciplines: ['nursing'] })).toEqual([
      'requiredDisciplines.0',
    ]);
  });

  it.each([
    ['name', ''],
    ['name', 'x'.repeat(121)],
    ['firstDate', '2026-02-30'],
    ['firstDate', '2026-01-06T07:00:00Z'],
    ['durationMinutes', 14],
    ['durationMinutes', 481],
    ['durationMinutes', 60.5],
    ['capacity', 0],
    ['capacity', 61],
    ['defaultMinutesPerCase', 0],
    ['defaultMinutesPerCase', 121],
    ['horizonWeeks', 0],
    ['horizonWeeks', 53],
    ['location', ''],
    ['capacity', '12'],
  ])('refuses %s = %p', (field, value) => {
    expect(pathsOf(meetingSeriesCreateSchema, { ...FULL, [field]: value })).toEqual([field]);
  });

  it.each(['name', 'rrule', 'timeZone', 'firstDate', 'startTime', 'durationMinutes', 'capacity'])(
    'requires %s',
    (field) => {
      expect(messagesAt(meetingSeriesCreateSchema, { ...FULL, [field]: undefined }, field)).toEqual(['is required']);
    },
  );

  it('refuses unknown fields, such as a time in the rule object', () => {
    expect(pathsOf(meetingSeriesCreateSchema, { ...FULL, dtstart: '2026-01-06T07:00:00Z' })).toEqual(['dtstart']);
  });
});

describe('meeting series update and response schemas', () => {
  it('takes partial updates with a version and no default horizon', () => {
    expect(meetingSeriesUpdateSchema.parse({ version: 3, startTime: '08:00' })).toEqual({
      version: 3,
      startTime: '08:00',
    });
    expect(pathsOf(meetingSeriesUpdateSchema, { startTime: '08:00' })).toEqual(['version']);
    expect(pathsOf(meetingSeriesUpdateSchema, { version: 3, rrule: 'FREQ=WEEKLY;BYHOUR=8' })).toEqual(['rrule']);
    expect(pathsOf(meetingSeriesUpdateSchema, { version: 3, videoUrl: null })).toEqual([]);
  });

  it('answers with every field and the resource metadata', () => {
    const response = {
      id: '00000000-0000-4000-8000-000000000001',
      version: 1,
      createdAt: '2026-01-01T09:30:00.000Z',
      updatedAt: '2026-01-01T09:30:00.000Z',
      ...FULL,
    };
    expect(meetingSeriesSchema.parse(response)).toEqual(response);
    expect(pathsOf(meetingSeriesSchema, { ...response, horizonWeeks: undefined })).toEqual(['horizonWeeks']);
  });
});

describe('describeRecurrence', () => {
  it.each([
    ['FREQ=WEEKLY;BYDAY=TU', '07:00', 'Europe/London', 'Every Tuesday at 07:00 (Europe/London)'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', '07:30', 'Europe/London', 'Every 2 weeks on Tuesday at 07:30 (Europe/London)'],
    ['FREQ=WEEKLY;BYDAY=MO,TH', '17:00', 'America/New_York', 'Every Monday, Thursday at 17:00 (America/New_York)'],
    ['FREQ=DAILY', '08:00', 'UTC', 'Every day at 08:00 (UTC)'],
    ['FREQ=MONTHLY;BYDAY=2TU', '07:00', 'Europe/London', 'Every month on the 2nd Tuesday at 07:00 (Europe/London)'],
    ['FREQ=MONTHLY;BYMONTHDAY=15', '12:00', 'Europe/Paris', 'Every month on the 15th at 12:00 (Europe/Paris)'],
    ['FREQ=WEEKLY;BYDAY=TU;COUNT=10', '07:00', 'Europe/London', 'Every Tuesday at 07:00 (Europe/London), 10 times'],
    ['FREQ=WEEKLY;BYDAY=TU;COUNT=1', '07:00', 'Europe/London', 'Every Tuesday at 07:00 (Europe/London), once'],
    [
      'FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630',
      '07:00',
      'Europe/London',
      'Every Tuesday at 07:00 (Europe/London) until June 30, 2026',
    ],
  ])('describes %s at %s in %s', (rrule, startTime, timeZone, expected) => {
    expect(describeRecurrence(rrule, startTime, timeZone)).toBe(expected);
  });

  it('shows a UTC UNTIL on the local date and time of the series', () => {
    // 23:30Z on 30 June is 00:30 BST on 1 July in London.
    expect(describeRecurrence('FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630T233000Z', '07:00', 'Europe/London')).toBe(
      'Every Tuesday at 07:00 (Europe/London) until July 1, 2026 00:30',
    );
  });

  it('throws for what the schema refuses', () => {
    expect(() => describeRecurrence('FREQ=WEEKLY;BYHOUR=7', '07:00', 'Europe/London')).toThrow(/BYHOUR/);
    expect(() => describeRecurrence('FREQ=WEEKLY', '7am', 'Europe/London')).toThrow(RangeError);
    expect(() => describeRecurrence('FREQ=WEEKLY', '07:00', 'Mars/Olympus')).toThrow(/Mars\/Olympus/);
  });
});
