import { calculateBilsky, bilskyInputSchema, type BilskyResult } from './bilsky.js';
import { UnknownScoreToolError } from './errors.js';
import { calculateMirels, mirelsInputSchema, type MirelsResult } from './mirels.js';
import { calculateNoms, nomsInputSchema, type NomsResult } from './noms.js';
import { calculateSins, sinsInputSchema, type SinsResult } from './sins.js';
import { calculateTokuhashi, tokuhashiInputSchema, type TokuhashiResult } from './tokuhashi.js';
import { calculateTomita, tomitaInputSchema, type TomitaResult } from './tomita.js';
import type { ScoreTool } from './types.js';

export * from './types.js';
export * from './errors.js';
export { toScoreInputIssues } from './validation.js';
export * from './sins.js';
export * from './mirels.js';
export * from './bilsky.js';
export * from './tokuhashi.js';
export * from './tomita.js';
export * from './noms.js';

/** Every tool the dispatcher knows, in the order a form should list them. */
export const SCORE_TOOLS = [
  'sins',
  'mirels',
  'bilsky',
  'tokuhashi',
  'tomita',
  'noms',
] as const satisfies readonly ScoreTool[];

export interface ScoreResultByTool {
  sins: SinsResult;
  mirels: MirelsResult;
  bilsky: BilskyResult;
  tokuhashi: TokuhashiResult;
  tomita: TomitaResult;
  noms: NomsResult;
}

export type ScoreResult = ScoreResultByTool[ScoreTool];

// A Record over ScoreTool makes the compiler reject a tool added to the type but not wired here.
const CALCULATORS: { readonly [T in ScoreTool]: (input: unknown) => ScoreResultByTool[T] } = {
  sins: calculateSins,
  mirels: calculateMirels,
  bilsky: calculateBilsky,
  tokuhashi: calculateTokuhashi,
  tomita: calculateTomita,
  noms: calculateNoms,
};

/** Input schemas by tool, for web forms (same validation the calculators use). */
export const SCORE_INPUT_SCHEMAS = {
  sins: sinsInputSchema,
  mirels: mirelsInputSchema,
  bilsky: bilskyInputSchema,
  tokuhashi: tokuhashiInputSchema,
  tomita: tomitaInputSchema,
  noms: nomsInputSchema,
} as const satisfies Record<ScoreTool, unknown>;

export function isScoreTool(value: unknown): value is ScoreTool {
  return typeof value === 'string' && (SCORE_TOOLS as readonly string[]).includes(value);
}

/**
 * Validates `input` for `tool` and computes the result. Throws `ScoreInputError` (naming every
 * offending component) for bad input and `UnknownScoreToolError` for a tool name it does not know,
 * since the tool usually comes from a URL segment typed as a plain string.
 */
export function calculateScore<T extends ScoreTool>(tool: T, input: unknown): ScoreResultByTool[T];
export function calculateScore(tool: string, input: unknown): ScoreResult;
export function calculateScore(tool: string, input: unknown): ScoreResult {
  if (!isScoreTool(tool)) throw new UnknownScoreToolError(tool);
  return CALCULATORS[tool](input);
}
