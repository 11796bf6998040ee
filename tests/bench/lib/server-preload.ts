/*
 * Loaded into the benchmark's server process before the built main.js (`node --import`); never part
 * of the product. It adds two things, both only to this process:
 *
 *  1. GET /api/bench/empty: a signed-in route that returns {} — the framework's floor (middleware,
 *     session lookup in the auth guard, interceptors, JSON), registered on the real AppModule so it
 *     runs behind exactly the same bootstrap as every other route.
 *  2. With BENCH_SQL_CAPTURE=<file>: every SQL statement a request whose X-Request-Id starts with
 *     `benchcap-` sends to PostgreSQL, appended to <file> as JSON lines. The benchmark replays them
 *     straight on PostgreSQL as each endpoint's floor. Other requests are not recorded.
 */
import 'reflect-metadata';
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Controller, Get } from '@nestjs/common';
import pg from 'pg';

type AppModuleExports = typeof import('../../../server/src/app.module.js');
type AccessExports = typeof import('../../../server/src/common/access/access.decorators.js');
type ContextExports = typeof import('../../../server/src/common/request-context/request-context.js');

const dist = path.resolve(import.meta.dirname, '..', '..', '..', 'server', 'dist', 'server', 'src');
const load = <T>(file: string) => import(pathToFileURL(path.join(dist, file)).href) as Promise<T>;

export const CAPTURE_PREFIX = 'benchcap-';
export const EMPTY_ROUTE = '/api/bench/empty';

const { AppModule } = await load<AppModuleExports>('app.module.js');
const { SignedIn } = await load<AccessExports>('common/access/access.decorators.js');
const { currentRequestId } = await load<ContextExports>('common/request-context/request-context.js');

@Controller('bench')
class BenchEmptyController {
  @Get('empty')
  empty(): Record<string, never> {
    return {};
  }
}
// The access rule comes from the built server's own decorator (the guard denies a route without one).
const handler = Object.getOwnPropertyDescriptor(BenchEmptyController.prototype, 'empty')!;
SignedIn()(BenchEmptyController.prototype, 'empty', handler);

const forRoot = AppModule.forRoot.bind(AppModule);
AppModule.forRoot = (options) => {
  const module = forRoot(options);
  return { ...module, controllers: [...(module.controllers ?? []), BenchEmptyController] };
};

const captureFile = process.env.BENCH_SQL_CAPTURE;
if (captureFile) {
  type Query = (this: pg.Client, ...args: unknown[]) => unknown;
  const prototype = pg.Client.prototype as unknown as { query: Query };
  const query = prototype.query;
  prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const id = currentRequestId();
    if (id?.startsWith(CAPTURE_PREFIX)) {
      const [first, second] = args;
      const config = typeof first === 'string' ? { text: first } : (first as { text: string; values?: unknown[] });
      const values = Array.isArray(second) ? (second as unknown[]) : config.values;
      appendFileSync(captureFile, `${JSON.stringify({ id, text: config.text, values: values ?? [] })}\n`);
    }
    return query.apply(this, args);
  };
}
