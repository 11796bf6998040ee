import type { QualityQuery } from '@tumor-board/shared';

/** Query keys of the quality dashboard: one report per period and series, and the series to choose from. */
export const qualityKeys = {
  all: ['quality'] as const,
  report: (query: QualityQuery) => [...qualityKeys.all, 'report', query] as const,
  seriesOptions: () => [...qualityKeys.all, 'series-options'] as const,
};
