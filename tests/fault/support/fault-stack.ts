import type { DataSource } from 'typeorm';
import type { Role } from '@tumor-board/shared';
import { createDataSource } from '../../../server/src/database/data-source.js';
import { createUser, type TestUser } from '../../factories/users.js';
import { HttpClient } from '../../support/http.js';
import type { TestApp } from '../../support/test-app.js';
import { RestartablePostgres } from './restartable-postgres.js';
import { ServerChild } from './server-child.js';

/** A PostgreSQL of its own, the built server as a process on it, and a superuser connection for checks. */
export interface FaultStack {
  postgres: RestartablePostgres;
  databaseUrl: string;
  server: ServerChild;
  /** The test's own connection (superuser), for creating users and checking rows. */
  sql: DataSource;
  /** A new user with these roles, signed in over HTTP (own cookie jar, CSRF header on writes). */
  signInAs(roles: Role[]): Promise<{ user: TestUser; client: HttpClient }>;
  /** What the factories need of a test app (they only use `client()` and `dataSource`). */
  factoryApp(): TestApp;
  close(): Promise<void>;
}

export async function startFaultStack(): Promise<FaultStack> {
  const postgres = await RestartablePostgres.create();
  try {
    const databaseUrl = await postgres.createDatabase('tumor_board_fault');
    // The server migrates the empty database as it starts.
    const server = await ServerChild.start(databaseUrl);
    const sql = createDataSource({ url: databaseUrl, poolSize: 2, applicationName: 'fault-suite' });
    await sql.initialize();
    const signInAs = async (roles: Role[]) => {
      const user = await createUser(sql, { roles });
      const client = new HttpClient(server.url);
      const res = await client.post('/api/auth/login', { email: user.email, password: user.password });
      if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${res.text}`);
      return { user, client };
    };
    return {
      postgres,
      databaseUrl,
      server,
      sql,
      signInAs,
      factoryApp: () => ({ url: server.url, client: () => new HttpClient(server.url), dataSource: sql }) as TestApp,
      async close() {
        await server.stop();
        await sql.destroy().catch(() => undefined);
        await postgres.destroy();
      },
    };
  } catch (error) {
    await postgres.destroy();
    throw error;
  }
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `check` holds; the time it took, or a rejection after `ms`. */
export async function eventually(what: string, check: () => Promise<boolean>, ms = 20_000): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check().catch(() => false)) return Date.now() - started;
    if (Date.now() - started > ms) throw new Error(`${what}: not within ${ms} ms`);
    await pause(100);
  }
}

/** One block per scenario on stdout: what was done, what was seen, what was checked. */
export function report(title: string, sections: Record<string, string[]>): void {
  const lines = [`\n[fault] ${title}`];
  for (const [heading, items] of Object.entries(sections)) {
    lines.push(`  ${heading}:`);
    for (const item of items) lines.push(`    - ${item}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
