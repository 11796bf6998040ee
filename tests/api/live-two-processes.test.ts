import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Socket } from 'socket.io-client';
import type { LiveState, MeetingDetail } from '@tumor-board/shared';
import {
  addToAgenda,
  createReadyCase,
  createSeries,
  disconnected,
  drive,
  getMeeting,
  joinedSocket,
  liveSocket,
  nextEvent,
  pause,
  recordEvents,
  refused,
  seriesMeetings,
} from '../factories/meetings.js';
import { signInAs } from '../factories/users.js';
import type { HttpClient } from '../support/http.js';
import { startServersOnOneDatabase, type ServerCluster } from '../support/server-process.js';
import type { TestApp } from '../support/test-app.js';

/** Longer than two passes of the relay's fallback poll (1 s), so a second delivery would have come. */
const SETTLE_MS = 2_500;

describe('the live room across two server processes on one database', () => {
  let cluster: ServerCluster;
  let a: TestApp;
  let b: TestApp;
  let coordinator: HttpClient;
  let chair: HttpClient;
  let meeting: MeetingDetail;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    cluster = await startServersOnOneDatabase(2);
    [a, b] = cluster.servers as [TestApp, TestApp];
    coordinator = (await signInAs(a, ['coordinator'])).client;
    chair = (await signInAs(a, ['chair'])).client;
    const radiologist = (await signInAs(a, ['radiologist'])).client;
    const [first] = await seriesMeetings(coordinator, (await createSeries(coordinator)).id, 40);
    for (let i = 0; i < 3; i++) {
      const { case: ready } = await createReadyCase(a, coordinator, { radiologist });
      await addToAgenda(coordinator, first!.id, { caseId: ready.id });
    }
    meeting = await getMeeting(coordinator, first!.id);
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(() => cluster.close());

  /** A user signed in on server B (the session lives in the shared database), joined to the meeting there. */
  const followerOn = async (server: TestApp) => {
    const { client } = await signInAs(server, ['radiologist']);
    const opened = await joinedSocket(server.url, client, meeting.id);
    sockets.push(opened.socket);
    expect(opened.joined.ok).toBe(true);
    return { client, ...opened };
  };

  it('requires authentication on both servers', async () => {
    expect(await refused(liveSocket(a.url))).toBe('unauthorized');
    expect(await refused(liveSocket(b.url))).toBe('unauthorized');
    expect((await b.http.get(`/api/meetings/${meeting.id}/live/state`)).status).toBe(401);
  });

  it('shares one session across servers: signed in on A, the same cookie works on B', async () => {
    const onB = b.client();
    for (const [name, value] of coordinator.cookies) onB.cookies.set(name, value);
    const state = await onB.get<LiveState>(`/api/meetings/${meeting.id}/live/state`);
    expect(state.status).toBe(200);
    expect(state.body.meetingId).toBe(meeting.id);
  });

  it('delivers the chair’s advance on server A to a follower connected to server B', async () => {
    const follower = await followerOn(b);
    const presenter = { ...(await joinedSocket(a.url, chair, meeting.id)) };
    sockets.push(presenter.socket);
    const seenOnB = recordEvents<LiveState>(follower.socket, 'state');

    const started = nextEvent<LiveState>(follower.socket, 'state', (s) => s.status === 'in_progress');
    const afterStart = await drive(chair, meeting.id, 'start');
    expect(await started).toEqual(afterStart);

    const advancedOnB = nextEvent<LiveState>(follower.socket, 'state', (s) => s.sequence > afterStart.sequence);
    const advancedOnA = nextEvent<LiveState>(presenter.socket, 'state', (s) => s.sequence > afterStart.sequence);
    const advanced = await drive(chair, meeting.id, 'next');
    expect(advanced.currentItemId).toBe(meeting.agenda[1]!.id);
    expect(await advancedOnB).toEqual(advanced);
    expect(await advancedOnA).toEqual(advanced);

    await pause(SETTLE_MS);
    // Each state once, in order, however many relays could have sent it.
    expect(seenOnB.map((s) => s.sequence)).toEqual([afterStart.sequence, advanced.sequence]);
  });

  it('gives a follower who moves from server B to server A the current state on join', async () => {
    const follower = await followerOn(b);
    follower.socket.disconnect();
    const latest = await drive(chair, meeting.id, 'next');
    const again = await joinedSocket(a.url, follower.client, meeting.id);
    sockets.push(again.socket);
    expect(again.joined).toEqual({ ok: true, state: latest });
  });

  it('delivers an outbox row written straight into the database exactly once, though two relays run', async () => {
    const onB = await followerOn(b);
    const onA = await followerOn(a);
    const probes = Array.from({ length: 20 }, (_, i) => ({ reason: 'probe', n: i, id: randomUUID() }));
    const seenOnB = recordEvents<(typeof probes)[number]>(onB.socket, 'meeting');
    const seenOnA = recordEvents<(typeof probes)[number]>(onA.socket, 'meeting');
    const lastOnB = nextEvent<(typeof probes)[number]>(onB.socket, 'meeting', (p) => p.n === probes.length - 1);

    // As the owner (not the app's role), outside either app: one transaction, one NOTIFY that both
    // relays hear.
    const owner = new pg.Client({ connectionString: cluster.database.url });
    await owner.connect();
    try {
      await owner.query('BEGIN');
      for (const probe of probes)
        await owner.query(`INSERT INTO live_outbox (meeting_id, event, payload) VALUES ($1, 'meeting', $2)`, [
          meeting.id,
          probe,
        ]);
      await owner.query(`SELECT pg_notify('live_outbox', $1)`, [meeting.id]);
      await owner.query('COMMIT');
      await lastOnB;
      await pause(SETTLE_MS);
      const pending = await owner.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM live_outbox WHERE meeting_id = $1 AND delivered_at IS NULL`,
        [meeting.id],
      );
      expect(pending.rows[0]!.n).toBe(0);
    } finally {
      await owner.end();
    }
    // Exactly once each on both servers. Order across servers is not kept (the adapter NOTIFYs over a
    // pool of connections), which is why a client orders states by `sequence`, never by arrival.
    const byNumber = (seen: typeof probes) => [...seen].sort((x, y) => x.n - y.n);
    expect(byNumber(seenOnB)).toEqual(probes);
    expect(byNumber(seenOnA)).toEqual(probes);
  });

  it('closes a socket on server B when its session ends on server A', async () => {
    const follower = await followerOn(b);
    const closed = disconnected(follower.socket);
    const onA = a.client();
    for (const [name, value] of follower.client.cookies) onA.cookies.set(name, value);
    expect((await onA.post('/api/auth/logout')).status).toBe(204);
    expect(await closed).toBe('io server disconnect');
  });
});
