import type { Role } from '@tumor-board/shared';

/**
 * Who may call each route: the one reviewable table of the access policy. `public` = anyone,
 * `signed_in` = any signed-in user, otherwise the roles allowed. The matrix test calls every route
 * as every role (and signed out) and checks the answer against this table; a route missing here
 * fails the test. Record-level rules (a referrer sees only their own patients) are tested in the
 * feature tests.
 */
export type Expected = 'public' | 'signed_in' | readonly Role[];

export const ACCESS_MATRIX: Record<string, Expected> = {
  'GET /api/health': 'public',
  'GET /api/health/ready': 'public',
  'GET /api/openapi.json': 'public',
  'GET /api/docs': 'public',
  'GET /api/docs/init.js': 'public',

  'POST /api/auth/login': 'public',
  'POST /api/auth/setup': 'public',
  'POST /api/auth/password': 'public',
  'GET /api/auth/me': 'signed_in',
  'POST /api/auth/logout': 'signed_in',

  'POST /api/scores/:tool': 'public',

  'GET /api/admin/users': ['admin'],
  'POST /api/admin/users': ['admin'],
  'PATCH /api/admin/users/:id': ['admin'],
  'POST /api/admin/users/:id/password-reset': ['admin'],
  'GET /api/admin/audit': ['admin'],
  'GET /api/admin/audit/export': ['admin'],
};
