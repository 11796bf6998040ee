import type { CountPoints } from '@tumor-board/shared';
import type { ChoiceOption, FormValue, FormValues } from './tool-types';

/** Shared helpers for building the tool definitions from `shared`'s published tables. */

/** The options of a published points table, in the table's order, with a label for every key. */
export function options<K extends string>(
  table: Readonly<Record<K, number>>,
  labels: Readonly<Record<K, string>>,
): ChoiceOption[] {
  return (Object.keys(table) as K[]).map((value) => ({ value, label: labels[value], points: table[value] }));
}

/** Options that carry no points (NOMS inputs, yes/no questions). */
export function plainOptions<K extends string>(
  values: readonly K[],
  labels: Readonly<Record<K, string>>,
): ChoiceOption[] {
  return values.map((value) => ({ value, label: labels[value], points: null }));
}

export const pointsWord = (points: number) => (points === 1 ? '1 point' : `${points} points`);

/** "3 or more: 0 points; 1–2: 1 point; none: 2 points" from a Tokuhashi count table. */
export function countRule(rows: readonly CountPoints[], zero: string): string {
  return rows
    .map((row) => {
      const range =
        row.max === null
          ? `${row.min} or more`
          : row.min === row.max
            ? row.min === 0
              ? zero
              : `${row.min}`
            : `${row.min}–${row.max}`;
      return `${range}: ${pointsWord(row.points)}`;
    })
    .join('; ');
}

/** Every key of `fields` as null, then the answered values: the calculator reports what is missing. */
export function pick(values: FormValues, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, values[key] ?? null]));
}

export const asNumber = (value: FormValue): number | null =>
  value === null || value === '' ? null : typeof value === 'number' ? value : Number(value);
