import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runFanout } from './fanout.js';
import { ms } from './lib/stats.js';

/**
 * `npm run bench`: runs the benchmarks against the built server and prints a table; the figures go
 * to bench-results/ as JSON. Targets are DESIGN §8's.
 */
async function main(): Promise<void> {
  const started = new Date();
  const machine = {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
  process.stdout.write(
    `Tumor Board benchmark — ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}\n\n`,
  );

  const fanout = await runFanout();
  const rows = [
    ['Live fan-out: presenter advance → all 50 followers updated', fanout.allUpdated, '< 100 ms p95'],
    ['  each follower’s update', fanout.perFollower, ''],
    ['  floor: empty Socket.IO round trip (loopback)', fanout.emptyRoundTrip, ''],
  ] as const;
  process.stdout.write('| Measure | n | p50 | p95 | p99 | Target | Met |\n|---|---|---|---|---|---|---|\n');
  for (const [name, s, target] of rows) {
    const met = target ? (s.p95 < 100 ? 'yes' : 'no') : '';
    process.stdout.write(`| ${name} | ${s.n} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${target} | ${met} |\n`);
  }
  process.stdout.write(
    `\nRatio fan-out p95 / empty round-trip p95: ${(fanout.allUpdated.p95 / fanout.emptyRoundTrip.p95).toFixed(1)}×\n`,
  );

  const dir = path.resolve(import.meta.dirname, '..', '..', 'bench-results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `bench-${started.toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(file, JSON.stringify({ started: started.toISOString(), machine, fanout }, null, 2));
  process.stdout.write(`\nWritten to ${path.relative(process.cwd(), file)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
