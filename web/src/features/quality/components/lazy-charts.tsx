import { lazy, Suspense, type ComponentProps } from 'react';
import { Skeleton } from '@mantine/core';

/*
 * The charts load after the figures and tables (their own chunk, with recharts), so the page's first
 * load stays within the JavaScript budget. While they load, a grey block keeps their place.
 */

const LazyHorizontalBars = lazy(() => import('./charts').then((m) => ({ default: m.HorizontalBars })));
const LazyGroupedBars = lazy(() => import('./charts').then((m) => ({ default: m.GroupedBars })));

export type { CountRow, GroupedSeries } from './charts';

export function HorizontalBarsChart(props: ComponentProps<typeof LazyHorizontalBars>) {
  return (
    <Suspense fallback={<Skeleton height={160} aria-hidden="true" />}>
      <LazyHorizontalBars {...props} />
    </Suspense>
  );
}

export function GroupedBarsChart(props: ComponentProps<typeof LazyGroupedBars>) {
  return (
    <Suspense fallback={<Skeleton height={260} aria-hidden="true" />}>
      <LazyGroupedBars {...props} />
    </Suspense>
  );
}
