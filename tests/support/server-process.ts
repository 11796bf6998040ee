import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { createApp } from '../../server/src/bootstrap.js';
import { createLogger } from '../../server/src/common/logging/logger.js';
import { loadConfig, type AppConfig } from '../../server/src/config/config.js';
import { LogCaptureStream as LogCapture } from '../../server/src/testing/log-capture-stream.js';
import { HttpClient } from './http.js';
import type { TestApp } from './test-app.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface ServerCluster {
  database: TestDatabase;
  /** One TestApp per server; `close()` on one stops that server alone (the database stays). */
  servers: TestApp[];
  /** Stops every server still running, then drops the database. */
  close(): Promise<void>;
}

/**
 * Several instances of the real app on ONE database, each with its own Nest container, connection
 * pools, outbox relay and Socket.IO server on its own loopback port: what two server processes behind
 * a load balancer share is the database alone (sessions, the live outbox, the Socket.IO Postgres
 * adapter). They run in the test's process because the api tests do not build the server first.
 */
export async function startServersOnOneDatabase(count = 2, overrides: Partial<AppConfig> = {}): Promise<ServerCluster> {
  const database = await createTestDatabase();
  const servers: TestApp[] = [];
  const running = new Set<TestApp>();
  try {
    for (let i = 0; i < count; i++) {
      const logs = new LogCapture();
      const config: AppConfig = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug' }), ...overrides };
      const app = await createApp({ config, databaseUrl: database.url, logger: createLogger(config.logLevel, logs) });
      await app.listen(0, '127.0.0.1');
      const { port } = app.getHttpServer().address() as AddressInfo;
      const url = `http://127.0.0.1:${port}`;
      const server: TestApp = {
        url,
        http: new HttpClient(url),
        client: () => new HttpClient(url),
        app,
        dataSource: app.get(DataSource),
        database,
        logs,
        async close() {
          if (!running.delete(server)) return;
          await app.close();
        },
      };
      servers.push(server);
      running.add(server);
    }
  } catch (error) {
    await Promise.all([...running].map((s) => s.close()));
    await database.drop();
    throw error;
  }
  return {
    database,
    servers,
    async close() {
      await Promise.all(servers.map((s) => s.close()));
      await database.drop();
    },
  };
}
