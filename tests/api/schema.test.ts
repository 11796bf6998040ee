import { createDataSource } from '../../server/src/database/data-source.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import type { DataSource } from 'typeorm';

describe('entities and migrations', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createDataSource({ url: db.url, poolSize: 2 });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('agree: generating a migration against the migrated database yields nothing', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('have no pending migration in the template', async () => {
    expect(await dataSource.showMigrations()).toBe(false);
  });

  it('can be reverted and re-applied', async () => {
    for (let i = 0; i < dataSource.migrations.length; i++) await dataSource.undoLastMigration();
    expect(await dataSource.query(`SELECT to_regclass('app_user') AS t`)).toEqual([{ t: null }]);
    await dataSource.runMigrations();
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries).toHaveLength(0);
  });
});
