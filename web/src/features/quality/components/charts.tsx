import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/*
 * The dashboard's charts (recharts). This module is loaded on its own (lazy-charts.tsx), so the
 * charting library never weighs on the page's first load. Every chart repeats a table shown beside
 * it, which is the text alternative: the chart itself is hidden from assistive technology and
 * carries no keyboard stops.
 */

export interface CountRow {
  label: string;
  value: number;
  color?: string;
}

const AXIS = { fontSize: 12 };
const DEFAULT_COLOR = 'var(--mantine-color-blue-6)';

/** One bar per row, laid horizontally so long labels stay readable. */
export function HorizontalBars({ rows, unit }: { rows: readonly CountRow[]; unit?: string }) {
  return (
    <div aria-hidden="true" style={{ width: '100%', height: Math.max(120, rows.length * 34 + 40) }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={[...rows]} layout="vertical" margin={{ left: 8, right: 24 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={unit !== undefined} tick={AXIS} unit={unit} />
          <YAxis type="category" dataKey="label" width={200} tick={AXIS} />
          <Tooltip cursor={{ fillOpacity: 0.2 }} />
          <Bar dataKey="value" name={unit ? `Median (${unit.trim()})` : 'Count'} isAnimationActive={false}>
            {rows.map((row) => (
              <Cell key={row.label} fill={row.color ?? DEFAULT_COLOR} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export interface GroupedSeries {
  key: string;
  label: string;
  color: string;
}

/** Several bars per group (e.g. pain response at 30 and at 90 days). */
export function GroupedBars({
  data,
  series,
  groupKey,
}: {
  data: readonly Record<string, string | number>[];
  series: readonly GroupedSeries[];
  groupKey: string;
}) {
  return (
    <div aria-hidden="true" style={{ width: '100%', height: 260 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={[...data]} margin={{ left: 0, right: 16 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis dataKey={groupKey} tick={AXIS} />
          <YAxis allowDecimals={false} tick={AXIS} />
          <Tooltip cursor={{ fillOpacity: 0.2 }} />
          <Legend wrapperStyle={AXIS} />
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
