import type { Role } from './roles.js';

/*
 * Who may do what on a case. The server enforces these (DESIGN §6); the web only uses them to hide
 * what the server would refuse. One list, so the two ends cannot drift apart.
 */

/** The board's clinical staff: they see every case and move it through the workflow. */
export const CLINICAL_ROLES: readonly Role[] = [
  'coordinator',
  'clinician',
  'radiologist',
  'interventional_radiologist',
  'radiation_oncologist',
  'surgeon',
  'medical_oncologist',
  'chair',
];

/** Who may read and edit the clinical record; referrers only for patients they referred. */
export const CASE_ROLES: readonly Role[] = [...CLINICAL_ROLES, 'referrer'];

/** Imaging summaries are written by radiologists, read by everyone on the case. */
export const IMAGING_AUTHOR_ROLES: readonly Role[] = ['radiologist', 'interventional_radiologist'];

/** The roles that write a discipline's recommendation (one discipline each). */
export const RECOMMENDING_ROLES: readonly Role[] = [
  'radiologist',
  'interventional_radiologist',
  'radiation_oncologist',
  'surgeon',
  'medical_oncologist',
];

/** A referrer who holds no clinical role sees only their own patients (DESIGN §6). */
export const isReferrerOnly = (roles: readonly Role[]): boolean =>
  roles.includes('referrer') && !roles.some((role) => CLINICAL_ROLES.includes(role));

/** The workflow moves a referrer-only user may make: submit or withdraw their own cases. */
export const REFERRER_MOVES: readonly string[] = ['submitted', 'withdrawn'];

/**
 * Who sees the quality dashboard: the people who run the board (as for the overdue follow-up list).
 * The figures are aggregates, but the reasons given for items modified or not done are clinicians'
 * free text, so the dashboard stays with clinical staff, not admins.
 */
export const QUALITY_ROLES: readonly Role[] = ['coordinator', 'chair'];
