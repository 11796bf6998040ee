import type { ScoreTool } from './types.js';

/** One offending input: `component` is the input key (or `(input)` when the body itself is not an object). */
export interface ScoreInputIssue {
  component: string;
  message: string;
}

/** Component name used when the whole input, not one key of it, is wrong (e.g. `null` or an array). */
export const WHOLE_INPUT = '(input)';

/**
 * Thrown when a score cannot be computed from the input. It lists EVERY offending component at
 * once, because a clinician filling a form should fix all fields in one pass, and because a
 * partial total (silently scoring a missing item as 0) would understate risk.
 */
export class ScoreInputError extends Error {
  override readonly name = 'ScoreInputError';

  constructor(
    readonly tool: ScoreTool,
    readonly issues: readonly ScoreInputIssue[],
  ) {
    super(`Invalid ${tool} input: ${issues.map((i) => `${i.component}: ${i.message}`).join('; ')}`);
  }
}

/** Thrown by the dispatcher for a tool name it does not know (the server can answer 404). */
export class UnknownScoreToolError extends Error {
  override readonly name = 'UnknownScoreToolError';

  constructor(readonly tool: string) {
    super(`Unknown score tool "${tool}"`);
  }
}
