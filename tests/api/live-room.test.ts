import type { Socket } from 'socket.io-client';
import type { LiveRoom, LiveState, MeetingDetail } from '@tumor-board/shared';
import { AuditEvent } from '../../server/src/modules/audit/audit-event.entity.js';
import { createDraftDecision, createRecommendation, radiotherapyItem } from '../factories/decisions.js';
import {
  addToAgenda,
  command,
  connected,
  createReadyCase,
  createSeries,
  disconnected,
  drive,
  getMeeting,
  join,
  joinedSocket,
  liveSocket,
  nextEvent,
  refused,
  seriesMeetings,
  sessionCookie,
} from '../factories/meetings.js';
import { createUser, signIn, signInAs, type TestUser } from '../factories/users.js';
import type { HttpClient } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SOME_ID = '4f1c2b9e-4a57-4d38-9a4c-2f3f9d9b1a11';

describe('the live meeting room', () => {
  let t: TestApp;
  let coordinator: HttpClient;
  let radiologist: HttpClient;
  let chair: HttpClient;
  let chairId: string;
  let presenter: { user: TestUser; client: HttpClient };
  const sockets: Socket[] = [];
  beforeAll(async () => {
    t = await startTestApp();
    coordinator = (await signInAs(t, ['coordinator'])).client;
    radiologist = (await signInAs(t, ['radiologist'])).client;
    ({
      client: chair,
      user: { id: chairId },
    } = await signInAs(t, ['chair']));
    presenter = await signInAs(t, ['radiologist']);
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(() => t.close());

  const keep = <T extends { socket: Socket }>(opened: T): T => {
    sockets.push(opened.socket);
    return opened;
  };
  /** A meeting of its own series (so ending it rolls over to that series, never to another test's meeting). */
  const meetingWith = async (cases: number, presenterId?: string): Promise<MeetingDetail> => {
    const [meeting] = await seriesMeetings(coordinator, (await createSeries(coordinator)).id, 40);
    for (let i = 0; i < cases; i++) {
      const { case: ready } = await createReadyCase(t, coordinator, { radiologist });
      await addToAgenda(coordinator, meeting!.id, {
        caseId: ready.id,
        ...(i === 0 && presenterId ? { presenterId } : {}),
      });
    }
    return getMeeting(coordinator, meeting!.id);
  };
  const stateOf = async (meetingId: string) =>
    (await coordinator.get<LiveState>(`/api/meetings/${meetingId}/live/state`)).body;

  it('requires authentication', async () => {
    expect((await t.http.get(`/api/meetings/${SOME_ID}/live`)).status).toBe(401);
    expect((await t.http.get(`/api/meetings/${SOME_ID}/live/state`)).status).toBe(401);
    expect((await t.http.post(`/api/meetings/${SOME_ID}/live/commands`, { command: 'start' })).status).toBe(401);
    expect(await refused(liveSocket(t.url))).toBe('unauthorized');
  });

  it('runs a meeting through its commands, each one growing the sequence', async () => {
    const meeting = await meetingWith(2);
    const [first, second] = meeting.agenda;
    expect(await stateOf(meeting.id)).toMatchObject({ status: 'scheduled', currentItemId: null, sequence: 0 });

    const steps: [Parameters<typeof drive>[2], string | undefined, Partial<LiveState>][] = [
      ['start', undefined, { status: 'in_progress', currentItemId: first!.id }],
      ['next', undefined, { currentItemId: second!.id }],
      ['previous', undefined, { currentItemId: first!.id }],
      ['goto', second!.id, { currentItemId: second!.id, timerStartedAt: null }],
      ['timer_start', undefined, { currentItemId: second!.id, timerStartedAt: expect.any(String) as string }],
      ['timer_stop', undefined, { timerStartedAt: null }],
      ['mark_discussed', undefined, { outcomes: { [first!.id]: 'pending', [second!.id]: 'discussed' } }],
      ['end', undefined, { status: 'ended', currentItemId: null }],
    ];
    let sequence = 0;
    for (const [name, itemId, expected] of steps) {
      const answer = await drive(chair, meeting.id, name, itemId);
      expect(answer).toMatchObject({ ...expected, sequence: sequence + 1 });
      expect(await stateOf(meeting.id)).toEqual(answer);
      sequence = answer.sequence;
    }
    const ended = await stateOf(meeting.id);
    expect(ended.startedAt! <= ended.endedAt!).toBe(true);
    // Nothing more once it has ended.
    expect((await command(chair, meeting.id, 'next')).status).toBe(422);
  });

  it('lets only the chair, a coordinator or the current presenter drive', async () => {
    const meeting = await meetingWith(2, presenter.user.id);
    const [first, second] = meeting.agenda;
    expect(first!.presenter?.id).toBe(presenter.user.id);
    const started = await drive(coordinator, meeting.id, 'start');
    expect(started.presenter).toEqual({ id: presenter.user.id, name: presenter.user.name });

    const notPresenting = await command(radiologist, meeting.id, 'next');
    expect(notPresenting.status).toBe(403);
    const { client: clinician } = await signInAs(t, ['clinician']);
    expect((await command(clinician, meeting.id, 'mark_discussed')).status).toBe(403);
    expect((await stateOf(meeting.id)).sequence).toBe(started.sequence);

    // The presenter of the current case moves on; then the next case has no presenter of theirs.
    const moved = await drive(presenter.client, meeting.id, 'next');
    expect(moved).toMatchObject({ currentItemId: second!.id, sequence: started.sequence + 1 });
    expect((await command(presenter.client, meeting.id, 'previous')).status).toBe(403);
    expect(await t.dataSource.manager.countBy(AuditEvent, { action: 'meeting.live.next', entityId: meeting.id })).toBe(
      1,
    );
  });

  it('gives the whole room in one answer for a meeting with several cases, auditing each patient read', async () => {
    const meeting = await meetingWith(3);
    const [withAdvice] = meeting.agenda;
    const { client: radOnc } = await signInAs(t, ['radiation_oncologist']);
    const recommendation = await createRecommendation(radOnc, withAdvice!.caseId, {
      discipline: 'radiation_oncology',
      items: [radiotherapyItem()],
    });
    const decision = await createDraftDecision(coordinator, withAdvice!.caseId, {
      meetingId: meeting.id,
      items: [{ item: radiotherapyItem() }],
    });

    const res = await radiologist.get<LiveRoom>(`/api/meetings/${meeting.id}/live`);
    expect(res.status).toBe(200);
    const room = res.body;
    expect(room.meeting.id).toBe(meeting.id);
    expect(room.state).toMatchObject({ meetingId: meeting.id, status: 'scheduled' });
    expect(room.cases.map((c) => c.itemId)).toEqual(meeting.agenda.map((a) => a.id));
    for (const c of room.cases) {
      expect(c.readiness.ready).toBe(true);
      expect(c.lesions).toHaveLength(2);
      expect(c.lesions.map((l) => (l.scores as { sins: { status: string } }).sins.status).sort()).toEqual([
        'complete',
        'not_applicable',
      ]);
      expect(c.imaging).toHaveLength(1);
      expect(c.assessments).toHaveLength(1);
    }
    const [advised, ...others] = room.cases;
    expect(advised!.recommendations).toEqual([
      expect.objectContaining({ id: recommendation.id, discipline: 'radiation_oncology' }),
    ]);
    expect(advised!.decision).toMatchObject({ id: decision.id, status: 'draft' });
    expect(others.map((c) => [c.recommendations, c.decision])).toEqual([
      [[], null],
      [[], null],
    ]);
    const reads = await t.dataSource.manager.findBy(AuditEvent, { action: 'meeting.room.read', entityId: meeting.id });
    const patients = await Promise.all(
      meeting.agenda.map(
        async (a) =>
          (await coordinator.get<{ case: { patientId: string } }>(`/api/cases/${a.caseId}`)).body.case.patientId,
      ),
    );
    expect(reads.map((r) => r.patientId).sort()).toEqual(patients.sort());
    expect(reads.every((r) => r.outcome === 'success')).toBe(true);
  });

  it('audits a patient once per room read even with two of their cases on the agenda', async () => {
    const meeting = await meetingWith(1);
    const [only] = meeting.agenda;
    const patientId = (await coordinator.get<{ case: { patientId: string } }>(`/api/cases/${only!.caseId}`)).body.case
      .patientId;
    const { case: again } = await createReadyCase(t, coordinator, { radiologist, case: { patientId } });
    await addToAgenda(coordinator, meeting.id, { caseId: again.id });

    expect((await radiologist.get<LiveRoom>(`/api/meetings/${meeting.id}/live`)).body.cases).toHaveLength(2);
    const reads = await t.dataSource.manager.findBy(AuditEvent, { action: 'meeting.room.read', entityId: meeting.id });
    expect(reads.map((r) => r.patientId)).toEqual([patientId]);
  });

  describe('over Socket.IO', () => {
    it('refuses a handshake without a session, from another origin, or from a referrer', async () => {
      expect(await refused(liveSocket(t.url))).toBe('unauthorized');
      const cookie = sessionCookie(radiologist);
      expect(await refused(liveSocket(t.url, { cookie, origin: 'https://evil.example' }))).toBe('unauthorized');
      expect(await refused(liveSocket(t.url, { cookie: 'tb_session=forged-token' }))).toBe('unauthorized');
      const { client: referrer } = await signInAs(t, ['referrer']);
      expect(await refused(liveSocket(t.url, { cookie: sessionCookie(referrer) }))).toBe('unauthorized');
      const denials = await t.dataSource.manager.findBy(AuditEvent, { action: 'live.connect', outcome: 'denied' });
      expect(denials.map((d) => d.detail?.reason)).toEqual(
        expect.arrayContaining(['unauthenticated', 'origin', 'role']),
      );
    });

    it('lets a clinician join a meeting and receive the full state', async () => {
      const meeting = await meetingWith(1);
      await drive(chair, meeting.id, 'start');
      const { client: clinician } = await signInAs(t, ['clinician']);
      const socket = await connected(liveSocket(t.url, { cookie: sessionCookie(clinician) }));
      sockets.push(socket);
      const pushed = nextEvent<LiveState>(socket, 'state');
      const answer = await join(socket, meeting.id);
      expect(answer).toEqual({ ok: true, state: await stateOf(meeting.id) });
      expect(await pushed).toEqual(answer.state);
      expect(await join(socket, SOME_ID)).toEqual({ ok: false, error: 'not_found' });
    });

    it('pushes the new state to a follower when the chair advances, without polling', async () => {
      const meeting = await meetingWith(2);
      const started = await drive(chair, meeting.id, 'start');
      const { socket, joined } = keep(await joinedSocket(t.url, radiologist, meeting.id));
      expect(joined.state).toEqual(started);

      const pushed = nextEvent<LiveState>(socket, 'state', (s) => s.sequence > started.sequence);
      const advanced = await drive(chair, meeting.id, 'next');
      expect(await pushed).toEqual(advanced);
      expect(advanced.currentItemId).toBe(meeting.agenda[1]!.id);
    });

    it('tells followers about agenda, attendance and meeting changes', async () => {
      const meeting = await meetingWith(1);
      const { socket } = keep(await joinedSocket(t.url, radiologist, meeting.id));

      const attendance = nextEvent<{ userId: string }>(socket, 'attendance');
      await chair.post(`/api/meetings/${meeting.id}/attendance`, { mode: 'in_person' });
      expect(await attendance).toEqual({ userId: chairId });

      const agenda = nextEvent<{ reason: string }>(socket, 'agenda');
      const { case: ready } = await createReadyCase(t, coordinator, { radiologist });
      await addToAgenda(coordinator, meeting.id, { caseId: ready.id });
      expect(await agenda).toEqual({ reason: 'added' });

      const moved = nextEvent<{ reason: string }>(socket, 'meeting');
      const current = await getMeeting(coordinator, meeting.id);
      const later = new Date(Date.parse(current.startsAt) + 3_600_000).toISOString();
      await coordinator.patch(`/api/meetings/${meeting.id}`, { version: current.version, startsAt: later });
      expect(await moved).toEqual({ reason: 'meeting.move' });
    });

    it('gives a follower who reconnects the current state on join', async () => {
      const meeting = await meetingWith(3);
      await drive(chair, meeting.id, 'start');
      const first = keep(await joinedSocket(t.url, radiologist, meeting.id));
      first.socket.disconnect();

      await drive(chair, meeting.id, 'next');
      const latest = await drive(chair, meeting.id, 'next');
      const again = keep(await joinedSocket(t.url, radiologist, meeting.id));
      expect(again.joined).toEqual({ ok: true, state: latest });
      expect(latest.sequence).toBe(first.joined.state!.sequence + 2);
    });

    it('disconnects the socket when its session ends by logout', async () => {
      const meeting = await meetingWith(0);
      const user = await createUser(t.dataSource, { roles: ['surgeon'] });
      const client = await signIn(t, user);
      const { socket, joined } = keep(await joinedSocket(t.url, client, meeting.id));
      expect(joined.ok).toBe(true);
      const closed = disconnected(socket);
      expect((await client.post('/api/auth/logout')).status).toBe(204);
      expect(await closed).toBe('io server disconnect');
    });

    it('disconnects the socket when an admin deactivates the user', async () => {
      const meeting = await meetingWith(0);
      const user = await createUser(t.dataSource, { roles: ['medical_oncologist'] });
      const client = await signIn(t, user);
      const { socket } = keep(await joinedSocket(t.url, client, meeting.id));
      const { client: admin } = await signInAs(t, ['admin']);
      const closed = disconnected(socket);
      const res = await admin.patch(`/api/admin/users/${user.id}`, { version: 1, active: false });
      expect(res.status).toBe(200);
      expect(await closed).toBe('io server disconnect');
      // The same cookie does not get back in.
      expect(await refused(liveSocket(t.url, { cookie: sessionCookie(client) }))).toBe('unauthorized');
    });
  });
});
