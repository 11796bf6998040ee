import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Module from 'node:module';
import pg from 'pg';
import { pino } from 'pino';
import type { EmbeddedDatabase } from '../../server/src/database/embedded-postgres.js';

/**
 * jest loads this file (not the tests) through plain `require`, without the moduleNameMapper that
 * maps our ESM-style `./x.js` imports to `./x.ts` and `@tumor-board/shared` to its source. Teach require the same mapping, then load the
 * project's modules with dynamic imports (which run after this patch).
 */
function resolveTsForJsImports(): void {
  const loader = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
  const resolve = loader._resolveFilename;
  const sharedSource = path.resolve(import.meta.dirname, '..', '..', 'shared', 'src', 'index.ts');
  loader._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
    // The shared package as source, as jest's moduleNameMapper does for the tests (no build needed).
    if (request === '@tumor-board/shared') return sharedSource;
    try {
      return resolve.call(this, request, ...rest);
    } catch (error) {
      if (request.startsWith('.') && request.endsWith('.js'))
        return resolve.call(this, request.slice(0, -3) + '.ts', ...rest);
      throw error;
    }
  };
}

declare global {
  // Shared with global-teardown.ts, which runs in the same process.
  var __tbEmbedded: EmbeddedDatabase | undefined;
}

/**
 * Once per jest run: find a PostgreSQL (DATABASE_URL's server, or an embedded one in a temporary
 * folder), and build a template database with every migration applied. Each test file then
 * copies the template (CREATE DATABASE … TEMPLATE), which takes milliseconds.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TB_TEST_ADMIN_URL) return; // a second project in the same run
  resolveTsForJsImports();
  const { startEmbeddedPostgres } = await import('../../server/src/database/embedded-postgres.js');
  const { createDataSource, runMigrations } = await import('../../server/src/database/data-source.js');
  const { databaseUrl, withAdmin } = await import('./test-database.js');
  const runId = randomBytes(3).toString('hex');
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const embedded = await startEmbeddedPostgres({
      dataDir: path.join(tmpdir(), `tumor-board-test-${runId}`, 'postgres'),
      persistent: false,
      logger: pino({ level: 'silent' }),
    });
    globalThis.__tbEmbedded = embedded;
    adminUrl = embedded.adminUrl;
  }
  const template = `tb_template_${runId}`;
  await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE ${pg.escapeIdentifier(template)}`));
  const dataSource = createDataSource({ url: databaseUrl(adminUrl, template), poolSize: 2 });
  await dataSource.initialize();
  await runMigrations(dataSource);
  await dataSource.destroy();

  process.env.TB_TEST_ADMIN_URL = adminUrl;
  process.env.TB_TEST_TEMPLATE_DB = template;
  process.env.TB_TEST_RUN_ID = runId;
}
