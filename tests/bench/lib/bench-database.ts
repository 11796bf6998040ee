import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../../server/src/database/embedded-postgres.js';
import { createDataSource, runMigrations } from '../../../server/src/database/data-source.js';

export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}

const withUrl = (adminUrl: string, database: string) => {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

/**
 * A separate, migrated database for a benchmark: on DATABASE_URL's server when set (it is dropped
 * afterwards), otherwise on an embedded PostgreSQL in a temporary folder.
 */
export async function benchDatabase(): Promise<BenchDatabase> {
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
  const name = `tb_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  await admin.end();
  const url = withUrl(adminUrl, name);
  const dataSource = createDataSource({ url, poolSize: 2 });
  await dataSource.initialize();
  await runMigrations(dataSource);
  await dataSource.destroy();
  return {
    url,
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
      await client.end();
      await embedded?.stop();
    },
  };
}
