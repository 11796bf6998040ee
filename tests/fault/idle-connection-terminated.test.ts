import { randomUUID } from 'node:crypto';
import type { LiveState } from '@tumor-board/shared';
import { createPatient } from '../factories/clinical.js';
import { addToAgenda, createAdHocMeeting, createReadyCase } from '../factories/meetings.js';
import { eventually, pause, report, startFaultStack, type FaultStack } from './support/fault-stack.js';
import { LiveFollower } from './support/live-follower.js';

const ROUNDS = 5;

/**
 * Idle connections of the running server terminated from PostgreSQL's side
 * (pg_terminate_backend), as an administrator, a proxy or an idle timeout would: the pool's idle
 * connections and both LISTEN connections (the live outbox relay and the Socket.IO adapter).
 */
describe('idle database connections terminated under the running server', () => {
  let stack: FaultStack;
  beforeAll(async () => {
    stack = await startFaultStack();
  }, 180_000);
  afterAll(() => stack?.close(), 60_000);

  const idleBackends = () =>
    stack.postgres.admin(
      async (c) =>
        (
          await c.query<{ pid: number; application_name: string }>(
            `SELECT pid, application_name FROM pg_stat_activity
              WHERE datname = 'tumor_board_fault' AND application_name LIKE 'tumor-board%' AND state = 'idle'`,
          )
        ).rows,
    );
  const terminate = (pids: number[]) =>
    stack.postgres.admin((c) => c.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [pids]));
  const listening = () =>
    stack.postgres.admin(async (c) =>
      (
        await c.query<{ application_name: string }>(
          `SELECT application_name FROM pg_stat_activity
              WHERE datname = 'tumor_board_fault' AND query LIKE 'LISTEN%' ORDER BY 1`,
        )
      ).rows.map((r) => r.application_name),
    );

  it('does not crash: the pool replaces them, the listeners reconnect, live pushes and writes go on', async () => {
    const { client: coordinator } = await stack.signInAs(['coordinator']);
    const { client: radiologist } = await stack.signInAs(['radiologist']);
    const { client: chair } = await stack.signInAs(['chair']);
    const meeting = await createAdHocMeeting(coordinator, { title: 'Fault drill board' });
    const { case: ready } = await createReadyCase(stack.factoryApp(), coordinator, { radiologist });
    await addToAgenda(coordinator, meeting.id, { caseId: ready.id });
    const follower = new LiveFollower(stack.server.url, radiologist, meeting.id);
    try {
      await eventually('the follower joined', () => Promise.resolve(follower.latest !== null));
      await eventually('both listeners are up', async () => (await listening()).length === 2);

      const terminated = new Map<string, number>();
      const writes: { id: string; ok: boolean }[] = [];
      let failed = 0;
      let sequence = follower.latest!.sequence;
      for (let round = 1; round <= ROUNDS; round++) {
        const victims = await idleBackends();
        for (const v of victims) terminated.set(v.application_name, (terminated.get(v.application_name) ?? 0) + 1);
        await terminate(victims.map((v) => v.pid));
        await pause(300);
        expect(stack.server.alive).toBe(true);

        // Writes and reads go on at once on fresh connections.
        for (let i = 0; i < 4; i++) {
          const res = await coordinator.post<{ id: string }>(
            '/api/patients',
            {
              mrn: `IDLE-${round}-${i}-${randomUUID().slice(0, 6)}`,
              givenName: 'Idle',
              familyName: 'Drill',
              birthDate: '1970-01-01',
              sex: 'other',
            },
            { headers: { 'Idempotency-Key': randomUUID() } },
          );
          writes.push({ id: res.status === 201 ? res.body.id : '', ok: res.status === 201 });
          if (res.status !== 201) failed++;
          if ((await coordinator.get('/api/cases?limit=5')).status !== 200) failed++;
        }
        // The live room hears of a change pushed through the reconnected outbox listener.
        await eventually('both listeners reconnected', async () => (await listening()).length === 2, 10_000);
        const command = round === 1 ? 'start' : round % 2 ? 'timer_start' : 'timer_stop';
        const res = await chair.post<LiveState>(`/api/meetings/${meeting.id}/live/commands`, { command });
        expect(res.status).toBe(200);
        sequence = res.body.sequence;
        await eventually('the follower got the new state', () =>
          Promise.resolve(follower.latest?.sequence === sequence),
        );
      }
      const found = await stack.sql.query<{ n: string }[]>(
        'SELECT count(*) AS n FROM patient WHERE id = ANY($1::uuid[])',
        [writes.filter((w) => w.ok).map((w) => w.id)],
      );
      const listeners = await listening();
      // One more create after all rounds, through the factories' path (no key).
      await createPatient(coordinator);

      report('idle database connections terminated (pg_terminate_backend)', {
        did: [
          `${ROUNDS} rounds: terminate every idle backend of the server, then write, read and drive the live room at once`,
          `terminated: ${[...terminated].map(([name, n]) => `${name} × ${n}`).join(', ')}`,
        ],
        saw: [
          'server process alive after every round',
          `requests failed right after a termination: ${failed} of ${writes.length * 2}`,
          `live follower reached sequence ${sequence} by push after every round (reconnects: ${follower.connects - 1})`,
          `LISTEN connections afterwards: ${listeners.join(', ')}`,
        ],
        checked: [
          `errors the server answered with 500: ${stack.server.unexpectedErrors().length}`,
          `writes acknowledged ${writes.filter((w) => w.ok).length} / found ${found[0]!.n} / lost ${writes.filter((w) => w.ok).length - Number(found[0]!.n)}`,
        ],
      });
      expect(stack.server.alive).toBe(true);
      expect(stack.server.unexpectedErrors()).toEqual([]);
      expect(failed).toBe(0);
      expect(Number(found[0]!.n)).toBe(writes.length);
      expect(terminated.get('tumor-board-live')).toBe(ROUNDS);
      expect(terminated.get('tumor-board-socket-adapter')).toBeGreaterThanOrEqual(ROUNDS);
      expect(listeners).toEqual(['tumor-board-live', 'tumor-board-socket-adapter']);
    } finally {
      follower.close();
    }
  }, 180_000);
});
