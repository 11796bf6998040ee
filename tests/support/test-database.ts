import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Set by global-setup.ts for every worker: where test databases are created, and from what. */
export const testEnv = () => {
  const adminUrl = process.env.TB_TEST_ADMIN_URL;
  const template = process.env.TB_TEST_TEMPLATE_DB;
  const runId = process.env.TB_TEST_RUN_ID;
  if (!adminUrl || !template || !runId)
    throw new Error('Test database settings are missing: run the tests through jest (global-setup).');
  return { adminUrl, template, runId };
};

export const databaseUrl = (adminUrl: string, database: string) => {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

export async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/**
 * A database of this test file's own, copied from the migrated template, so files run in
 * parallel and never see each other's rows. `empty: true` gives one with no schema at all.
 */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const { adminUrl, template, runId } = testEnv();
  const name = `tb_test_${runId}_${randomBytes(4).toString('hex')}`;
  await withAdmin(adminUrl, (c) =>
    c.query(
      `CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(options.empty ? 'template0' : template)}`,
    ),
  );
  return {
    name,
    url: databaseUrl(adminUrl, name),
    drop: () =>
      withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}
