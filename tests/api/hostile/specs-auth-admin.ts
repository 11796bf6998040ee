import { createUser } from '../../factories/users.js';
import type { HostileRegistry } from './engine.js';

let counter = 0;
const uniqueEmail = () => `hostile-${Date.now().toString(36)}-${++counter}@test.example`;

/**
 * Sign-in, setup links, logout, the public score calculators, user administration, the audit trail
 * and the quality dashboard.
 */
export const AUTH_ADMIN_SPECS: HostileRegistry = {
  'POST /api/auth/login': {
    role: 'anonymous',
    validStatus: 401,
    // No such account, so a well-formed attempt is a 401 that touches no row.
    setup: ({ t }) => ({
      client: t.client(),
      body: () => ({ email: 'nobody@test.example', password: 'not the password at all' }),
    }),
  },
  'POST /api/auth/setup': {
    role: 'anonymous',
    // No setup link was issued (the test database has no pending setup token).
    validStatus: 400,
    setup: ({ t }) => ({
      client: t.client(),
      body: () => ({
        token: 'x'.repeat(43),
        name: 'Ada Admin',
        email: 'ada.admin@test.example',
        password: 'a long enough passphrase',
      }),
      fieldValues: { token: ['', 'a'.repeat(201), "' OR token IS NOT NULL --"] },
    }),
  },
  'POST /api/auth/password': {
    role: 'anonymous',
    // No such link.
    validStatus: 400,
    setup: ({ t }) => ({
      client: t.client(),
      body: () => ({ token: 'x'.repeat(43), password: 'a long enough passphrase' }),
      fieldValues: { token: ['', 'a'.repeat(201), "' OR 1=1 --"] },
    }),
  },
  'POST /api/auth/logout': {
    role: 'coordinator',
    // Logout ends every session of its user: a user of its own, signed in again after each success.
    setup: async (world) => ({ client: (await world.fresh(['coordinator'])).client }),
    renewAfterSuccess: true,
    numRuns: 6,
  },
  'POST /api/scores/:tool': {
    role: 'anonymous',
    // Rate limited to 120 per minute per address: examples and runs stay well under it.
    setup: ({ t }) => ({
      client: t.client(),
      params: { tool: 'sins' },
      body: () => ({
        level: 'T12',
        pain: 'mechanical',
        lesion: 'lytic',
        alignment: 'normal',
        collapse: 'under_50',
        posterolateral: 'unilateral',
      }),
    }),
  },
  'POST /api/admin/users': {
    role: 'admin',
    setup: async (world) => ({
      client: (await world.as('admin')).client,
      body: () => ({ name: 'New Colleague', email: uniqueEmail(), roles: ['coordinator'], discipline: null }),
      fieldValues: {
        roles: [['admin', 'admin'], ['superuser'], [], Array.from({ length: 11 }, () => 'chair')],
        email: ['a@b', 'ADA@TEST.EXAMPLE', `${'a'.repeat(250)}@x.io`, 'ada@test.example\u0000'],
      },
    }),
  },
  'PATCH /api/admin/users/:id': {
    role: 'admin',
    // A user of its own: a role change or deactivation ends that user's sessions.
    setup: async (world) => {
      const target = await createUser(world.t.dataSource, { roles: ['radiologist'], discipline: 'radiology' });
      return {
        client: (await world.as('admin')).client,
        params: { id: target.id },
        body: async () => ({ version: await world.version('app_user', target.id), name: 'Renamed Colleague' }),
        fieldValues: { roles: [['admin', 'superuser'], []], active: [false, 'false', 0] },
        ids: [target.id],
      };
    },
  },
  'POST /api/admin/users/:id/password-reset': {
    role: 'admin',
    setup: async (world) => {
      const target = await createUser(world.t.dataSource, { roles: ['surgeon'] });
      return { client: (await world.as('admin')).client, params: { id: target.id }, ids: [target.id] };
    },
    numRuns: 6,
  },
  'GET /api/admin/audit': {
    role: 'admin',
    setup: async (world) => ({
      client: (await world.as('admin')).client,
      query: () => ({ action: 'patient.read', from: '2026-01-01T00:00:00Z' }),
    }),
  },
  'GET /api/quality': {
    role: 'coordinator',
    setup: async (world) => ({
      client: (await world.as('coordinator')).client,
      query: () => ({ from: '2026-01-01', to: '2026-03-31' }),
    }),
  },
  'GET /api/quality/export.csv': {
    role: 'chair',
    setup: async (world) => ({
      client: (await world.as('chair')).client,
      query: () => ({ from: '2026-01-01', to: '2026-01-31' }),
    }),
    numRuns: 6,
  },
  'GET /api/admin/audit/export': {
    role: 'admin',
    setup: async (world) => ({
      client: (await world.as('admin')).client,
      query: () => ({ outcome: 'denied' }),
    }),
    numRuns: 6,
  },
};
