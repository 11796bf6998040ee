const started = performance.now();

/** A progress line on stderr, with the time since the benchmark began (stdout keeps the table). */
export function log(message: string): void {
  const s = Math.round((performance.now() - started) / 1000);
  process.stderr.write(`[bench ${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}] ${message}\n`);
}
