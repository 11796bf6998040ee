import { addDays, qualityQuerySchema, type QualityQuery } from '@tumor-board/shared';

/** How many days the dashboard shows when no period is chosen (today included). */
export const DEFAULT_PERIOD_DAYS = 90;

/** Today as the server counts days (UTC), so "today" is the same day on both ends. */
export const utcToday = (now = new Date()): string => now.toISOString().slice(0, 10);

export interface QualityFilters {
  from: string;
  to: string;
  /** '' for every series. */
  seriesId: string;
}

/** The filters in the address bar, or the last 90 days of every series. */
export function filtersFrom(params: URLSearchParams, today = utcToday()): QualityFilters {
  return {
    from: params.get('from') ?? addDays(today, 1 - DEFAULT_PERIOD_DAYS),
    to: params.get('to') ?? today,
    seriesId: params.get('seriesId') ?? '',
  };
}

export type FilterErrors = Partial<Record<keyof QualityFilters, string>>;

/** The query the server accepts, or what is wrong with each field (the server's own schema). */
export function validateFilters(filters: QualityFilters): { query: QualityQuery | null; errors: FilterErrors } {
  const parsed = qualityQuerySchema.safeParse({
    from: filters.from,
    to: filters.to,
    ...(filters.seriesId ? { seriesId: filters.seriesId } : {}),
  });
  if (parsed.success) return { query: parsed.data, errors: {} };
  const errors: FilterErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field === 'from' || field === 'to' || field === 'seriesId') errors[field] ??= issue.message;
  }
  return { query: null, errors };
}
