import type { ApiBenchResult, EndpointKey, Measurement } from './api.js';
import type { FanoutResult } from './fanout.js';
import type { CpuShare } from './lib/cpu.js';
import type { SeedStage } from './lib/synthetic-seed.js';
import { ms, type Summary } from './lib/stats.js';
import type { FirstLoad } from './lib/web-size.js';

/** DESIGN §8's figures. */
export const TARGETS = {
  room: 50,
  worklist: 30,
  worklistDeep: 30,
  fanout: 100,
  firstLoadKb: 250,
} as const;

const LABELS: Record<EndpointKey, string> = {
  room: 'Live meeting room payload',
  worklist: 'Worklist search, first page',
  worklistDeep: 'Worklist search, deep page',
  casePage: 'Case page',
  score: 'Score calculation (SINS)',
  decisionSave: 'Decision save (draft, versioned)',
  empty: 'Empty NestJS route (framework floor)',
};

const n = (x: number) => Math.round(x).toLocaleString('en');
const ratio = (a: number, b: number | undefined) => (b && Number.isFinite(a / b) ? `${(a / b).toFixed(1)}×` : '–');
const seconds = (msValue: number) => `${(msValue / 1000).toFixed(1)} s`;

/** Cores used: server / PostgreSQL / load generator / other processes. */
const cpu = (c: CpuShare | undefined) =>
  c
    ? [
        c.server ? c.server.toFixed(2) : '–',
        c.postgres?.toFixed(2) ?? '?',
        c.bench.toFixed(2),
        c.other.toFixed(2),
      ].join(' / ')
    : '–';

function row(cells: (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Met or not, and why, from what the same run measured beside it. */
function verdict(m: Measurement, target: number | undefined, empty: Measurement | undefined, cores: number): string {
  if (m.http.errors > 0) {
    const codes = Object.entries(m.http.statuses)
      .filter(([code]) => !code.startsWith('2'))
      .map(([code, count]) => `${count}× ${code}`)
      .join(', ');
    return `no — ${n(m.http.errors)} errors${codes ? ` (${codes})` : ''}`;
  }
  if (target === undefined) return '– (no target; errors 0)';
  const p95 = m.http.latency.p95;
  if (p95 < target) return `yes (${ms(p95)})`;
  const facts: string[] = [];
  const sql = m.sql?.latency.p95;
  if (sql !== undefined)
    facts.push(
      sql >= target
        ? `its SQL alone (${m.sql!.statementsPerRequest} statements) has p95 ${ms(sql)} at the same concurrency`
        : `${ratio(p95, sql)} its SQL floor (${ms(sql)})`,
    );
  const floor = empty?.http.latency.p95;
  if (floor !== undefined && floor >= target) facts.push(`an empty signed-in route already has p95 ${ms(floor)}`);
  if (m.single)
    facts.push(
      `one client at a time it takes p95 ${ms(m.single.latency.p95)}${m.single.latency.p95 < target ? ' (within the target: the rest is queueing)' : ' (over the target even without queueing)'}`,
    );
  if (m.sqlSingle)
    facts.push(
      `its SQL from one connection takes p95 ${ms(m.sqlSingle.latency.p95)} (p50 ${ms(m.sqlSingle.latency.p50)})`,
    );
  const c = m.cpu?.http;
  const busy = c
    ? ` (${c.machine.toFixed(1)} of ${cores} cores busy: server ${c.server.toFixed(1)}, PostgreSQL ${c.postgres?.toFixed(1) ?? '?'}, load generator ${c.bench.toFixed(1)}, other processes ${c.other.toFixed(1)})`
    : '';
  return `no — at ${n(m.http.rps)} req/s the machine is saturated${busy}; ${facts.join('; ')}`;
}

export interface Report {
  machine: { cores: number; cpu: string; memoryGiB: number; node: string };
  clients: number;
  seconds: { main: number; scale: number; sql: number; sqlScale: number; single: number };
  busyBeforePercent: number | null;
  loadBefore: number[];
  loadAfter: number[];
  api: ApiBenchResult;
  /** The figures, a failure's message, or null when skipped. */
  fanout: FanoutResult | string | null;
  firstLoad: FirstLoad[] | null;
  wallMs: number;
}

export function renderReport(r: Report): string {
  const lines: string[] = [];
  const { measurements } = r.api;
  const last = Math.max(...measurements.map((m) => m.scale));
  const at = (key: EndpointKey, scale = last) => measurements.find((m) => m.key === key && m.scale === scale);
  const empty = at('empty');
  const cores = r.machine.cores;

  lines.push(
    `## Tumor Board benchmark`,
    '',
    `${cores} cores (${r.machine.cpu}), ${r.machine.memoryGiB} GiB, Node ${r.machine.node}; PostgreSQL ${r.api.database === 'embedded' ? 'embedded (temporary cluster)' : 'from DATABASE_URL'}; ` +
      `server = the built app in its own process on loopback; ${r.clients} signed-in clients (one session and keep-alive connection each), ` +
      `${r.seconds.main} s per endpoint (SQL floors ${r.seconds.sql} s). ` +
      `Load average before ${r.loadBefore.map((x) => x.toFixed(2)).join(' / ')}, after ${r.loadAfter.map((x) => x.toFixed(2)).join(' / ')}` +
      (r.busyBeforePercent !== null ? `; CPU busy before the run: ${r.busyBeforePercent.toFixed(0)} %.` : '.'),
    '',
    `### At ${n(last)} cases`,
    '',
    row([
      'Measure',
      'n',
      'req/s',
      'p50',
      'p95',
      'p99',
      'errors',
      'CPU cores: server / PostgreSQL / load generator / other',
      'p95 ÷ SQL p95',
      'p95 ÷ empty route p95',
      'Target',
      'Met',
    ]),
    row(Array<string>(12).fill('---')),
  );
  const target = (key: EndpointKey): number | undefined =>
    key === 'room' || key === 'worklist' || key === 'worklistDeep' ? TARGETS[key] : undefined;
  for (const key of ['room', 'worklist', 'worklistDeep', 'casePage', 'score', 'decisionSave', 'empty'] as const) {
    const m = at(key);
    if (!m) continue;
    const h = m.http;
    const t = target(key);
    lines.push(
      row([
        `${LABELS[key]}: ${m.request}`,
        n(h.n),
        n(h.rps),
        ms(h.latency.p50),
        ms(h.latency.p95),
        ms(h.latency.p99),
        n(h.errors),
        cpu(m.cpu?.http),
        ratio(h.latency.p95, m.sql?.latency.p95),
        key === 'empty' ? '1.0×' : ratio(h.latency.p95, empty?.http.latency.p95),
        t === undefined ? '–' : `p95 < ${t} ms`,
        verdict(m, t, empty, cores),
      ]),
    );
    if (m.single) {
      const s = m.single;
      lines.push(
        row([
          `↳ the same request from 1 client at a time (service time, ${r.seconds.single} s)`,
          n(s.n),
          n(s.rps),
          ms(s.latency.p50),
          ms(s.latency.p95),
          ms(s.latency.p99),
          n(s.errors),
          '',
          '',
          '',
          '',
          '',
        ]),
      );
    }
    if (m.sql) {
      const s = m.sql;
      lines.push(
        row([
          `↳ floor: the same ${s.statementsPerRequest} SQL statements straight on PostgreSQL`,
          n(s.n),
          n(s.rps),
          ms(s.latency.p50),
          ms(s.latency.p95),
          ms(s.latency.p99),
          n(s.errors),
          cpu(m.cpu?.sql),
          '1.0×',
          '',
          '',
          '',
        ]),
      );
    }
    if (m.sqlSingle) {
      const s = m.sqlSingle;
      lines.push(
        row([
          `↳ floor from 1 connection at a time (the database's service time)`,
          n(s.n),
          n(s.rps),
          ms(s.latency.p50),
          ms(s.latency.p95),
          ms(s.latency.p99),
          n(s.errors),
          '',
          '',
          '',
          '',
          '',
        ]),
      );
    }
  }
  if (typeof r.fanout === 'string') {
    lines.push(
      row([
        'Live fan-out (50 followers)',
        '–',
        '–',
        '–',
        '–',
        '–',
        '–',
        '',
        '',
        `p95 < ${TARGETS.fanout} ms`,
        `not measured — ${r.fanout}`,
      ]),
    );
  } else if (r.fanout) {
    const f = r.fanout;
    const fan = (name: string, s: Summary, t?: number) =>
      row([
        name,
        n(s.n),
        '–',
        ms(s.p50),
        ms(s.p95),
        ms(s.p99),
        '0',
        '',
        '',
        '',
        t ? `p95 < ${t} ms` : '',
        t ? (s.p95 < t ? `yes (${ms(s.p95)})` : `no — ${ratio(s.p95, f.emptyRoundTrip.p95)} the empty round trip`) : '',
      ]);
    lines.push(
      fan(`Live fan-out: presenter advance → all ${f.followers} followers updated`, f.allUpdated, TARGETS.fanout),
      fan('↳ each follower’s update', f.perFollower),
      fan('↳ floor: empty Socket.IO round trip (loopback)', f.emptyRoundTrip),
    );
  }
  for (const load of r.firstLoad ?? []) {
    lines.push(
      row([
        `Web client first load of ${load.route} (JavaScript, gzip)`,
        '–',
        '–',
        '–',
        '–',
        '–',
        '–',
        '',
        '',
        '',
        `< ${TARGETS.firstLoadKb} KB`,
        load.kb < TARGETS.firstLoadKb ? `yes (${load.kb.toFixed(1)} KB)` : `no (${load.kb.toFixed(1)} KB)`,
      ]),
    );
  }
  if (!r.firstLoad)
    lines.push(
      row([
        'Web client first load',
        '–',
        '–',
        '–',
        '–',
        '–',
        '–',
        '',
        '',
        '< 250 KB',
        'not measured: web/dist not built',
      ]),
    );

  // How cost grows with the table.
  const scales = [...new Set(measurements.map((m) => m.scale))].sort((a, b) => a - b);
  lines.push(
    '',
    `### How cost grows with the table (p95; ${r.seconds.scale} s per point below ${n(last)}, SQL floors ${r.seconds.sqlScale} s)`,
    '',
    row(['Measure', ...scales.map((s) => `${n(s)} cases`), `${n(scales[0]!)} → ${n(last)}`]),
    row(Array<string>(scales.length + 2).fill('---')),
  );
  for (const key of ['room', 'worklist', 'worklistDeep'] as const) {
    const series = scales.map((s) => at(key, s));
    const first = series[0];
    const final = series.at(-1);
    lines.push(
      row([
        `${LABELS[key]}, HTTP`,
        ...series.map((m) => (m ? ms(m.http.latency.p95) : '–')),
        first && final ? ratio(final.http.latency.p95, first.http.latency.p95) : '–',
      ]),
      row([
        '↳ its SQL straight on PostgreSQL',
        ...series.map((m) => (m?.sql ? ms(m.sql.latency.p95) : '–')),
        first?.sql && final?.sql ? ratio(final.sql.latency.p95, first.sql.latency.p95) : '–',
      ]),
    );
    if (series.some((m) => m?.explain)) {
      lines.push(
        row([
          '↳ EXPLAIN ANALYZE of its main query: time, buffers, rows read',
          ...series.map((m) =>
            m?.explain
              ? `${m.explain.executionMs.toFixed(2)} ms, ${n(m.explain.sharedHit + m.explain.sharedRead)} buffers, ${n(m.explain.rows)} rows`
              : '–',
          ),
          '',
        ]),
      );
    }
  }

  // Seeding.
  const stages: SeedStage[] = r.api.seeding.stages;
  const totalRows = (s: SeedStage) => Object.values(s.rows).reduce((a, b) => a + b, 0);
  lines.push(
    '',
    '### Seeding (set-based SQL in PostgreSQL, timed)',
    '',
    row(['Stage', 'cases', 'rows in the database after', 'insert', 'ANALYZE']),
    row(Array<string>(5).fill('---')),
    row(['staff, benchmark users, 500 meetings', '–', '–', seconds(r.api.seeding.initMs), '–']),
    ...stages.map((s) =>
      row([`grow to ${n(s.cases)} cases`, n(s.cases), n(totalRows(s)), seconds(s.insertMs), seconds(s.analyzeMs)]),
    ),
    row([
      '**total**',
      n(stages.at(-1)?.cases ?? 0),
      n(stages.length ? totalRows(stages.at(-1)!) : 0),
      seconds(r.api.seeding.initMs + stages.reduce((a, s) => a + s.insertMs + s.analyzeMs, 0)),
      '',
    ]),
  );
  const lastRows = stages.at(-1)?.rows;
  if (lastRows) {
    lines.push(
      '',
      `Rows at ${n(last)} cases: ${Object.entries(lastRows)
        .map(([table, count]) => `${table} ${n(count)}`)
        .join(', ')}.`,
    );
  }

  // Where the time goes.
  lines.push('', '### Notes', '');
  lines.push(
    `- 500 meetings are seeded (498 past weekly boards, today's running board with the 20-case agenda, a running decision session); the server itself adds the weekly series' next occurrences for its 12-week horizon.`,
  );
  const room = at('room');
  if (room)
    lines.push(`- The live room answer for the 20-case agenda is ${n(r.api.roomPayloadBytes / 1024)} KB of JSON.`);
  for (const key of ['room', 'worklist', 'worklistDeep', 'casePage', 'decisionSave'] as const) {
    const m = at(key);
    const replay = m?.sqlSingle ?? m?.sql;
    if (!m || !replay) continue;
    const top = replay.topStatements
      .map((s) => `${s.meanMs.toFixed(2)} ms (${(s.share * 100).toFixed(0)} %) \`${s.sql}…\``)
      .join('; ');
    lines.push(
      `- ${LABELS[key]}: ${replay.statementsPerRequest} statements per request; slowest when replayed ${m.sqlSingle ? 'from one connection' : `by ${r.clients} connections`}: ${top}.`,
    );
  }
  for (const key of ['worklist', 'worklistDeep'] as const) {
    const m = at(key);
    if (m?.explain) lines.push(`- ${LABELS[key]} plan at ${n(last)} cases: ${m.explain.nodes.join(' → ')}.`);
  }
  lines.push(
    `- Every request that shows patient data also writes its audit row(s) (a committed INSERT), so each "read" is a write transaction; the SQL floors include those statements, as captured from the server.`,
    `- The load generator, the server and PostgreSQL share the same ${cores} cores; closed-loop latency at ${r.clients} clients is mostly queueing (p95 ≈ ${r.clients} ÷ throughput).`,
    `- Script wall time: ${(r.wallMs / 60_000).toFixed(1)} min (plus the build that \`npm run bench\` runs first).`,
  );
  return lines.join('\n') + '\n';
}
