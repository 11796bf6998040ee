/** The calendar's views and the dates they cover, in the browser's zone; weeks start on Monday. */
export type CalendarView = 'month' | 'week';

const DAY_MS = 24 * 60 * 60 * 1000;

export const startOfDay = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate());

export const addDays = (date: Date, days: number) =>
  new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);

export const startOfWeek = (date: Date) => addDays(startOfDay(date), -((date.getDay() + 6) % 7));

/** The days shown: one week, or the six weeks holding the month. */
export function visibleDays(view: CalendarView, anchor: Date): Date[] {
  const first =
    view === 'week' ? startOfWeek(anchor) : startOfWeek(new Date(anchor.getFullYear(), anchor.getMonth(), 1));
  const count = view === 'week' ? 7 : 42;
  return Array.from({ length: count }, (_, i) => addDays(first, i));
}

/** One step back or forward. */
export const shiftAnchor = (view: CalendarView, anchor: Date, step: number) =>
  view === 'week' ? addDays(anchor, 7 * step) : new Date(anchor.getFullYear(), anchor.getMonth() + step, 1);

/** "2026-11-27" for the local day (a stable key). */
export const dayKey = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

export const isSameDay = (a: Date, b: Date) => dayKey(a) === dayKey(b);

export const rangeLabel = (view: CalendarView, anchor: Date) => {
  if (view === 'month') return anchor.toLocaleDateString(undefined, { month: 'long', year: 'numeric' });
  const days = visibleDays('week', anchor);
  const fmt = (d: Date) => d.toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
  return `${fmt(days[0]!)} – ${fmt(days[6]!)} ${days[6]!.getFullYear()}`;
};

export { DAY_MS };
