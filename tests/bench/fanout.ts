import { io, type Socket } from 'socket.io-client';
import type { LiveState } from '@tumor-board/shared';
import type { BenchPostgres } from './lib/bench-database.js';
import { startServer } from './lib/server-process.js';
import { BENCH_PASSWORD, seedMeeting } from './lib/seed.js';
import { BenchSession } from './lib/sessions.js';
import { summarize, type Summary } from './lib/stats.js';

export interface FanoutResult {
  followers: number;
  advances: number;
  /** Presenter's command sent → the last of the followers has the new state. */
  allUpdated: Summary;
  /** Presenter's command sent → each follower's update (every follower, every advance). */
  perFollower: Summary;
  /** Loopback round trip of an empty Socket.IO event (the floor). */
  emptyRoundTrip: Summary;
}

const connect = (url: string, cookie: string) =>
  new Promise<Socket>((resolve, reject) => {
    const socket = io(`${url}/live`, {
      transports: ['websocket'],
      extraHeaders: { cookie, origin: url },
      forceNew: true,
      reconnection: false,
    });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });

const join = (socket: Socket, meetingId: string) =>
  new Promise<void>((resolve, reject) =>
    socket.emit('join', { meetingId }, (answer: { ok: boolean }) =>
      answer.ok ? resolve() : reject(new Error('join refused')),
    ),
  );

/**
 * Presenter advances → all followers updated, over loopback, against the built server in its own
 * process, with the round trip of an empty event as the floor (DESIGN §8: p95 < 100 ms for 50).
 */
export async function runFanout(
  postgres: BenchPostgres,
  options = { followers: 50, advances: 200, probes: 300 },
): Promise<FanoutResult> {
  const db = await postgres.createDatabase();
  const server = await startServer(db.url, { LOGIN_ATTEMPTS_PER_ADDRESS: '10000', DB_POOL_SIZE: '20' });
  const sockets: Socket[] = [];
  try {
    const seeded = await seedMeeting(db.url, options.followers, 20);
    const chair = await BenchSession.signIn(server.url, seeded.chair.email, BENCH_PASSWORD);
    const followers = await Promise.all(
      seeded.followers.map((f) => BenchSession.signIn(server.url, f.email, BENCH_PASSWORD)),
    );
    for (const f of followers) sockets.push(await connect(server.url, f.cookieHeader));
    await Promise.all(sockets.map((s) => join(s, seeded.meetingId)));

    const emptyRoundTrip: number[] = [];
    for (let i = 0; i < options.probes; i++) {
      const t0 = performance.now();
      await new Promise<void>((resolve) => sockets[0]!.emit('probe', () => resolve()));
      emptyRoundTrip.push(performance.now() - t0);
    }

    const command = (body: object) => chair.request('POST', `/api/meetings/${seeded.meetingId}/live/commands`, body);
    const start = await command({ command: 'start' });
    if (start.status !== 200) throw new Error(`start failed: ${start.status}`);
    await new Promise((r) => setTimeout(r, 200));

    const allUpdated: number[] = [];
    const perFollower: number[] = [];
    for (let i = 0; i < options.advances; i++) {
      const t0 = performance.now();
      const waits = sockets.map(
        (s) =>
          new Promise<number>((resolve) => {
            const onState = (state: LiveState) => {
              if (state.status !== 'in_progress') return;
              s.off('state', onState);
              resolve(performance.now() - t0);
            };
            s.on('state', onState);
          }),
      );
      const res = await command({ command: i % 2 === 0 ? 'next' : 'previous' });
      if (res.status !== 200) throw new Error(`advance failed: ${res.status}`);
      const times = await Promise.all(waits);
      perFollower.push(...times);
      allUpdated.push(Math.max(...times));
    }
    return {
      followers: options.followers,
      advances: options.advances,
      allUpdated: summarize(allUpdated),
      perFollower: summarize(perFollower),
      emptyRoundTrip: summarize(emptyRoundTrip),
    };
  } finally {
    for (const s of sockets) s.close();
    await server.stop();
    await db.drop();
  }
}
