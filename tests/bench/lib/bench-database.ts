import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../../server/src/database/embedded-postgres.js';
import { createDataSource, runMigrations } from '../../../server/src/database/data-source.js';

export interface BenchDatabase {
  /** Superuser (owner) URL of the database; the server acts as `tumor_board_app` on it. */
  url: string;
  name: string;
  /** Drops it, unless `keep` (then only on DATABASE_URL's server is it still reachable afterwards). */
  drop(options?: { keep?: boolean }): Promise<void>;
}

export interface BenchPostgres {
  mode: 'embedded' | 'external';
  /** A fresh database with every migration applied. */
  createDatabase(): Promise<BenchDatabase>;
  stop(): Promise<void>;
}

const withDatabase = (adminUrl: string, database: string) => {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

/**
 * The PostgreSQL the benchmark creates its databases on: DATABASE_URL's server when set (each
 * database is dropped afterwards), otherwise an embedded PostgreSQL in a temporary folder, started
 * once for the whole run and removed at the end.
 */
export async function startBenchPostgres(): Promise<BenchPostgres> {
  let embedded: EmbeddedDatabase | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(tmpdir(), `tumor-board-bench-${randomBytes(3).toString('hex')}`, 'postgres'),
      persistent: false,
      logger: pino({ level: 'silent' }),
    });
    adminUrl = embedded.adminUrl;
  }
  const admin = adminUrl;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    mode: embedded ? 'embedded' : 'external',
    async createDatabase() {
      const name = `tb_bench_${randomBytes(4).toString('hex')}`;
      await run(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
      const url = withDatabase(admin, name);
      const dataSource = createDataSource({ url, poolSize: 2 });
      await dataSource.initialize();
      await runMigrations(dataSource);
      await dataSource.destroy();
      return {
        url,
        name,
        async drop(options = {}) {
          if (options.keep) return;
          await run(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
        },
      };
    },
    async stop() {
      await embedded?.stop();
    },
  };
}
