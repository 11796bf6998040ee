import type { Role } from '@tumor-board/shared';

/** The board's clinical staff: they see every case. */
export const CLINICAL_ROLES: Role[] = [
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
export const CASE_ROLES: Role[] = [...CLINICAL_ROLES, 'referrer'];

/** Imaging summaries are written by radiologists, read by everyone on the case. */
export const IMAGING_AUTHOR_ROLES: Role[] = ['radiologist', 'interventional_radiologist'];

/** A referrer who holds no clinical role sees only their own patients (DESIGN §6). */
export const isReferrerOnly = (roles: readonly Role[]): boolean =>
  roles.includes('referrer') && !roles.some((r) => CLINICAL_ROLES.includes(r));

/** The roles that write a discipline's recommendation (one discipline each; see DISCIPLINE_ROLE). */
export const RECOMMENDING_ROLES: Role[] = [
  'radiologist',
  'interventional_radiologist',
  'radiation_oncologist',
  'surgeon',
  'medical_oncologist',
];
