import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config/config.js';
import { createLogger } from '../common/logging/logger.js';
import { describeError } from '../common/errors/describe-error.js';
import { resolveDatabase } from './resolve-database.js';
import { createDataSource, runMigrations } from './data-source.js';

/** `npm run migrate`: applies pending migrations to DATABASE_URL (or the embedded database). */
async function migrate(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  const database = await resolveDatabase(config, logger);
  const dataSource = createDataSource({
    url: database.url,
    logger,
    poolSize: 2,
    applicationName: 'tumor-board-migrate',
  });
  try {
    await dataSource.initialize();
    const applied = await runMigrations(dataSource);
    process.stdout.write(
      applied.length ? `Applied: ${applied.join(', ')}\n` : 'Nothing to apply: the schema is up to date.\n',
    );
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await database.stop();
  }
}

migrate().catch((error: unknown) => {
  process.stderr.write(
    error instanceof ConfigError ? `${error.message}\n` : `Migration failed: ${JSON.stringify(describeError(error))}\n`,
  );
  process.exit(1);
});
