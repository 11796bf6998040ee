import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { summarize, type Summary } from './stats.js';

/** One statement as the server sent it to PostgreSQL (text and parameters). */
export interface CapturedStatement {
  text: string;
  values: unknown[];
}

/** Statements per captured request, in the order the server sent them. */
export async function readCapture(file: string): Promise<Map<string, CapturedStatement[]>> {
  const byRequest = new Map<string, CapturedStatement[]>();
  const text = await readFile(file, 'utf8').catch(() => '');
  for (const line of text.split('\n')) {
    if (!line) continue;
    const { id, text: sql, values } = JSON.parse(line) as { id: string; text: string; values: unknown[] };
    byRequest.set(id, [...(byRequest.get(id) ?? []), { text: sql, values }]);
  }
  return byRequest;
}

export interface ReplayWorker {
  /** The statements of one request, replayed in order on this worker's own connection. */
  statements(): CapturedStatement[];
  /** Sees each statement's result (e.g. to follow a row's version). */
  after?(results: pg.QueryResult[]): void;
}

export interface ReplayResult {
  n: number;
  seconds: number;
  rps: number;
  latency: Summary;
  errors: number;
  statementsPerRequest: number;
  /** Where the time goes: the slowest statements of a request, by mean time. */
  topStatements: { sql: string; meanMs: number; share: number }[];
}

/**
 * The database's floor for an endpoint: the exact statements one request sent, replayed straight on
 * PostgreSQL through node-postgres, one connection per concurrent worker, for `seconds`. Each
 * connection acts as the app's role, as the server's do. Latency = one whole request's statements.
 */
export async function runReplay(
  url: string,
  role: string,
  workers: ReplayWorker[],
  seconds: number,
  warmupSeconds = 1,
): Promise<ReplayResult> {
  const clients = workers.map(
    () => new pg.Client({ connectionString: url, ...(role ? { options: `-c role=${role}` } : {}) }),
  );
  await Promise.all(clients.map((c) => c.connect()));
  let errors = 0;
  let firstError: unknown;
  const latencies: number[] = [];
  const statementMs: number[] = [];
  const loop = async (until: number, record: boolean) =>
    Promise.all(
      workers.map(async (worker, i) => {
        const client = clients[i]!;
        while (performance.now() < until) {
          const statements = worker.statements();
          const t0 = performance.now();
          try {
            const results: pg.QueryResult[] = [];
            for (const [j, s] of statements.entries()) {
              const s0 = performance.now();
              results.push(await client.query(s.text, s.values));
              if (record) statementMs[j] = (statementMs[j] ?? 0) + performance.now() - s0;
            }
            const elapsed = performance.now() - t0;
            worker.after?.(results);
            if (record) latencies.push(elapsed);
          } catch (error) {
            if (record) errors += 1;
            firstError ??= error;
            await client.query('ROLLBACK').catch(() => undefined);
          }
        }
      }),
    );
  try {
    await loop(performance.now() + warmupSeconds * 1000, false);
    const start = performance.now();
    await loop(start + seconds * 1000, true);
    const elapsed = (performance.now() - start) / 1000;
    if (errors && firstError) {
      process.stderr.write(
        `  SQL replay errors: ${errors} (first: ${firstError instanceof Error ? firstError.message : JSON.stringify(firstError)})\n`,
      );
    }
    const sample = workers[0]?.statements() ?? [];
    const total = statementMs.reduce((a, b) => a + b, 0);
    const topStatements = statementMs
      .map((sum, j) => ({
        sql: (sample[j]?.text ?? '').replace(/\s+/g, ' ').slice(0, 90),
        meanMs: latencies.length ? sum / latencies.length : 0,
        share: total ? sum / total : 0,
      }))
      .sort((a, b) => b.meanMs - a.meanMs)
      .slice(0, 3);
    return {
      topStatements,
      n: latencies.length,
      seconds: elapsed,
      rps: latencies.length / elapsed,
      latency: summarize(latencies),
      errors,
      statementsPerRequest: workers.length ? workers[0]!.statements().length : 0,
    };
  } finally {
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) of one captured SELECT: the plan's nodes, rows read and time. */
export async function explain(
  url: string,
  statement: CapturedStatement,
): Promise<{ nodes: string[]; executionMs: number; sharedHit: number; sharedRead: number; rows: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number }] }>(
      `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement.text}`,
      statement.values,
    );
    const root = rows[0]!['QUERY PLAN'][0];
    const nodes: string[] = [];
    let scanned = 0;
    const walk = (node: PlanNode) => {
      const name = [node['Node Type'], node['Index Name'] ?? node['Relation Name']].filter(Boolean).join(' ');
      nodes.push(`${name} (${node['Actual Rows'] * (node['Actual Loops'] ?? 1)} rows)`);
      if (node['Node Type'].includes('Scan')) scanned += node['Actual Rows'] * (node['Actual Loops'] ?? 1);
      for (const child of node.Plans ?? []) walk(child);
    };
    walk(root.Plan);
    return {
      nodes,
      executionMs: root['Execution Time'],
      sharedHit: root.Plan['Shared Hit Blocks'] ?? 0,
      sharedRead: root.Plan['Shared Read Blocks'] ?? 0,
      rows: scanned,
    };
  } finally {
    await client.end();
  }
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows': number;
  'Actual Loops'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}
