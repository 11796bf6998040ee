import { useId } from 'react';
import { dayNumber } from '@tumor-board/shared';
import { formatDate } from './format';

export interface TrendPoint {
  /** YYYY-MM-DD */
  date: string;
  value: number;
}

export interface TrendChartProps {
  title: string;
  points: readonly TrendPoint[];
  min: number;
  max: number;
  /** Which way is worse, for the axis note ("higher is worse"). */
  color: string;
  /** Values to label on the y axis. */
  ticks: readonly number[];
}

const W = 440;
const H = 170;
const PAD = { left: 34, right: 14, top: 14, bottom: 30 };

/**
 * A small line chart of one measure over time (hand-drawn SVG; no chart library is bundled). Days
 * are spaced by calendar date, not by index, so a gap in assessments shows as a gap. The chart is an
 * image with a text summary; the assessment table beside it holds the same numbers.
 */
export function TrendChart({ title, points, min, max, color, ticks }: TrendChartProps) {
  const titleId = useId();
  const sorted = [...points].sort((a, b) => a.date.localeCompare(b.date));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const summary =
    first && last
      ? sorted.length === 1
        ? `${title}: ${first.value} on ${formatDate(first.date)}.`
        : `${title}: from ${first.value} on ${formatDate(first.date)} to ${last.value} on ${formatDate(last.date)}, ${sorted.length} readings.`
      : `${title}: no readings yet.`;

  const d0 = first ? dayNumber(first.date) : 0;
  const d1 = last ? dayNumber(last.date) : 1;
  const span = Math.max(d1 - d0, 1);
  const x = (date: string) =>
    sorted.length === 1
      ? (PAD.left + W - PAD.right) / 2
      : PAD.left + ((dayNumber(date) - d0) / span) * (W - PAD.left - PAD.right);
  const y = (value: number) => PAD.top + (1 - (value - min) / (max - min)) * (H - PAD.top - PAD.bottom);
  const path = sorted
    .map((p, i) => `${i === 0 ? 'M' : 'L'} ${x(p.date).toFixed(1)} ${y(p.value).toFixed(1)}`)
    .join(' ');

  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={titleId} className="trend-chart">
      <title id={titleId}>{summary}</title>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(tick)} y2={y(tick)} stroke="#e9ecef" />
          <text x={PAD.left - 6} y={y(tick) + 4} fontSize={11} textAnchor="end" fill="#495057">
            {tick}
          </text>
        </g>
      ))}
      <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} stroke="#adb5bd" />
      {first && (
        <text x={PAD.left} y={H - 10} fontSize={11} fill="#495057">
          {formatDate(first.date)}
        </text>
      )}
      {last && sorted.length > 1 && (
        <text x={W - PAD.right} y={H - 10} fontSize={11} fill="#495057" textAnchor="end">
          {formatDate(last.date)}
        </text>
      )}
      {sorted.length > 1 && <path d={path} fill="none" stroke={color} strokeWidth={2.5} strokeLinejoin="round" />}
      {sorted.map((p, i) => (
        <circle
          key={`${p.date}-${i}`}
          cx={x(p.date)}
          cy={y(p.value)}
          r={4}
          fill="#fff"
          stroke={color}
          strokeWidth={2.5}
        />
      ))}
      {sorted.length === 0 && (
        <text x={W / 2} y={H / 2} fontSize={13} textAnchor="middle" fill="#495057">
          No readings yet
        </text>
      )}
    </svg>
  );
}
