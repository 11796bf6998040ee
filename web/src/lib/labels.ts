import type { Discipline, Role } from '@tumor-board/shared';

/** How roles read on screen; a Record so a role added to `shared` without a label fails to compile. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  admin: 'Administrator',
  coordinator: 'Coordinator',
  clinician: 'Clinician',
  radiologist: 'Radiologist',
  interventional_radiologist: 'Interventional radiologist',
  radiation_oncologist: 'Radiation oncologist',
  surgeon: 'Surgeon',
  medical_oncologist: 'Medical oncologist',
  chair: 'Board chair',
  referrer: 'Referring physician',
};

export const DISCIPLINE_LABELS: Readonly<Record<Discipline, string>> = {
  radiology: 'Radiology',
  interventional_radiology: 'Interventional radiology',
  radiation_oncology: 'Radiation oncology',
  surgical_oncology: 'Surgical oncology',
  medical_oncology: 'Medical oncology',
  coordination: 'Coordination',
  nursing: 'Nursing',
  other: 'Other',
};

export const roleList = (roles: readonly Role[]): string => roles.map((role) => ROLE_LABELS[role]).join(', ');

/** "12 Mar 2025, 14:05" (with seconds if asked) in the browser's locale and time zone. */
export function formatDateTime(iso: string, withSeconds = false): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: withSeconds ? 'medium' : 'short' });
}
