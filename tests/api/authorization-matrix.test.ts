import { randomUUID } from 'node:crypto';
import { ROLES, type Role } from '@tumor-board/shared';
import { RouteTable, type RouteEntry } from '../../server/src/common/openapi/route-table.js';
import { signInAs } from '../factories/users.js';
import type { HttpClient } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ACCESS_MATRIX, type Expected } from './authorization-matrix.js';

/** Fills path parameters with values that pass validation, so access is what decides. */
const PARAM_VALUES: Record<string, () => string> = { tool: () => 'sins' };
/** Query strings some routes require, so that validation passes and access decides. */
const QUERY: Record<string, string> = {
  'GET /api/meetings': '?from=2026-01-01&to=2026-02-01',
  'GET /api/meeting-series/:id/feed.ics': '?token=0123456789abcdef0123',
};
const concretePath = (path: string) =>
  path.replace(/:([A-Za-z]+)/g, (_m, name: string) => (PARAM_VALUES[name] ?? randomUUID)());

const allows = (expected: Expected, role: Role | 'anonymous') =>
  expected === 'public' || (role !== 'anonymous' && (expected === 'signed_in' || expected.includes(role)));

/** Sessions end on logout, so that route goes last. */
const ENDS_SESSION = 'POST /api/auth/logout';

describe('authorization matrix: every role × every route', () => {
  let t: TestApp;
  let routes: RouteEntry[];
  beforeAll(async () => {
    t = await startTestApp({ login: { maxFailures: 100, lockMs: 60_000, attemptsPerAddressPer15Min: 10_000 } });
    routes = t.app.get(RouteTable).list();
  });
  afterAll(() => t.close());

  const key = (r: RouteEntry) => `${r.method} ${r.path}`;

  it('has a row for every route, and no row for a route that does not exist', () => {
    const served = routes.map(key).sort();
    expect(served).toEqual(Object.keys(ACCESS_MATRIX).sort());
  });

  async function statusOf(client: HttpClient, route: RouteEntry): Promise<number> {
    const path = concretePath(route.path) + (QUERY[`${route.method} ${route.path}`] ?? '');
    const res = await client.request(path, { method: route.method, ...(route.method === 'GET' ? {} : { body: {} }) });
    return res.status;
  }

  function verdict(expected: Expected, role: Role | 'anonymous', status: number): string {
    if (allows(expected, role)) {
      if (status >= 500) return `failed (${status})`;
      return status === 401 || status === 403 ? `refused (${status})` : 'allowed';
    }
    const wanted = role === 'anonymous' ? 401 : 403;
    return status === wanted ? 'denied' : `not denied (${status})`;
  }

  it.each([...ROLES, 'anonymous' as const])('matches the table for %s', async (role) => {
    const client = role === 'anonymous' ? t.client() : (await signInAs(t, [role])).client;
    const ordered = [...routes].sort((a, b) => Number(key(a) === ENDS_SESSION) - Number(key(b) === ENDS_SESSION));
    const mismatches: string[] = [];
    for (const route of ordered) {
      const expected = ACCESS_MATRIX[key(route)]!;
      const got = verdict(expected, role, await statusOf(client, route));
      const want = allows(expected, role) ? 'allowed' : 'denied';
      if (got !== want) mismatches.push(`${key(route)}: expected ${want}, ${got}`);
    }
    expect(mismatches).toEqual([]);
  });
});
