/*
 * The routes as the server declares them, for the hostile-input engine: the zod schemas a handler
 * validates with (from Nest's metadata, as the OpenAPI document reads them), which routes need a
 * spec, and whether a role may call a route.
 */
import type { Role } from '@tumor-board/shared';
import type { z } from 'zod';
import { OPENAPI_BODY, OPENAPI_PARAMS, OPENAPI_QUERY } from '../../../server/src/common/openapi/api-decorators.js';
import type { RouteEntry } from '../../../server/src/common/openapi/route-table.js';
import { ACCESS_MATRIX } from '../authorization-matrix.js';

interface RouteSchemas {
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
}

export const routeKey = (r: Pick<RouteEntry, 'method' | 'path'>) => `${r.method} ${r.path}`;

export function schemasOf(route: RouteEntry): RouteSchemas {
  const read = (key: string) => Reflect.getMetadata(key, route.prototype, route.handler) as z.ZodType | undefined;
  return { body: read(OPENAPI_BODY), query: read(OPENAPI_QUERY), params: read(OPENAPI_PARAMS) };
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The routes that must have a hostile-input spec: every write route of the authorization matrix
 * (the one table of every route) and every route that reads a query.
 */
export function routesNeedingSpecs(routes: readonly RouteEntry[]): string[] {
  const writes = Object.keys(ACCESS_MATRIX).filter((key) => WRITE_METHODS.has(key.split(' ')[0]!));
  const withQuery = routes.filter((r) => schemasOf(r).query).map(routeKey);
  return [...new Set([...writes, ...withQuery])].sort();
}

/** Whether the authorization matrix lets `role` call the route (a spec must use an allowed role). */
export const allows = (route: string, role: Role | 'anonymous'): boolean => {
  const expected = ACCESS_MATRIX[route];
  if (expected === undefined) return false;
  if (expected === 'public') return true;
  if (role === 'anonymous') return false;
  return expected === 'signed_in' || expected.includes(role);
};
