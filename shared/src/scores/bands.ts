import type { ScoreBand } from './types.js';

/**
 * Finds the published band holding `total`. The bands of each tool cover its whole range, so a miss
 * means a programming error (a table edited out of step with its scoring), not a user error.
 */
export function bandFor<C extends string>(total: number, bands: readonly ScoreBand<C>[]): ScoreBand<C> {
  const band = bands.find((b) => total >= b.min && total <= b.max);
  if (band === undefined) {
    throw new RangeError(`Total ${total} lies outside the published bands`);
  }
  return band;
}
