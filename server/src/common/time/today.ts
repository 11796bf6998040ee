import type { Clock } from '../clock.js';

/**
 * Today's calendar date (YYYY-MM-DD) for day-based clinical rules (readiness windows). Taken in
 * UTC: one fixed zone for every process, so two servers never disagree about "today".
 */
export const todayIso = (clock: Clock): string => clock.now().toISOString().slice(0, 10);
