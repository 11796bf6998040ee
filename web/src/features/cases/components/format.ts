import type { WorklistRow } from '@tumor-board/shared';

/*
 * Display helpers for clinical dates and names. A calendar date (`YYYY-MM-DD`: birth, diagnosis,
 * assessment) is a day, not an instant, so it is formatted in UTC: formatting it in the browser's
 * zone could show the day before.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "12 Mar 2025" for a calendar date; the input unchanged if it is not one. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '—';
  if (!ISO_DATE.test(date)) return date;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return parsed.toLocaleDateString(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
}

/** "12 Mar 2025" for a timestamp, in the browser's zone. */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(undefined, { dateStyle: 'medium' });
}

/** Today's calendar date where the user is (for date inputs' defaults and ages). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole years from a birth date to today (or `on`). */
export function ageInYears(birthDate: string, on: string = localToday()): number | undefined {
  if (!ISO_DATE.test(birthDate) || !ISO_DATE.test(on)) return undefined;
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

type Named = Pick<WorklistRow['patient'], 'givenName' | 'familyName'>;

/** "Helena Marsh". */
export const patientName = (p: Named): string => `${p.givenName} ${p.familyName}`;

/** "Marsh, Helena": how lists sort and show patients. */
export const patientSortName = (p: Named): string => `${p.familyName}, ${p.givenName}`;
