import { RouteTable } from '../../server/src/common/openapi/route-table.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { hostileRunner, routesNeedingSpecs, type HostileRun } from './hostile/engine.js';
import { ALL_SPECS } from './hostile/registry.js';
import { AUTH_ADMIN_SPECS } from './hostile/specs-auth-admin.js';
import { CANARY } from './hostile/values.js';
import { World } from './hostile/world.js';

/*
 * Hostile input (issue #8), part 1: property-based requests built from each route's zod schemas —
 * wrong types, missing and unknown fields, SQL injection, oversized and deep JSON, Unicode edge
 * cases, malformed JSON and wrong content types, hostile ids and queries. Never a 5xx, never a
 * stack trace or SQL in a body, a 400 names the bad field, and a refused request persists nothing.
 * The engine is tests/api/hostile/engine.ts; the other parts cover the clinical record, decisions
 * and meetings.
 */
describe('hostile input: sign-in, scores, user administration, audit, quality', () => {
  let t: TestApp;
  let world: World;
  let hostile: HostileRun;
  beforeAll(async () => {
    t = await startTestApp({ login: { maxFailures: 1_000, lockMs: 60_000, attemptsPerAddressPer15Min: 100_000 } });
    world = new World(t);
    hostile = await hostileRunner(world);
  }, 60_000);
  afterAll(async () => {
    await hostile?.close();
    await t?.close();
  });

  it('has a spec for every write route and every route that reads a query, and none for a route not served', () => {
    const routes = t.app.get(RouteTable).list();
    expect(Object.keys(ALL_SPECS).sort()).toEqual(routesNeedingSpecs(routes));
  });

  it.each(Object.keys(AUTH_ADMIN_SPECS))(
    '%s',
    (key) => expect(hostile.check(key, AUTH_ADMIN_SPECS[key]!)).resolves.toBeUndefined(),
    90_000,
  );

  it('never logged a hostile value it was sent', () => {
    expect(t.logs.text).not.toContain(CANARY);
  });
});
