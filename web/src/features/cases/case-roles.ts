import type { CurrentUser, Role } from '@tumor-board/shared';

/*
 * Who may do what on a case, as the server decides it (server/src/modules/cases/case-roles.ts). The
 * web only uses these to hide what would be refused; the server checks every call.
 */

/** The board's clinical staff: they see every case and move it through the workflow. */
const CLINICAL_ROLES: readonly Role[] = [
  'coordinator',
  'clinician',
  'radiologist',
  'interventional_radiologist',
  'radiation_oncologist',
  'surgeon',
  'medical_oncologist',
  'chair',
];

/** Imaging summaries are written by radiologists. */
export const IMAGING_AUTHOR_ROLES: readonly Role[] = ['radiologist', 'interventional_radiologist'];

/** A referrer without a clinical role: sees their own patients, refers in their own name. */
export const isReferrerOnly = (user: Pick<CurrentUser, 'roles'>): boolean =>
  user.roles.includes('referrer') && !user.roles.some((role) => CLINICAL_ROLES.includes(role));

/** Moves a referrer-only user may make (submit or withdraw their own cases). */
export const REFERRER_MOVES: readonly string[] = ['submitted', 'withdrawn'];
