import type { Role } from '@tumor-board/shared';

/**
 * Who may call each route: the one reviewable table of the access policy. `public` = anyone,
 * `signed_in` = any signed-in user, otherwise the roles allowed. The matrix test calls every route
 * as every role (and signed out) and checks the answer against this table; a route missing here
 * fails the test. Record-level rules (a referrer sees only their own patients) are tested in the
 * feature tests.
 */
export type Expected = 'public' | 'signed_in' | readonly Role[];

/** The board's clinical staff. */
const CLINICAL: readonly Role[] = [
  'coordinator',
  'clinician',
  'radiologist',
  'interventional_radiologist',
  'radiation_oncologist',
  'surgeon',
  'medical_oncologist',
  'chair',
];
/** The clinical record: staff, and referrers for their own patients (record-level, tested elsewhere). */
const CASE: readonly Role[] = [...CLINICAL, 'referrer'];
const IMAGING: readonly Role[] = ['radiologist', 'interventional_radiologist'];
const SCHEDULERS: readonly Role[] = ['coordinator', 'chair'];
/** Each writes their own discipline's recommendation (the discipline check is in the service). */
const RECOMMENDING: readonly Role[] = [
  'radiologist',
  'interventional_radiologist',
  'radiation_oncologist',
  'surgeon',
  'medical_oncologist',
];

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

  'GET /api/patients': CASE,
  'POST /api/patients': CASE,
  'GET /api/patients/:id': CASE,
  'PATCH /api/patients/:id': CASE,

  'GET /api/cases': CASE,
  'POST /api/cases': CASE,
  'GET /api/cases/:caseId': CASE,
  'PATCH /api/cases/:caseId': CASE,
  'POST /api/cases/:caseId/transitions': CASE,
  'GET /api/cases/:caseId/history': CASE,
  'GET /api/cases/:caseId/assessments': CASE,
  'POST /api/cases/:caseId/assessments': CASE,
  'PATCH /api/cases/:caseId/assessments/:id': CASE,
  'DELETE /api/cases/:caseId/assessments/:id': CASE,
  'GET /api/cases/:caseId/lesions': CASE,
  'POST /api/cases/:caseId/lesions': CASE,
  'PATCH /api/cases/:caseId/lesions/:id': CASE,
  'DELETE /api/cases/:caseId/lesions/:id': CASE,
  'GET /api/cases/:caseId/imaging': CASE,
  'POST /api/cases/:caseId/imaging': IMAGING,
  'PATCH /api/cases/:caseId/imaging/:id': IMAGING,
  'DELETE /api/cases/:caseId/imaging/:id': IMAGING,

  'GET /api/cases/:caseId/recommendations': CASE,
  'POST /api/cases/:caseId/recommendations': RECOMMENDING,
  'PATCH /api/cases/:caseId/recommendations/:id': RECOMMENDING,
  'GET /api/cases/:caseId/decisions': CASE,
  'POST /api/cases/:caseId/decisions': CLINICAL,
  'PATCH /api/cases/:caseId/decisions/:id': CLINICAL,
  'POST /api/cases/:caseId/decisions/:id/sign': ['chair'],
  'POST /api/cases/:caseId/decisions/:id/amendments': ['chair'],
  'GET /api/cases/:caseId/decisions/:id/letter': CASE,
  'GET /api/cases/:caseId/fhir': CASE,

  'GET /api/inbox': CASE,
  'GET /api/decisions/:id/follow-up': CASE,
  'POST /api/decisions/:id/acknowledge': CASE,
  'PUT /api/decisions/:id/items/:itemId/outcome': CASE,
  'PUT /api/decisions/:id/outcomes': CASE,
  'GET /api/follow-up/overdue': ['coordinator', 'chair'],

  'GET /api/meeting-series': CLINICAL,
  'POST /api/meeting-series': SCHEDULERS,
  'PATCH /api/meeting-series/:id': SCHEDULERS,
  'GET /api/meeting-series/:id/feed-url': CLINICAL,
  'GET /api/meeting-series/:id/feed.ics': 'public',
  'GET /api/meetings': CLINICAL,
  'POST /api/meetings': SCHEDULERS,
  'GET /api/meetings/:id': CLINICAL,
  'PATCH /api/meetings/:id': SCHEDULERS,
  'POST /api/meetings/:id/cancel': SCHEDULERS,
  'GET /api/meetings/:id/ics': CLINICAL,
  'POST /api/meetings/:id/agenda': SCHEDULERS,
  'PUT /api/meetings/:id/agenda/order': SCHEDULERS,
  'PATCH /api/meetings/:id/agenda/:itemId': SCHEDULERS,
  'DELETE /api/meetings/:id/agenda/:itemId': SCHEDULERS,
  'POST /api/meetings/:id/attendance': CLINICAL,
  'DELETE /api/meetings/:id/attendance/:userId': CLINICAL,
  'GET /api/meetings/:id/live': CLINICAL,
  'GET /api/meetings/:id/live/state': CLINICAL,
  'POST /api/meetings/:id/live/commands': CLINICAL,
  'GET /api/meetings/:id/minutes': CLINICAL,
  'GET /api/meetings/:id/minutes.pdf': CLINICAL,

  'GET /api/users/directory': CLINICAL,

  'GET /api/quality': ['coordinator', 'chair'],
  'GET /api/quality/export.csv': ['coordinator', 'chair'],

  'GET /api/admin/users': ['admin'],
  'POST /api/admin/users': ['admin'],
  'PATCH /api/admin/users/:id': ['admin'],
  'POST /api/admin/users/:id/password-reset': ['admin'],
  'GET /api/admin/audit': ['admin'],
  'GET /api/admin/audit/export': ['admin'],
};
