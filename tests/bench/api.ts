import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BenchPostgres } from './lib/bench-database.js';
import { CpuMeter, type CpuShare } from './lib/cpu.js';
import { runLoad, type LoadClient, type LoadResult } from './lib/load.js';
import { log } from './lib/progress.js';
import { BENCH_PASSWORD } from './lib/seed.js';
import { startServer, type ServerProcess } from './lib/server-process.js';
import { BenchSession } from './lib/sessions.js';
import { explain, readCapture, runReplay, type CapturedStatement, type ReplayResult } from './lib/sql-floor.js';
import { DECISION_CASES, ROOM_CASES, SyntheticSeeder, type SeedStage } from './lib/synthetic-seed.js';

const PRELOAD = path.join(import.meta.dirname, 'lib', 'server-preload.ts');
const CAPTURE_PREFIX = 'benchcap-';
const EMPTY_ROUTE = '/api/bench/empty';
/** The role the server's connections act as (DB_APP_ROLE's default); the SQL floor uses it too. */
const APP_ROLE = 'tumor_board_app';
/** Endpoints with a DESIGN §8 target: also measured one client at a time (service time). */
const TARGETED = new Set<EndpointKey>(['room', 'worklist', 'worklistDeep']);

export interface ApiBenchConfig {
  clients: number;
  /** Case counts measured in turn; the last one gets every endpoint, the others the scaling set. */
  scales: number[];
  seconds: { main: number; scale: number; sql: number; sqlScale: number; warmup: number; single: number };
  keepDatabase: boolean;
}

export type EndpointKey = 'room' | 'worklist' | 'worklistDeep' | 'casePage' | 'score' | 'decisionSave' | 'empty';

export interface ExplainSummary {
  nodes: string[];
  executionMs: number;
  sharedHit: number;
  sharedRead: number;
  rows: number;
}

export interface Measurement {
  key: EndpointKey;
  scale: number;
  request: string;
  http: LoadResult;
  /** The same request from one client at a time: its service time, without queueing. */
  single?: LoadResult;
  sql?: ReplayResult;
  /** The same statements from one connection at a time: the database's service time. */
  sqlSingle?: ReplayResult;
  explain?: ExplainSummary;
  /** Cores used during the HTTP run and during the SQL floor. */
  cpu?: { http?: CpuShare; sql?: CpuShare };
}

export interface ApiBenchResult {
  database: 'embedded' | 'external';
  seeding: { initMs: number; stages: SeedStage[] };
  measurements: Measurement[];
  /** The live room's answer for the 20-case agenda, bytes. */
  roomPayloadBytes: number;
}

interface Endpoint {
  key: EndpointKey;
  request: string;
  /** Capture every client's request (they differ) or only the first (they are all the same). */
  perClient: boolean;
  clients(): Promise<LoadClient[]>;
  /** Replay workers' statements; default: worker k replays capture k (or the only one). */
  replay?(captures: CapturedStatement[][]): Promise<ReplayWorkers>;
}

type ReplayWorkers = Parameters<typeof runReplay>[2];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until the server has no statement or transaction open on the database, twice in a row: a
 * run's last requests (cut off by the load tool) finish before the next run or a version is read.
 */
async function quiesce(seeder: SyntheticSeeder): Promise<void> {
  const deadline = Date.now() + 60_000;
  let quiet = 0;
  while (quiet < 2 && Date.now() < deadline) {
    const { rows } = await seeder.query<{ busy: string }>(
      `SELECT count(*) AS busy FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name = 'tumor-board'
          AND state <> 'idle'`,
    );
    quiet = Number(rows[0]!.busy) === 0 ? quiet + 1 : 0;
    await sleep(100);
  }
}

const SINS_INPUT = JSON.stringify({
  level: 'L3',
  pain: 'mechanical',
  lesion: 'lytic',
  alignment: 'normal',
  collapse: 'none',
  posterolateral: 'none',
});

/** A request sent once with a capture id, so the server's preload records its SQL. */
async function captureOnce(baseUrl: string, client: LoadClient, id: string): Promise<void> {
  const r = client.next();
  const res = await fetch(baseUrl + r.path, {
    method: r.method,
    headers: { ...r.headers, 'x-request-id': id },
    body: r.body,
  });
  const text = await res.text();
  client.onResponse?.(res.status, text);
  if (res.status >= 300) throw new Error(`capture ${id}: ${r.method} ${r.path} answered ${res.status}: ${text}`);
}

/**
 * The API benchmark: seeds a separate database in stages, and at each size drives the built server
 * (its own process, over loopback) with autocannon at N signed-in clients, then replays the SQL each
 * request sent straight on PostgreSQL (the floor). The last size gets every endpoint and the empty
 * route (the framework's floor).
 */
export async function runApiBench(postgres: BenchPostgres, config: ApiBenchConfig): Promise<ApiBenchResult> {
  const captureDir = await mkdtemp(path.join(tmpdir(), 'tb-bench-sql-'));
  const captureFile = path.join(captureDir, 'capture.jsonl');
  log('creating and migrating the benchmark database');
  const db = await postgres.createDatabase();
  const seeder = new SyntheticSeeder(db.url);
  let server: ServerProcess | undefined;
  const measurements: Measurement[] = [];
  const stages: SeedStage[] = [];
  let roomPayloadBytes = 0;
  try {
    const init = await seeder.init(config.clients, BENCH_PASSWORD);
    log(`seeded staff, ${config.clients} benchmark users and 500 meetings in ${(init.ms / 1000).toFixed(1)} s`);
    const grow = async (cases: number) => {
      const stage = await seeder.growTo(cases);
      stages.push(stage);
      const total = Object.values(stage.rows).reduce((a, b) => a + b, 0);
      log(
        `seeded up to ${cases.toLocaleString('en')} cases: ${(stage.insertMs / 1000).toFixed(1)} s + ANALYZE ${(stage.analyzeMs / 1000).toFixed(1)} s (${total.toLocaleString('en')} rows in all)`,
      );
    };
    await grow(config.scales[0]!);

    server = await startServer(
      db.url,
      {
        BENCH_SQL_CAPTURE: captureFile,
        // 50 sign-ins from one address, sessions that outlive the run, score requests spread over
        // addresses by X-Forwarded-For (as behind the production proxy): settings of this process only.
        LOGIN_ATTEMPTS_PER_ADDRESS: '10000',
        SESSION_IDLE_MINUTES: '120',
        TRUST_PROXY: 'true',
      },
      { preload: [PRELOAD] },
    );
    const baseUrl = server.url;
    log(`server started at ${baseUrl}; signing in ${config.clients} users`);
    const sessions: BenchSession[] = [];
    for (let k = 0; k < config.clients; k += 10) {
      sessions.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(10, config.clients - k) }, (_, i) =>
            BenchSession.signIn(baseUrl, `bench.${k + i}@bench.example`, BENCH_PASSWORD),
          ),
        )),
      );
    }
    const read = (k: number) => ({ cookie: sessions[k]!.cookieHeader });
    const write = (k: number) => ({
      cookie: sessions[k]!.cookieHeader,
      'x-csrf-token': sessions[k]!.csrfToken,
      'content-type': 'application/json',
    });
    const each = (make: (k: number) => LoadClient) => Array.from({ length: config.clients }, (_, k) => make(k));
    const roomId = await seeder.id('meeting:room');

    const endpoints = (scale: number): Record<EndpointKey, () => Promise<Endpoint>> => ({
      room: () =>
        Promise.resolve({
          key: 'room',
          request: `GET /api/meetings/:id/live (${ROOM_CASES}-case agenda)`,
          perClient: false,
          clients: () =>
            Promise.resolve(
              each((k) => ({
                next: () => ({ method: 'GET', path: `/api/meetings/${roomId}/live`, headers: read(k) }),
              })),
            ),
        }),
      worklist: () =>
        Promise.resolve({
          key: 'worklist',
          request: 'GET /api/cases (first page, 25 newest)',
          perClient: false,
          clients: () =>
            Promise.resolve(each((k) => ({ next: () => ({ method: 'GET', path: '/api/cases', headers: read(k) }) }))),
        }),
      worklistDeep: async () => {
        const depth = Math.floor(scale / 2 / 100) * 100;
        const cursor = await deepCursor(seeder, sessions[0]!, depth);
        const pathWithCursor = `/api/cases?cursor=${encodeURIComponent(cursor)}`;
        return {
          key: 'worklistDeep',
          request: `GET /api/cases?cursor= (page after row ${depth.toLocaleString('en')})`,
          perClient: false,
          clients: () =>
            Promise.resolve(each((k) => ({ next: () => ({ method: 'GET', path: pathWithCursor, headers: read(k) }) }))),
        };
      },
      casePage: async () => {
        const caseIds: string[] = [];
        for (let k = 0; k < config.clients; k++) {
          caseIds.push(await seeder.id(`case:${151 + Math.floor((k * (scale - 151)) / config.clients)}`));
        }
        return {
          key: 'casePage',
          request: 'GET /api/cases/:id (one case per client, across the table)',
          perClient: true,
          clients: () =>
            Promise.resolve(
              each((k) => ({ next: () => ({ method: 'GET', path: `/api/cases/${caseIds[k]}`, headers: read(k) }) })),
            ),
        };
      },
      score: () => {
        let address = 0;
        return Promise.resolve({
          key: 'score',
          request: 'POST /api/scores/sins',
          perClient: false,
          clients: () =>
            Promise.resolve(
              each((k) => ({
                next: () => {
                  const i = (address++ % 8000) + 1;
                  return {
                    method: 'POST',
                    path: '/api/scores/sins',
                    headers: { ...write(k), 'x-forwarded-for': `10.${i >> 16}.${(i >> 8) & 255}.${i & 255}` },
                    body: SINS_INPUT,
                  };
                },
              })),
            ),
        });
      },
      decisionSave: async () => {
        const decisionIds: string[] = [];
        for (let k = 0; k < config.clients; k++) {
          decisionIds.push(await seeder.id(`decision:${ROOM_CASES + 1 + (k % DECISION_CASES)}`));
        }
        const drafts = async () => {
          const { rows } = await seeder.query<DraftRow>(
            `SELECT id, case_id, version, items, attendee_ids FROM board_decision WHERE id = ANY($1::uuid[])`,
            [decisionIds],
          );
          return new Map(rows.map((r) => [r.id, r]));
        };
        let revision = 0;
        return {
          key: 'decisionSave',
          request: 'PATCH /api/cases/:id/decisions/:id (own draft per client)',
          perClient: true,
          async clients() {
            await quiesce(seeder); // requests cut off at the end of a run may still be committing
            const current = await drafts();
            return each((k) => {
              const draft = current.get(decisionIds[k]!)!;
              let version = draft.version;
              const items = draft.items.map((i) => ({
                id: i.id,
                item: i.item,
                sourceRecommendationId: i.sourceRecommendationId,
                sourceItemId: i.sourceItemId,
                dueBy: i.dueBy,
              }));
              return {
                next: () => ({
                  method: 'PATCH',
                  path: `/api/cases/${draft.case_id}/decisions/${draft.id}`,
                  headers: write(k),
                  body: JSON.stringify({
                    version,
                    rationale: `Agreed after discussion (revision ${++revision}).`,
                    items,
                    attendeeIds: draft.attendee_ids,
                  }),
                }),
                onResponse: (status, body) => {
                  try {
                    const answer = JSON.parse(body) as { version?: number; current?: { version?: number } };
                    version = answer.version ?? answer.current?.version ?? version;
                  } catch {
                    // keep the version
                  }
                },
              };
            });
          },
          async replay(captures) {
            const current = await drafts();
            return captures.map((statements, k) => {
              const update = statements.findIndex((s) => /^UPDATE "board_decision"/.test(s.text));
              const where =
                update >= 0 ? statements[update]!.text.slice(statements[update]!.text.lastIndexOf('WHERE')) : '';
              const versionParam = Number(/"?version"?\s*=\s*\$(\d+)/i.exec(where)?.[1] ?? 0);
              if (!versionParam) throw new Error('decision save: no versioned UPDATE among the captured statements');
              let version = current.get(decisionIds[k]!)!.version;
              return {
                statements: () =>
                  statements.map((s, i) =>
                    i === update
                      ? { text: s.text, values: s.values.map((v, j) => (j === versionParam - 1 ? version : v)) }
                      : s,
                  ),
                after: (results) => {
                  if (results[update]?.rowCount === 1) version += 1;
                },
              };
            });
          },
        };
      },
      empty: () =>
        Promise.resolve({
          key: 'empty',
          request: `GET ${EMPTY_ROUTE} (signed in, returns {})`,
          perClient: false,
          clients: () =>
            Promise.resolve(each((k) => ({ next: () => ({ method: 'GET', path: EMPTY_ROUTE, headers: read(k) }) }))),
        }),
    });

    for (const [index, scale] of config.scales.entries()) {
      if (index > 0) await grow(scale);
      const last = index === config.scales.length - 1;
      const only = process.env.BENCH_ONLY?.split(',');
      const keys = (
        last
          ? (['room', 'worklist', 'worklistDeep', 'casePage', 'score', 'decisionSave', 'empty'] as const)
          : (['room', 'worklist', 'worklistDeep'] as const)
      ).filter((key) => !only || only.includes(key));
      const httpSeconds = last ? config.seconds.main : config.seconds.scale;
      const made = endpoints(scale);
      const measured: {
        endpoint: Endpoint;
        http: LoadResult;
        httpCpu?: CpuShare;
        single?: LoadResult;
        captureIds: string[];
      }[] = [];
      for (const key of keys) {
        const endpoint = await made[key]();
        const clients = await endpoint.clients();
        const captureIds: string[] = [];
        for (let k = 0; k < (endpoint.perClient ? clients.length : 1); k++) {
          const id = `${CAPTURE_PREFIX}${key}-${scale}-${k}`;
          await captureOnce(baseUrl, clients[k]!, id);
          captureIds.push(id);
        }
        if (key === 'room' && last) {
          const res = await fetch(`${baseUrl}/api/meetings/${roomId}/live`, { headers: read(0) });
          roomPayloadBytes = (await res.arrayBuffer()).byteLength;
        }
        log(`${scale.toLocaleString('en')} cases — ${endpoint.request}: warm-up ${config.seconds.warmup} s`);
        await runLoad(baseUrl, await endpoint.clients(), config.seconds.warmup);
        await quiesce(seeder);
        log(`${scale.toLocaleString('en')} cases — ${endpoint.request}: ${httpSeconds} s at ${config.clients} clients`);
        const loadClients = await endpoint.clients();
        const meter = await CpuMeter.start(server?.pid);
        const http = await runLoad(baseUrl, loadClients, httpSeconds);
        const httpCpu = await meter?.stop();
        await quiesce(seeder);
        log(
          `  ${http.n} requests, ${http.rps.toFixed(0)} req/s, p95 ${http.latency.p95.toFixed(1)} ms, errors ${http.errors}${http.errors ? ` ${JSON.stringify(http.statuses)} ${http.firstError ?? ''}` : ''}`,
        );
        let single: LoadResult | undefined;
        if (last && TARGETED.has(key)) {
          log(`  the same request from one client at a time: ${config.seconds.single} s`);
          single = await runLoad(baseUrl, (await endpoint.clients()).slice(0, 1), config.seconds.single);
          await quiesce(seeder);
        }
        measured.push({ endpoint, http, httpCpu, single, captureIds });
      }
      // The floors: the same statements straight on PostgreSQL. At the last size the server is
      // stopped first, so nothing else (its outbox relay, session touches) runs beside them.
      if (last) {
        await server?.stop();
        server = undefined;
      }
      const captured = await readCapture(captureFile);
      for (const { endpoint, http, httpCpu, single, captureIds } of measured) {
        // A session's last_seen_at is refreshed once a minute, not per request: left out of the floor.
        const captures = captureIds.map((id) =>
          (captured.get(id) ?? []).filter((s) => !/^UPDATE "user_session" SET "last_seen_at"/.test(s.text)),
        );
        const workers: ReplayWorkers = endpoint.replay
          ? await endpoint.replay(captures)
          : Array.from({ length: config.clients }, (_, k) => ({ statements: () => captures[k % captures.length]! }));
        const seconds = last ? config.seconds.sql : config.seconds.sqlScale;
        log(
          `${scale.toLocaleString('en')} cases — SQL floor of ${endpoint.key}: ${captures[0]!.length} statements, ${seconds} s`,
        );
        const sqlMeter = await CpuMeter.start(server?.pid);
        const sql = await runReplay(db.url, APP_ROLE, workers, seconds);
        const sqlCpu = await sqlMeter?.stop();
        const sqlSingle =
          last && TARGETED.has(endpoint.key)
            ? await runReplay(db.url, APP_ROLE, workers.slice(0, 1), config.seconds.single, 0.5)
            : undefined;
        log(`  ${sql.n} replays, p95 ${sql.latency.p95.toFixed(1)} ms, errors ${sql.errors}`);
        const main = captures[0]!.find((s) => /FROM board_case c/.test(s.text));
        const plan = endpoint.key.startsWith('worklist') && main ? await explain(db.url, main) : undefined;
        measurements.push({
          key: endpoint.key,
          scale,
          request: endpoint.request,
          http,
          single,
          sql,
          sqlSingle,
          explain: plan,
          cpu: { http: httpCpu, sql: sqlCpu },
        });
      }
    }
    return { database: postgres.mode, seeding: { initMs: init.ms, stages }, measurements, roomPayloadBytes };
  } finally {
    await server?.stop();
    await seeder.close().catch(() => undefined);
    await db.drop({ keep: config.keepDatabase });
    if (config.keepDatabase) log(`kept the benchmark database: ${db.name}`);
    await rm(captureDir, { recursive: true, force: true });
  }
}

interface DraftRow {
  id: string;
  case_id: string;
  version: number;
  items: {
    id: string;
    item: unknown;
    sourceRecommendationId: string | null;
    sourceItemId: string | null;
    dueBy: string | null;
  }[];
  attendee_ids: string[];
}

/**
 * The cursor of the page after row `depth` (newest first). Built from the row itself; if the server
 * does not take it (its cursor format changed), found by walking the pages instead.
 */
async function deepCursor(seeder: SyntheticSeeder, session: BenchSession, depth: number): Promise<string> {
  const { rows } = await seeder.query<{ at: string; id: string }>(
    `SELECT to_char(referred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at, id
       FROM board_case ORDER BY referred_at DESC, id DESC OFFSET $1 LIMIT 2`,
    [depth - 1],
  );
  const [lastRow, nextRow] = rows;
  const built = Buffer.from(JSON.stringify({ at: lastRow!.at, id: lastRow!.id })).toString('base64url');
  const res = await session.request('GET', `/api/cases?limit=1&cursor=${encodeURIComponent(built)}`);
  if (res.status === 200) {
    const page = (await res.json()) as { items: { id: string }[] };
    if (page.items[0]?.id === nextRow!.id) return built;
  }
  log(`  the server did not take a built cursor; walking ${depth / 100} pages instead`);
  let cursor: string | null = null;
  for (let read = 0; read < depth; read += 100) {
    const pageRes = await session.request(
      'GET',
      `/api/cases?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    cursor = ((await pageRes.json()) as { nextCursor: string | null }).nextCursor;
    if (!cursor) throw new Error(`the worklist ended before row ${depth}`);
  }
  return cursor!;
}
