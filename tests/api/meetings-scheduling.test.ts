import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import type { MeetingDetail, MeetingList, MeetingSeriesView, Problem } from '@tumor-board/shared';
import { ManualClock } from '../../server/src/common/clock.js';
import { AuditEvent } from '../../server/src/modules/audit/audit-event.entity.js';
import { MeetingSeries } from '../../server/src/modules/meetings/meeting-series.entity.js';
import {
  addToAgenda,
  createAdHocMeeting,
  createReadyCase,
  createSeries,
  getMeeting,
  seriesInput,
  seriesMeetings,
} from '../factories/meetings.js';
import { signIn, signInAs } from '../factories/users.js';
import type { HttpClient } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const LONDON = 'Europe/London';
const HOUR_MS = 3_600_000;

/** The VEVENTs of an ICS text, as ical.js (an independent RFC 5545 parser) reads them. */
const eventsOf = (text: string): ICAL.Component[] =>
  new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent');
const instantOf = (event: ICAL.Component, name: string): string =>
  (event.getFirstPropertyValue(name) as ICAL.Time).toJSDate().toISOString();

describe('meeting series and their occurrences', () => {
  let t: TestApp;
  let coordinator: HttpClient;
  let radiologist: HttpClient;
  beforeAll(async () => {
    t = await startTestApp();
    coordinator = (await signInAs(t, ['coordinator'])).client;
    radiologist = (await signInAs(t, ['radiologist'])).client;
  });
  afterAll(() => t.close());

  it('requires authentication', async () => {
    const range = `from=${new Date().toISOString()}&to=${new Date(Date.now() + 7 * 24 * HOUR_MS).toISOString()}`;
    expect((await t.http.get(`/api/meetings?${range}`)).status).toBe(401);
    expect((await t.http.post('/api/meeting-series', seriesInput())).status).toBe(401);
    expect((await t.http.post('/api/meetings', { title: 'x', startsAt: new Date().toISOString() })).status).toBe(401);
  });

  it('generates a year of Tuesdays at 07:00 London time, whose UTC hour moves with daylight saving', async () => {
    // 52 weeks from any day hold at least one of London's clock changes (last Sunday of March or October).
    const series = await createSeries(coordinator, { horizonWeeks: 52, durationMinutes: 60 });
    expect(series).toMatchObject({ rrule: 'FREQ=WEEKLY;BYDAY=TU', timeZone: LONDON, startTime: '07:00' });

    const meetings = await seriesMeetings(coordinator, series.id, 53 * 7);
    expect(meetings.length).toBeGreaterThanOrEqual(51);
    expect(meetings.length).toBeLessThanOrEqual(52);
    const local = meetings.map((m) => DateTime.fromISO(m.startsAt, { zone: LONDON }));
    for (const [i, start] of local.entries()) {
      expect({ weekday: start.weekday, time: start.toFormat('HH:mm') }).toEqual({ weekday: 2, time: '07:00' });
      expect(Date.parse(meetings[i]!.endsAt) - Date.parse(meetings[i]!.startsAt)).toBe(HOUR_MS);
      expect(meetings[i]).toMatchObject({ seriesId: series.id, adHoc: false, status: 'scheduled', caseCount: 0 });
    }
    // Every pair of consecutive meetings: one local week apart, at the same wall-clock time, while the
    // elapsed hours are 168 only when no clock change lies between them.
    for (let i = 1; i < local.length; i++) {
      const [before, after] = [local[i - 1]!, local[i]!];
      expect(after.diff(before, 'days').days).toBe(7);
      expect(after.toFormat('HH:mm')).toBe(before.toFormat('HH:mm'));
      const elapsedHours = (after.toMillis() - before.toMillis()) / HOUR_MS;
      expect(elapsedHours).toBe(168 + (before.offset - after.offset) / 60);
    }
    const utcHours = new Set(meetings.map((m) => new Date(m.startsAt).getUTCHours()));
    expect([...utcHours].sort()).toEqual([6, 7]);
  });

  it('refuses bad series input with a 400 naming every field, and writes nothing', async () => {
    const before = await t.dataSource.manager.count(MeetingSeries);
    const res = await coordinator.post<Problem>(
      '/api/meeting-series',
      seriesInput({
        name: '',
        rrule: 'FREQ=HOURLY',
        timeZone: 'Europe/Londres',
        startTime: '7am',
        durationMinutes: 5,
        capacity: 0,
        requiredDisciplines: [],
        videoUrl: 'http://meet.example.org/board',
      }),
    );
    expect(res.status).toBe(400);
    expect(res.body.errors?.map((e) => e.path).sort()).toEqual([
      'body.capacity',
      'body.durationMinutes',
      'body.name',
      'body.requiredDisciplines',
      'body.rrule',
      'body.startTime',
      'body.timeZone',
      'body.videoUrl',
    ]);
    // A rule that ends before its first meeting is refused too, on the rule.
    const never = await coordinator.post<Problem>(
      '/api/meeting-series',
      seriesInput({ rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20200101' }),
    );
    expect(never.status).toBe(400);
    expect(never.body.errors).toEqual([expect.objectContaining({ path: 'body.rrule' })]);
    expect(await t.dataSource.manager.count(MeetingSeries)).toBe(before);
    // Only a coordinator or the chair creates series.
    expect((await radiologist.post('/api/meeting-series', seriesInput())).status).toBe(403);
  });

  it('moves one occurrence with its version; a stale version gets 409 with the current meeting', async () => {
    const series = await createSeries(coordinator);
    const [first, second, third] = await seriesMeetings(coordinator, series.id, 40);
    const movedStart = DateTime.fromISO(second!.startsAt, { zone: LONDON }).plus({ days: 1 }).set({ hour: 12 });

    const moved = await coordinator.patch<MeetingDetail>(`/api/meetings/${second!.id}`, {
      version: second!.version,
      startsAt: movedStart.toISO(),
      location: 'Lecture theatre',
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ version: second!.version + 1, location: 'Lecture theatre' });
    expect(moved.body.startsAt).toBe(movedStart.toUTC().toISO());
    expect(Date.parse(moved.body.endsAt) - Date.parse(moved.body.startsAt)).toBe(HOUR_MS);

    const stale = await coordinator.patch<Problem & { current: MeetingDetail }>(`/api/meetings/${second!.id}`, {
      version: second!.version,
      startsAt: movedStart.plus({ hours: 1 }).toISO(),
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: second!.id, version: second!.version + 1 });
    expect(stale.body.current.startsAt).toBe(moved.body.startsAt);
    // The other occurrences keep their time.
    const after = await seriesMeetings(coordinator, series.id, 40);
    expect(after.find((m) => m.id === first!.id)?.startsAt).toBe(first!.startsAt);
    expect(after.find((m) => m.id === third!.id)?.startsAt).toBe(third!.startsAt);
  });

  it('cancels an occurrence with a reason only while its agenda is empty', async () => {
    const series = await createSeries(coordinator);
    const [withCase, empty] = await seriesMeetings(coordinator, series.id, 40);
    const { case: ready } = await createReadyCase(t, coordinator, { radiologist });
    await addToAgenda(coordinator, withCase!.id, { caseId: ready.id });

    const refused = await coordinator.post<Problem>(`/api/meetings/${withCase!.id}/cancel`, {
      version: (await getMeeting(coordinator, withCase!.id)).version,
      reason: 'Bank holiday',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors?.map((e) => e.path)).toEqual(['agenda']);
    expect((await getMeeting(coordinator, withCase!.id)).status).toBe('scheduled');

    const noReason = await coordinator.post<Problem>(`/api/meetings/${empty!.id}/cancel`, {
      version: empty!.version,
      reason: ' ',
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors?.map((e) => e.path)).toEqual(['body.reason']);

    const cancelled = await coordinator.post<MeetingDetail>(`/api/meetings/${empty!.id}/cancel`, {
      version: empty!.version,
      reason: 'Bank holiday',
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: 'Bank holiday' });
    const audit = await t.dataSource.manager.findBy(AuditEvent, { action: 'meeting.cancel', entityId: empty!.id });
    expect(audit).toHaveLength(1);
  });

  it('adds an ad-hoc urgent meeting outside any series, which the calendar shows', async () => {
    const startsAt = DateTime.now().plus({ hours: 3 }).startOf('minute').toUTC();
    const meeting = await createAdHocMeeting(coordinator, {
      title: 'Urgent board: suspected cord compression',
      startsAt: startsAt.toISO(),
      durationMinutes: 30,
    });
    expect(meeting).toMatchObject({
      adHoc: true,
      seriesId: null,
      status: 'scheduled',
      capacity: 10,
      defaultMinutesPerCase: 10,
      meetingMinutes: 30,
      agenda: [],
    });
    expect(meeting.startsAt).toBe(startsAt.toISO());
    const range = new URLSearchParams({
      from: startsAt.minus({ hours: 1 }).toISO(),
      to: startsAt.plus({ hours: 1 }).toISO(),
    });
    const calendar = await coordinator.get<MeetingList>(`/api/meetings?${range}`);
    expect(calendar.body.items.map((m) => m.id)).toContain(meeting.id);
    const byRadiologist = await radiologist.post('/api/meetings', { title: 'x', startsAt: startsAt.toISO() });
    expect(byRadiologist.status).toBe(403);
  });

  it('exports one meeting as ICS with its time and title and no patient data', async () => {
    const series = await createSeries(coordinator, { name: 'Spine board' });
    const [meeting] = await seriesMeetings(coordinator, series.id, 40);
    const ready = await createReadyCase(t, coordinator, { radiologist });
    await addToAgenda(coordinator, meeting!.id, { caseId: ready.case.id });

    const res = await radiologist.get<string>(`/api/meetings/${meeting!.id}/ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const [event, ...others] = eventsOf(res.text);
    expect(others).toEqual([]);
    expect(instantOf(event!, 'dtstart')).toBe(meeting!.startsAt);
    expect(instantOf(event!, 'dtend')).toBe(meeting!.endsAt);
    expect(event!.getFirstPropertyValue('summary')).toBe('Spine board');
    expect(event!.getFirstPropertyValue('location')).toBe('Seminar room 2');
    expect(event!.getFirstPropertyValue('uid')).toBe(`${meeting!.id}@tumor-board`);
    for (const secret of [ready.patient.mrn, ready.patient.familyName, ready.patient.givenName, 'breast'])
      expect(res.text).not.toContain(secret);
  });

  it('publishes a series feed to anyone holding its token, with no patient names or MRNs', async () => {
    const series = await createSeries(coordinator, { name: 'Board feed' });
    const meetings = await seriesMeetings(coordinator, series.id, 40);
    const cases = [await createReadyCase(t, coordinator, { radiologist })];
    cases.push(await createReadyCase(t, coordinator, { radiologist }));
    await addToAgenda(coordinator, meetings[0]!.id, { caseId: cases[0]!.case.id });
    await addToAgenda(coordinator, meetings[1]!.id, { caseId: cases[1]!.case.id });

    const { url } = (await radiologist.get<{ url: string }>(`/api/meeting-series/${series.id}/feed-url`)).body;
    expect(url).toMatch(new RegExp(`^${t.url}/api/meeting-series/${series.id}/feed\\.ics\\?token=[\\w-]{16,}$`));
    // No cookie at all: calendar apps fetch the address alone.
    const feed = await fetch(url);
    const text = await feed.text();
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    const events = eventsOf(text);
    expect(events.map((e) => instantOf(e, 'dtstart'))).toEqual(meetings.map((m) => m.startsAt));
    expect(new Set(events.map((e) => e.getFirstPropertyValue('summary')))).toEqual(new Set(['Board feed']));
    for (const { patient } of cases) {
      expect(text).not.toContain(patient.mrn);
      expect(text).not.toContain(patient.familyName);
      expect(text).not.toContain(patient.givenName);
    }

    const wrongToken = new URL(url);
    wrongToken.searchParams.set('token', 'x'.repeat(32));
    expect((await fetch(wrongToken)).status).toBe(404);
    const otherSeries: MeetingSeriesView = await createSeries(coordinator, { name: 'Other feed' });
    const swapped = new URL(url.replace(series.id, otherSeries.id));
    expect((await fetch(swapped)).status).toBe(404);
  });
});

describe('the series feed of a long-running series', () => {
  let t: TestApp;
  const clock = new ManualClock();
  beforeAll(async () => {
    t = await startTestApp({}, { clock });
  });
  afterAll(() => t.close());

  it('requires authentication', async () => {
    expect((await t.http.get('/api/meeting-series/4f1c2b9e-4a57-4d38-9a4c-2f3f9d9b1a11/feed-url')).status).toBe(401);
  });

  it('keeps listing the coming meetings once the series has more than 500 behind it', async () => {
    const { user, client } = await signInAs(t, ['coordinator']);
    // A daily board with a year's horizon: 364 meetings at once, then more as time passes.
    const series = await createSeries(client, { rrule: 'FREQ=DAILY', horizonWeeks: 52, name: 'Daily board' });
    clock.advance(200 * 24 * HOUR_MS);
    const coordinator = await signIn(t, user); // the first session has long expired
    const topUp = await coordinator.patch<MeetingSeriesView>(`/api/meeting-series/${series.id}`, {
      version: series.version,
      location: 'Seminar room 3',
    });
    expect(topUp.status).toBe(200);
    const latest = await t.dataSource.query<{ startsAt: Date }[]>(
      `SELECT max(starts_at) AS "startsAt" FROM meeting WHERE series_id = $1`,
      [series.id],
    );
    const { url } = (await coordinator.get<{ url: string }>(`/api/meeting-series/${series.id}/feed-url`)).body;
    const starts = eventsOf(await (await fetch(url)).text()).map((e) => instantOf(e, 'dtstart'));
    // A subscriber must see what is coming, not only the first 500 meetings ever held.
    expect(starts).toContain(latest[0]!.startsAt.toISOString());
    expect(starts.some((s) => Date.parse(s) >= clock.now().getTime())).toBe(true);
  });
});
