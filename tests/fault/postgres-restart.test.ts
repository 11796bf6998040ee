import type { LiveState, Problem, Readiness } from '@tumor-board/shared';
import { addToAgenda, createAdHocMeeting, createReadyCase, drive } from '../factories/meetings.js';
import type { HttpClient } from '../support/http.js';
import { CreateBurst, tally } from './support/create-burst.js';
import { eventually, pause, report, startFaultStack, type FaultStack } from './support/fault-stack.js';
import { LiveFollower } from './support/live-follower.js';
import { checkWrites, describeCheck } from './support/write-checks.js';

const DOWN_MS = 2_500;

/**
 * PostgreSQL stopped (fast shutdown: every backend terminated, open transactions rolled back) and
 * started again under the running server, on the suite's own cluster. While it is away the server
 * must stay up and answer 503; afterwards it must recover by itself, with nothing acknowledged
 * lost and nothing half-written.
 */
describe('PostgreSQL restarted under the running server', () => {
  let stack: FaultStack;
  beforeAll(async () => {
    stack = await startFaultStack();
  }, 180_000);
  afterAll(() => stack?.close(), 60_000);

  /** What a client sees while the database is away; returns the observations for the report. */
  async function whileAway(client: HttpClient, probePath: string): Promise<string[]> {
    const health = await client.get('/api/health');
    const ready = await client.get<Readiness>('/api/health/ready');
    const probe = await client.get<Problem>(probePath);
    expect(stack.server.alive).toBe(true);
    expect(health.status).toBe(200);
    expect(ready.status).toBe(503);
    expect(ready.body.database).toBe('down');
    expect(probe.status).toBe(503);
    expect(probe.headers.get('content-type')).toContain('application/problem+json');
    expect(probe.headers.get('retry-after')).toBe('2');
    return [
      `GET /api/health ${health.status}; GET /api/health/ready ${ready.status} (database ${ready.body.database})`,
      `GET ${probePath.replace(/[0-9a-f-]{36}/g, ':id')} ${probe.status} problem+json, Retry-After ${probe.headers.get('retry-after')}`,
    ];
  }

  /** Restarts PostgreSQL; `during` runs while it is stopped. The timings, for the report. */
  async function restartPostgres(during: () => Promise<void>) {
    const stopping = Date.now();
    await stack.postgres.stop();
    const stopped = Date.now();
    try {
      await during();
      await pause(Math.max(0, DOWN_MS - (Date.now() - stopped)));
    } finally {
      await stack.postgres.start();
    }
    const started = Date.now();
    const readyAfter = await eventually('the server is ready again', async () => {
      const res = await fetch(`${stack.server.url}/api/health/ready`);
      return res.status === 200;
    });
    expect(stack.server.alive).toBe(true);
    return { stopMs: stopped - stopping, downMs: started - stopped, readyAfterMs: readyAfter };
  }

  it('during a live meeting: 503 while away, recovers alone, live clients resync, acknowledged commands kept', async () => {
    const { client: coordinator } = await stack.signInAs(['coordinator']);
    const { client: radiologist } = await stack.signInAs(['radiologist']);
    const { client: chair } = await stack.signInAs(['chair']);
    const meeting = await createAdHocMeeting(coordinator, { title: 'Fault drill board' });
    for (let i = 0; i < 2; i++) {
      const { case: ready } = await createReadyCase(stack.factoryApp(), coordinator, { radiologist });
      await addToAgenda(coordinator, meeting.id, { caseId: ready.id });
    }
    const followers = [
      new LiveFollower(stack.server.url, radiologist, meeting.id),
      new LiveFollower(stack.server.url, coordinator, meeting.id),
    ];
    const acked: number[] = [];
    const refused: (number | string)[] = [];
    let driving = false;
    let driver: Promise<void> = Promise.resolve();
    try {
      await eventually('followers joined', () => Promise.resolve(followers.every((f) => f.latest !== null)));
      const started = await drive(chair, meeting.id, 'start');

      // The chair keeps driving (timer on, timer off) through the restart, as a meeting would.
      driving = true;
      driver = (async () => {
        for (let i = 0; driving; i++) {
          const res = await chair
            .post<LiveState>(`/api/meetings/${meeting.id}/live/commands`, {
              command: i % 2 ? 'timer_stop' : 'timer_start',
            })
            .catch((error: unknown) => ({ status: String((error as Error).message), body: null }));
          if (res.status === 200 && res.body) acked.push(res.body.sequence);
          else refused.push(res.status);
          await pause(res.status === 200 ? 150 : 250);
        }
      })();
      await pause(700);
      let away: string[] = [];
      const timings = await restartPostgres(async () => {
        away = await whileAway(chair, `/api/meetings/${meeting.id}/live/state`);
        // One follower's connection drops while the database is away: it must get back in.
        followers[1]!.dropConnection();
      });
      await pause(1_000);
      driving = false;
      await driver;

      // After recovery, a move must reach both followers by push, not only by re-joining.
      const moved = await drive(chair, meeting.id, 'next');
      acked.push(moved.sequence);
      const resyncMs = await eventually('both followers hold the latest state', () =>
        Promise.resolve(followers.every((f) => f.latest?.sequence === moved.sequence)),
      );

      const [row] = await stack.sql.query<{ live_sequence: number }[]>(
        'SELECT live_sequence FROM meeting WHERE id = $1',
        [meeting.id],
      );
      const states = await stack.sql.query<{ sequence: number }[]>(
        `SELECT (payload->>'sequence')::int AS sequence FROM live_outbox WHERE meeting_id = $1 AND event = 'state'`,
        [meeting.id],
      );
      const published = new Set(states.map((s) => s.sequence));
      const lost = acked.filter((s) => !published.has(s)).length;
      await eventually('the outbox is drained', async () => {
        const [pending] = await stack.sql.query<{ n: string }[]>(
          'SELECT count(*) AS n FROM live_outbox WHERE delivered_at IS NULL',
        );
        return pending!.n === '0';
      });

      report('PostgreSQL restarted during a live meeting', {
        did: [
          `meeting with 2 cases started (sequence ${started.sequence}); 2 followers joined over Socket.IO`,
          `the chair drove timer on/off every 150 ms; PostgreSQL stopped (fast shutdown, ${timings.stopMs} ms) and was away ${timings.downMs} ms`,
          'one follower lost its WebSocket while the database was away; after recovery the chair moved to the next case',
        ],
        saw: [
          `server process alive throughout; ${away.join('; ')}`,
          `live commands refused while away: ${refused.length} (${summarise(refused)})`,
          `ready again ${timings.readyAfterMs} ms after PostgreSQL started; followers at sequence ${moved.sequence} ${resyncMs} ms after the move`,
          `follower reconnects: ${followers.map((f) => f.connects - 1).join(' and ')}; handshakes/joins answered "unavailable" and retried: ${followers.reduce((n, f) => n + f.unavailable, 0)}`,
        ],
        checked: [
          `live commands acknowledged ${acked.length} / found in the outbox ${acked.length - lost} / lost ${lost}`,
          `meeting sequence ${row!.live_sequence} = latest acknowledged ${Math.max(...acked)}; one state row per sequence: ${states.length} rows for ${published.size} sequences`,
          'every outbox row delivered',
          `errors the server answered with 500: ${stack.server.unexpectedErrors().length}`,
        ],
      });
      expect(stack.server.unexpectedErrors()).toEqual([]);
      expect(lost).toBe(0);
      expect(row!.live_sequence).toBe(Math.max(...acked));
      // No half-written command: every committed sequence published exactly one state.
      expect(states.length).toBe(row!.live_sequence);
      expect(published.size).toBe(row!.live_sequence);
      expect(refused.length).toBeGreaterThan(0);
      expect(refused.every((s) => s === 503)).toBe(true);
    } finally {
      driving = false;
      await driver;
      for (const follower of followers) follower.close();
    }
  }, 180_000);

  it('during a burst of writes: acknowledged creates all present, none half-written, none twice', async () => {
    const clients = await Promise.all([1, 2, 3, 4].map(async () => (await stack.signInAs(['coordinator'])).client));
    const burst = new CreateBurst(clients, 'PGRESTART', () => stack.server.unexpectedErrors().join('\n'));
    burst.start();
    await pause(1_000);
    const beforeStop = tally(burst.writes).acknowledged;
    let away: string[] = [];
    const timings = await restartPostgres(async () => {
      away = await whileAway(clients[0]!, '/api/cases?limit=5');
    });
    await pause(1_500);
    await burst.stop();
    const atStop = tally(burst.writes);
    await burst.retryUnanswered();
    const seen = tally(burst.writes);
    const check = await checkWrites(stack.sql, burst.writes, burst.mrnPrefix);

    report('PostgreSQL restarted during a burst of writes', {
      did: [
        '4 clients creating patients, each followed by its case, every create with an Idempotency-Key; a failed create is sent again with the same key',
        `PostgreSQL stopped after 1 s (fast shutdown, ${timings.stopMs} ms), away ${timings.downMs} ms, started; writes went on 1.5 s after it was ready`,
      ],
      saw: [
        `server process alive throughout; ${away.join('; ')}`,
        `${seen.writes} creates: ${beforeStop} acknowledged before the stop; answers 2xx ${seen.answers2xx}, 503 ${seen.answers503}, 409 ${seen.answers409}, no answer ${seen.networkErrors}`,
        `ready again ${timings.readyAfterMs} ms after PostgreSQL started; ${atStop.unanswered} creates unanswered when the burst ended, sent again with their keys`,
        `creates that needed more than one attempt: ${seen.retried}; of them replayed (had committed, answer lost): ${seen.replayed}`,
      ],
      checked: [describeCheck(check), `errors the server answered with 500: ${stack.server.unexpectedErrors().length}`],
    });
    expect(stack.server.unexpectedErrors()).toEqual([]);
    expect(stack.server.alive).toBe(true);
    expect(seen.unanswered).toBe(0);
    expect(seen.answers503).toBeGreaterThan(0);
    expect(check.lost).toBe(0);
    expect(check.found).toBe(check.acknowledged);
    expect(check.duplicates).toBe(0);
    expect(check.halfWritten).toBe(0);
    expect(check.unexplained).toBe(0);
  }, 180_000);

  it('leaves no connection behind: one outbox listener and one adapter listener after the restarts', async () => {
    const listeners = async () =>
      stack.postgres.admin(
        async (c) =>
          (
            await c.query<{ application_name: string; n: number }>(
              `SELECT application_name, count(*)::int AS n FROM pg_stat_activity
                WHERE datname = 'tumor_board_fault' AND query LIKE 'LISTEN%' GROUP BY application_name ORDER BY 1`,
            )
          ).rows,
      );
    await eventually('listeners are back', async () => (await listeners()).length === 2);
    const found = await listeners();
    report('connections after the restarts', {
      checked: [found.map((l) => `${l.application_name}: ${l.n} LISTEN connection`).join('; ')],
    });
    expect(found).toEqual([
      { application_name: 'tumor-board-live', n: 1 },
      { application_name: 'tumor-board-socket-adapter', n: 1 },
    ]);
  }, 60_000);
});

/** `503 × 12, ECONNRESET × 1` */
function summarise(outcomes: readonly (number | string)[]): string {
  const counts = new Map<string, number>();
  for (const o of outcomes) counts.set(String(o), (counts.get(String(o)) ?? 0) + 1);
  return [...counts].map(([o, n]) => `${o} × ${n}`).join(', ') || 'none';
}
