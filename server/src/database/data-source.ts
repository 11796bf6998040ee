import { DataSource, type DataSourceOptions } from 'typeorm';
import type { Logger } from 'pino';
import { MIGRATIONS } from '../../../migrations/index.js';
import { ENTITIES } from './entities.js';
import { describeError } from '../common/errors/describe-error.js';

export interface DataSourceSettings {
  url: string;
  poolSize?: number;
  logger?: Logger;
  applicationName?: string;
  /**
   * A role the connections act as (PostgreSQL `role` startup setting, i.e. SET ROLE). The app uses
   * `tumor_board_app`, which owns nothing and may only insert into the audit trail; migrations run
   * without it, as the owner.
   */
  role?: string;
}

/**
 * The one TypeORM configuration, shared by the app, the migration CLI and the tests.
 * `synchronize` is never on: the schema changes only through migrations/.
 */
export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    applicationName: settings.applicationName ?? 'tumor-board',
    poolSize: settings.poolSize ?? 10,
    // A dropped connection (restart, pg_terminate_backend) is reported on the pool; handling it
    // here is what keeps the process alive. The next query gets a fresh connection.
    poolErrorHandler: (error: unknown) => settings.logger?.warn({ err: describeError(error) }, 'database pool error'),
    extra: {
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      // Never wait forever on a lock or a stuck query.
      statement_timeout: 30_000,
      ...(settings.role ? { options: `-c role=${settings.role}` } : {}),
    },
  };
}

export function createDataSource(settings: DataSourceSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}

/** Serialises migration runs across processes starting at once against one database. */
const MIGRATION_LOCK = 7_231_004;

/** Needs a pool of at least two: one connection holds the lock while another migrates. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  // Advisory locks belong to a session, so lock and unlock on one dedicated connection.
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
