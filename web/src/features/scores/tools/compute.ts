import { BILSKY_1C_NOTE, calculateScore, ScoreInputError, type ScoreResult } from '@tumor-board/shared';
import type { FormValues, ToolDefinition } from './tool-definitions';

export type Computation =
  | { status: 'complete'; result: ScoreResult }
  | {
      status: 'incomplete';
      /** Labels of the questions not answered yet, in the form's order. */
      missing: string[];
      /** Answers the calculator refuses (e.g. a count below its minimum). */
      problems: { label: string; message: string }[];
    };

/** The calculators say "is required" (sometimes with a hint after it) for an unanswered component. */
const isMissing = (message: string) => message.startsWith('is required');

/**
 * Runs the shared calculator on the form's answers. It never scores a missing answer as 0: until
 * every component is answered the result lists what is missing instead of a total.
 */
export function compute(definition: ToolDefinition, values: FormValues): Computation {
  try {
    return { status: 'complete', result: calculateScore(definition.tool, definition.toInput(values)) };
  } catch (error) {
    if (!(error instanceof ScoreInputError)) throw error;
    const missing: string[] = [];
    const problems: { label: string; message: string }[] = [];
    for (const issue of error.issues) {
      const label =
        definition.missingLabels?.[issue.component] ?? definition.componentLabels[issue.component] ?? issue.component;
      if (isMissing(issue.message)) missing.push(label);
      else problems.push({ label, message: issue.message });
    }
    return { status: 'incomplete', missing, problems };
  }
}

/** Caveats to show beside a result; Bilsky's 1c note is general, so it is always one of them. */
export function caveatsOf(result: ScoreResult): string[] {
  if (result.tool === 'bilsky') return [BILSKY_1C_NOTE];
  return 'caveats' in result ? result.caveats : [];
}

/** The interpretation without what the caveats already say (Bilsky appends its 1c note to it). */
export function interpretationOf(result: ScoreResult): string {
  return result.tool === 'bilsky' ? result.interpretation.replace(BILSKY_1C_NOTE, '').trim() : result.interpretation;
}
