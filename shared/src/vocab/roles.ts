/** Roles a user may hold (DESIGN §3). A user may hold several. */
export const ROLES = [
  'admin',
  'coordinator',
  'clinician',
  'radiologist',
  'interventional_radiologist',
  'radiation_oncologist',
  'surgeon',
  'medical_oncologist',
  'chair',
  'referrer',
] as const;
export type Role = (typeof ROLES)[number];

/** The disciplines that sit on the board and give recommendations, plus coordination. */
export const DISCIPLINES = [
  'radiology',
  'interventional_radiology',
  'radiation_oncology',
  'surgical_oncology',
  'medical_oncology',
  'coordination',
  'nursing',
  'other',
] as const;
export type Discipline = (typeof DISCIPLINES)[number];
