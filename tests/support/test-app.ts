import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { createApp } from '../../server/src/bootstrap.js';
import type { Clock } from '../../server/src/common/clock.js';
import { loadConfig, type AppConfig } from '../../server/src/config/config.js';
import { createLogger } from '../../server/src/common/logging/logger.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import { HttpClient } from './http.js';
import { LogCaptureStream as LogCapture } from '../../server/src/testing/log-capture-stream.js';

export interface TestApp {
  url: string;
  http: HttpClient;
  /** A fresh client with its own cookie jar (another browser). */
  client(): HttpClient;
  app: NestExpressApplication;
  dataSource: DataSource;
  database: TestDatabase;
  /** Every line the app logged, for tests that check what logs must never hold. */
  logs: LogCapture;
  close(): Promise<void>;
}

export interface TestAppOptions {
  emptyDatabase?: boolean;
  /** A ManualClock to move session time forward. */
  clock?: Clock;
}

/**
 * The real Nest app on a real PostgreSQL database of its own, listening on a free loopback port.
 * Call once per test file (beforeAll) and close in afterAll.
 */
export async function startTestApp(overrides: Partial<AppConfig> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase({ empty: options.emptyDatabase });
  const logs = new LogCapture();
  const config: AppConfig = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug' }), ...overrides };
  const logger = createLogger(config.logLevel, logs);
  const app = await createApp({ config, databaseUrl: database.url, logger, clock: options.clock });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    http: new HttpClient(url),
    client: () => new HttpClient(url),
    app,
    dataSource: app.get(DataSource),
    database,
    logs,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
