/**
 * Shapes shared by every score calculator. A result always carries its citation (`source`) so the
 * tumor-board screen can never show a number without saying where its table comes from.
 */

/** The tools the dispatcher knows; `SCORE_TOOLS` in index.ts lists them at run time. */
export type ScoreTool = 'sins' | 'mirels' | 'bilsky' | 'tokuhashi' | 'tomita' | 'noms';

/** One input item as scored: `value` echoes the input, `points` is what the published table gives it. */
export interface ScoreComponent {
  name: string;
  value: string | number | boolean;
  /** `null` where the tool is not a points score (NOMS is a decision framework, not a sum). */
  points: number | null;
}

/** Fields every calculator returns; tools add their own extras (e.g. SINS `derivedLocation`). */
export interface ScoreResultBase<T extends ScoreTool, C extends string> {
  tool: T;
  /** Sum of the component points; `null` only for NOMS, which has no total. */
  total: number | null;
  /** A stable code, never prose: published band labels vary between sources. */
  category: C;
  components: ScoreComponent[];
  /** One short sentence worded as decision support for the board, not as an order. */
  interpretation: string;
  /** Citation of the paper the table comes from. */
  source: string;
}

/** A published band of totals (both ends inclusive) and the code it maps to. */
export interface ScoreBand<C extends string> {
  readonly category: C;
  readonly min: number;
  readonly max: number;
}
