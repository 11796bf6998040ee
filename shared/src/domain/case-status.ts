import { z } from 'zod';
import { choice } from '../scores/validation.js';
import { text, versionField } from './fields.js';
import { CASE_STATUSES, type CaseStatus } from './vocab.js';

/*
 * The case workflow as data (DESIGN §3): draft → submitted → ready → scheduled → discussed → decided
 * → closed, plus withdrawn. The server checks a requested move against this table (422 otherwise);
 * the web shows only the moves it allows.
 *
 * Decisions taken here:
 *  - Steps back exist where work really goes back: a coordinator returns a submitted case to its
 *    referrer (→ draft); a ready case loses readiness when data change (→ submitted); a scheduled case
 *    comes off an agenda (→ ready); a discussed case is deferred to a later meeting for more
 *    information (→ scheduled).
 *  - A case can be withdrawn at any point before the board's decision is signed (patient died,
 *    declined, treated elsewhere). After that the decision is immutable (DESIGN §2), so a decided
 *    case can only be closed.
 *  - closed is final: new questions about the same patient are a new case (a new referral).
 *  - withdrawn → draft reopens a referral withdrawn by mistake; it restarts at draft so it goes
 *    through submission and the readiness check again instead of jumping back to its old place.
 *  - Every move except a forward step along the main line needs a reason, so the history says why.
 *  - Entering ready or scheduled requires the readiness check (readiness/case-readiness.ts) to pass.
 */

export const CASE_TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  draft: ['submitted', 'withdrawn'],
  submitted: ['ready', 'draft', 'withdrawn'],
  ready: ['scheduled', 'submitted', 'withdrawn'],
  scheduled: ['discussed', 'ready', 'withdrawn'],
  discussed: ['decided', 'scheduled', 'withdrawn'],
  decided: ['closed'],
  closed: [],
  withdrawn: ['draft'],
};

/** The main line, in order; a move one step along it is "forward". */
const MAIN_LINE: readonly CaseStatus[] = ['draft', 'submitted', 'ready', 'scheduled', 'discussed', 'decided', 'closed'];

/** Statuses a case may only enter when `assessCaseReadiness` says it is ready. */
export const READINESS_GATED_STATUSES: readonly CaseStatus[] = ['ready', 'scheduled'];

export function allowedTransitions(from: CaseStatus): readonly CaseStatus[] {
  return CASE_TRANSITIONS[from];
}

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return CASE_TRANSITIONS[from].includes(to);
}

/** True when the target status needs the readiness check to pass first. */
export function requiresReadiness(to: CaseStatus): boolean {
  return READINESS_GATED_STATUSES.includes(to);
}

/** Every allowed move except a forward step along the main line must say why. */
export function transitionNeedsReason(from: CaseStatus, to: CaseStatus): boolean {
  const i = MAIN_LINE.indexOf(from);
  return !(i >= 0 && MAIN_LINE[i + 1] === to);
}

export function isTerminalStatus(status: CaseStatus): boolean {
  return CASE_TRANSITIONS[status].length === 0;
}

/**
 * Request to move a case to another status. Whether the move is allowed, and whether it needs a
 * reason, depends on the current status, which only the server knows: it checks `canTransition` and
 * `transitionNeedsReason` and answers 422.
 */
export const caseTransitionRequestSchema = z.strictObject({
  to: choice(CASE_STATUSES),
  version: versionField,
  reason: text(1000).nullish(),
});
export type CaseTransitionRequest = z.infer<typeof caseTransitionRequestSchema>;
