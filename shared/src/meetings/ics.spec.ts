import ICAL from 'ical.js';
import { escapeIcsText, foldIcsLine, meetingToIcs, seriesToIcsFeed, type IcsEvent } from './ics.js';

const NOW = new Date('2026-03-20T09:15:30.456Z');

const MEETING: IcsEvent = {
  uid: '00000000-0000-4000-8000-000000000001@tumor-board',
  title: 'Tumour board — Zürich; room 3, floor 2',
  startsAt: new Date('2026-03-31T06:00:00Z'),
  endsAt: new Date('2026-03-31T07:00:00Z'),
  location: 'Seminar room 2, Oncology Centre; level 3',
  url: 'https://meet.example.org/tb?room=3,4;x=1',
  description: 'Weekly board.\nBring imaging; no patient data here, please\\thanks',
  sequence: 2,
  cancelled: false,
};

/** The VEVENTs of an ICS text, as ical.js reads them (an independent RFC 5545 parser). */
function parseEvents(text: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent');
}

function onlyEvent(text: string): ICAL.Component {
  const events = parseEvents(text);
  expect(events).toHaveLength(1);
  return events[0] as ICAL.Component;
}

function instant(event: ICAL.Component, name: string): string {
  return (event.getFirstPropertyValue(name) as ICAL.Time).toJSDate().toISOString();
}

/** Octets of a string in UTF-8, counted without the code under test: each %XX is one octet. */
function utf8Octets(text: string): number {
  return encodeURIComponent(text).replace(/%[0-9A-F]{2}/g, '_').length;
}

/** The physical lines of an ICS text; a final CRLF leaves one empty string at the end. */
function physicalLines(text: string): string[] {
  const lines = text.split('\r\n');
  expect(lines.at(-1)).toBe('');
  return lines.slice(0, -1);
}

function expectWellFormedLines(text: string): void {
  expect(text.endsWith('\r\n')).toBe(true);
  for (const line of physicalLines(text)) {
    // A CR or LF left inside a line is a line ending that is not CRLF.
    expect(line).not.toMatch(/[\r\n]/);
    expect(utf8Octets(line)).toBeLessThanOrEqual(75);
  }
}

describe('escapeIcsText', () => {
  it('escapes backslash, semicolon and comma, and writes line breaks as \\n', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('drops control characters TEXT cannot hold but keeps tabs and non-ASCII text', () => {
    expect(escapeIcsText('x\u0000y\u0007z\tZürich — 東京')).toBe('xyz\tZürich — 東京');
  });
});

describe('foldIcsLine', () => {
  it('leaves a line of 75 octets whole and folds one of 76', () => {
    expect(foldIcsLine('x'.repeat(75))).toBe(`${'x'.repeat(75)}\r\n`);
    expect(foldIcsLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x\r\n`);
  });

  it('counts the leading space of a continuation line', () => {
    const folded = foldIcsLine('y'.repeat(75 + 74 + 1));
    expect(folded).toBe(`${'y'.repeat(75)}\r\n ${'y'.repeat(74)}\r\n y\r\n`);
  });

  it('never splits a multi-byte character, folding early instead', () => {
    // "SUMMARY:" is 8 octets; 33 × "é" (2 octets each) makes 74, and a 34th would need 76.
    const folded = foldIcsLine(`SUMMARY:${'é'.repeat(40)}`);
    expect(folded).toBe(`SUMMARY:${'é'.repeat(33)}\r\n ${'é'.repeat(7)}\r\n`);
    expectWellFormedLines(folded);
  });

  it('keeps 4-octet characters (emoji, astral CJK) whole across folds', () => {
    const text = `SUMMARY:${'🦴'.repeat(30)}${'𠀋'.repeat(30)}`;
    const folded = foldIcsLine(text);
    expectWellFormedLines(folded);
    for (const line of physicalLines(folded)) {
      // encodeURIComponent throws on a lone surrogate, i.e. on half a character.
      expect(() => encodeURIComponent(line)).not.toThrow();
    }
    expect(folded.replace(/\r\n /g, '')).toBe(`${text}\r\n`);
  });
});

describe('meetingToIcs', () => {
  const text = meetingToIcs(MEETING, { now: NOW });

  it('writes one VCALENDAR with the publishing headers', () => {
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Tumor Board//Meetings//EN');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('round-trips the event through ical.js, punctuation, line breaks and non-ASCII included', () => {
    const event = onlyEvent(text);
    expect(event.getFirstPropertyValue('uid')).toBe(MEETING.uid);
    expect(event.getFirstPropertyValue('summary')).toBe('Tumour board — Zürich; room 3, floor 2');
    expect(event.getFirstPropertyValue('location')).toBe(MEETING.location);
    expect(event.getFirstPropertyValue('description')).toBe(MEETING.description);
    expect(event.getFirstPropertyValue('url')).toBe(MEETING.url);
    expect(event.getFirstPropertyValue('sequence')).toBe(2);
    expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(instant(event, 'dtstart')).toBe('2026-03-31T06:00:00.000Z');
    expect(instant(event, 'dtend')).toBe('2026-03-31T07:00:00.000Z');
    expect(instant(event, 'dtstamp')).toBe('2026-03-20T09:15:30.000Z');
  });

  it('writes the times in UTC and escapes the summary on the wire', () => {
    expect(text).toContain('\r\nDTSTART:20260331T060000Z\r\n');
    expect(text).toContain('\r\nDTEND:20260331T070000Z\r\n');
    expect(text).toContain('\r\nDTSTAMP:20260320T091530Z\r\n');
    expect(text).toContain('\r\nSUMMARY:Tumour board — Zürich\\; room 3\\, floor 2\r\n');
  });

  it('folds long non-ASCII lines to 75 octets with CRLF, and ical.js unfolds them', () => {
    const long = {
      ...MEETING,
      title: `Tumour board — Zürich; room 3, floor 2 ${'— Größe, Ärzte; 東京 🦴 '.repeat(8)}`,
    };
    const longText = meetingToIcs(long, { now: NOW });
    expect(physicalLines(longText).some((line) => line.startsWith(' '))).toBe(true);
    expectWellFormedLines(longText);
    expect(onlyEvent(longText).getFirstPropertyValue('summary')).toBe(long.title);
  });

  it('keeps every line of the ordinary file within 75 octets and CRLF-terminated', () => {
    expectWellFormedLines(text);
  });

  it('marks a cancelled meeting CANCELLED', () => {
    const event = onlyEvent(meetingToIcs({ ...MEETING, cancelled: true, sequence: 3 }, { now: NOW }));
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.getFirstPropertyValue('sequence')).toBe(3);
  });

  it('leaves out empty optional properties, as the server sends them (no description)', () => {
    const bare = meetingToIcs({ ...MEETING, location: null, url: null, description: null }, { now: NOW });
    const event = onlyEvent(bare);
    expect(event.getFirstPropertyValue('location')).toBeNull();
    expect(event.getFirstPropertyValue('url')).toBeNull();
    expect(event.getFirstPropertyValue('description')).toBeNull();
    expect(bare).not.toMatch(/LOCATION|URL|DESCRIPTION/);
  });

  it('stamps the current time when no time is given', () => {
    const before = Date.now();
    const stamp = instant(onlyEvent(meetingToIcs(MEETING)), 'dtstamp');
    expect(new Date(stamp).getTime()).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
  });

  it.each([
    ['an end before the start', { endsAt: new Date('2026-03-31T05:00:00Z') }, /must end after it starts/],
    ['a zero-length meeting', { endsAt: new Date('2026-03-31T06:00:00Z') }, /must end after it starts/],
    ['a negative SEQUENCE', { sequence: -1 }, /SEQUENCE/],
    ['an empty UID', { uid: ' ' }, /UID/],
    ['a link with a line break', { url: 'https://example.org/a\r\nATTENDEE:x' }, /not an absolute URL/],
    ['an invalid date', { startsAt: new Date(NaN) }, RangeError],
  ])('refuses %s', (_name, change, error) => {
    expect(() => meetingToIcs({ ...MEETING, ...change }, { now: NOW })).toThrow(error);
  });
});

describe('seriesToIcsFeed', () => {
  const events: IcsEvent[] = [
    {
      ...MEETING,
      uid: 'a@tumor-board',
      startsAt: new Date('2026-03-24T07:00:00Z'),
      endsAt: new Date('2026-03-24T08:00:00Z'),
    },
    MEETING,
    {
      ...MEETING,
      uid: 'c@tumor-board',
      cancelled: true,
      startsAt: new Date('2026-04-07T06:00:00Z'),
      endsAt: new Date('2026-04-07T07:00:00Z'),
    },
  ];
  const feed = seriesToIcsFeed('Bone mets board, Tuesdays; Zürich', events, { now: NOW });

  it('writes one VCALENDAR with a VEVENT per meeting, in order', () => {
    expect(feed.match(/BEGIN:VCALENDAR/g)).toHaveLength(1);
    const parsed = parseEvents(feed);
    expect(parsed.map((e) => e.getFirstPropertyValue('uid'))).toEqual(['a@tumor-board', MEETING.uid, 'c@tumor-board']);
    expect(parsed.map((e) => instant(e, 'dtstart'))).toEqual([
      '2026-03-24T07:00:00.000Z',
      '2026-03-31T06:00:00.000Z',
      '2026-04-07T06:00:00.000Z',
    ]);
    expect(parsed.map((e) => e.getFirstPropertyValue('status'))).toEqual(['CONFIRMED', 'CONFIRMED', 'CANCELLED']);
  });

  it('names the calendar for subscribing clients, escaped', () => {
    const calendar = new ICAL.Component(ICAL.parse(feed) as unknown[]);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    // ical.js 2.2 does not know these two TEXT properties (RFC 7986, Apple/Google) and hands back the
    // value as written, so the escaping is checked as written.
    expect(calendar.getFirstPropertyValue('name')).toBe('Bone mets board\\, Tuesdays\\; Zürich');
    expect(feed).toContain('\r\nNAME:Bone mets board\\, Tuesdays\\; Zürich\r\n');
    expect(feed).toContain('\r\nX-WR-CALNAME:Bone mets board\\, Tuesdays\\; Zürich\r\n');
  });

  it('keeps every line within 75 octets and CRLF-terminated', () => {
    expectWellFormedLines(feed);
  });

  it('still writes a calendar when the series has no meetings yet', () => {
    const empty = seriesToIcsFeed('Board', [], { now: NOW });
    expect(parseEvents(empty)).toEqual([]);
    expect(empty).toContain('\r\nNAME:Board\r\n');
    expect(empty.endsWith('METHOD:PUBLISH\r\nNAME:Board\r\nX-WR-CALNAME:Board\r\nEND:VCALENDAR\r\n')).toBe(true);
  });
});
