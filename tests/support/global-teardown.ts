import pg from 'pg';

/** Drops every database this run created (on a shared server), then stops the embedded cluster. */
export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env.TB_TEST_ADMIN_URL;
  const runId = process.env.TB_TEST_RUN_ID;
  if (adminUrl && runId && !globalThis.__tbEmbedded) {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      const { rows } = await c.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname LIKE $2`,
        [`tb_test_${runId}_%`, `tb_template_${runId}`],
      );
      for (const { datname } of rows)
        await c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(datname)} WITH (FORCE)`);
    } finally {
      await c.end();
    }
  }
  await globalThis.__tbEmbedded?.stop();
  globalThis.__tbEmbedded = undefined;
}
