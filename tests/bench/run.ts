import { readFile, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runApiBench, type ApiBenchConfig } from './api.js';
import { runFanout, type FanoutResult } from './fanout.js';
import { startBenchPostgres } from './lib/bench-database.js';
import { log } from './lib/progress.js';
import { firstLoadSizes } from './lib/web-size.js';
import { renderReport, type Report } from './report.js';

/**
 * `npm run bench`: a benchmark, not a test. Seeds a separate database (1,000 → 10,000 → 100,000
 * synthetic cases and 500 meetings, timed), drives the built server over loopback with autocannon at
 * 50 signed-in clients, replays each request's SQL straight on PostgreSQL and calls an empty NestJS
 * route as floors, measures the live fan-out and the web client's first load, and prints a markdown
 * table against DESIGN §8's targets. JSON goes to bench-results/.
 *
 *   --quick          smaller and shorter (1,000 → 3,000 → 10,000 cases, a few seconds each): for development
 *   --keep-database  keep the seeded database (useful with DATABASE_URL)
 *   --no-fanout      skip the live fan-out
 *   --render=<file>  print the table of an earlier run's JSON again, measuring nothing
 *
 * For development only: BENCH_ONLY=room,decisionSave measures just those endpoints, and
 * BENCH_SCALES=1000,5000 replaces the sizes.
 */
const FULL: ApiBenchConfig = {
  clients: 50,
  scales: [1_000, 10_000, 100_000],
  seconds: { main: 30, scale: 8, sql: 6, sqlScale: 3, warmup: 2, single: 4 },
  keepDatabase: false,
};
const QUICK: ApiBenchConfig = {
  clients: 50,
  scales: [1_000, 3_000, 10_000],
  seconds: { main: 5, scale: 3, sql: 3, sqlScale: 2, warmup: 1, single: 2 },
  keepDatabase: false,
};

/** Share of CPU time not idle over `ms`, from /proc/stat (Linux), to say whether the machine was busy. */
async function cpuBusyPercent(msWindow: number): Promise<number | null> {
  const sample = async () => {
    const line = (await readFile('/proc/stat', 'utf8')).split('\n')[0]!;
    const v = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = v[3]! + (v[4] ?? 0);
    return { idle, total: v.reduce((a, b) => a + b, 0) };
  };
  try {
    const a = await sample();
    await new Promise((r) => setTimeout(r, msWindow));
    const b = await sample();
    return 100 * (1 - (b.idle - a.idle) / (b.total - a.total));
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const saved = process.argv.find((a) => a.startsWith('--render='));
  if (saved) {
    // Prints the table of an earlier run again (e.g. after a change to the report), measuring nothing.
    process.stdout.write(renderReport(JSON.parse(await readFile(saved.slice('--render='.length), 'utf8')) as Report));
    return;
  }
  const quick = args.has('--quick') || process.env.BENCH_QUICK === '1';
  const scales = process.env.BENCH_SCALES?.split(',').map(Number);
  const config: ApiBenchConfig = {
    ...(quick ? QUICK : FULL),
    ...(scales ? { scales } : {}),
    keepDatabase: args.has('--keep-database'),
  };
  const started = new Date();
  const t0 = performance.now();
  const machine = {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
  const loadBefore = os.loadavg();
  const busyBeforePercent = await cpuBusyPercent(2000);
  log(
    `${quick ? 'quick' : 'full'} run; ${machine.cores} cores, load ${loadBefore.map((x) => x.toFixed(2)).join(' ')}, CPU busy ${busyBeforePercent?.toFixed(0) ?? '?'} % before starting`,
  );

  const postgres = await startBenchPostgres();
  let fanout: FanoutResult | string | null = null;
  let api;
  try {
    api = await runApiBench(postgres, config);
    if (!args.has('--no-fanout')) {
      log('live fan-out: presenter advance → 50 followers over Socket.IO');
      // A failure here still leaves the API figures worth printing.
      fanout = await runFanout(postgres, quick ? { followers: 50, advances: 50, probes: 100 } : undefined).catch(
        (error: unknown) => {
          log(`live fan-out failed: ${error instanceof Error ? error.message : String(error)}`);
          return `failed: ${error instanceof Error ? error.message.split('\n')[0]! : String(error)}`;
        },
      );
    }
  } finally {
    await postgres.stop();
  }
  const firstLoad = await firstLoadSizes([
    { route: '/', module: 'src/app/routes/home-route.tsx' },
    { route: '/login', module: 'src/features/auth/routes/login-route.tsx' },
    { route: '/live/:meetingId', module: 'src/features/live-meeting/routes/live-room-route.tsx' },
  ]);

  const report: Report = {
    machine,
    clients: config.clients,
    seconds: config.seconds,
    busyBeforePercent,
    loadBefore,
    loadAfter: os.loadavg(),
    api,
    fanout,
    firstLoad,
    wallMs: performance.now() - t0,
  };
  process.stdout.write(`\n${renderReport(report)}`);

  const dir = path.resolve(import.meta.dirname, '..', '..', 'bench-results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `bench-${started.toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(file, JSON.stringify({ started: started.toISOString(), quick, config, ...report }, null, 2));
  process.stdout.write(`\nWritten to ${path.relative(process.cwd(), file)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
