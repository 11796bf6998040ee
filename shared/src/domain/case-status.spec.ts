import {
  CASE_TRANSITIONS,
  allowedTransitions,
  canTransition,
  caseTransitionRequestSchema,
  isTerminalStatus,
  requiresReadiness,
  transitionNeedsReason,
} from './case-status.js';
import { CASE_STATUSES, type CaseStatus } from './vocab.js';

// The workflow written out independently of case-status.ts, so an edit to the table fails here.
const ALLOWED: [CaseStatus, CaseStatus][] = [
  ['draft', 'submitted'],
  ['draft', 'withdrawn'],
  ['submitted', 'ready'],
  ['submitted', 'draft'],
  ['submitted', 'withdrawn'],
  ['ready', 'scheduled'],
  ['ready', 'submitted'],
  ['ready', 'withdrawn'],
  ['scheduled', 'discussed'],
  ['scheduled', 'ready'],
  ['scheduled', 'withdrawn'],
  ['discussed', 'decided'],
  ['discussed', 'scheduled'],
  ['discussed', 'withdrawn'],
  ['decided', 'closed'],
  ['withdrawn', 'draft'],
];

const FORWARD: [CaseStatus, CaseStatus][] = [
  ['draft', 'submitted'],
  ['submitted', 'ready'],
  ['ready', 'scheduled'],
  ['scheduled', 'discussed'],
  ['discussed', 'decided'],
  ['decided', 'closed'],
];

describe('case workflow', () => {
  it.each(ALLOWED)('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(allowedTransitions(from)).toContain(to);
  });

  it('allows nothing else: every other pair of statuses is refused', () => {
    const allowed = new Set(ALLOWED.map(([from, to]) => `${from}→${to}`));
    const refused = CASE_STATUSES.flatMap((from) =>
      CASE_STATUSES.filter((to) => !allowed.has(`${from}→${to}`)).map((to) => [from, to] as const),
    );
    expect(refused.filter(([from, to]) => canTransition(from, to))).toEqual([]);
    expect(refused.length).toBe(CASE_STATUSES.length ** 2 - ALLOWED.length);
  });

  it.each<[CaseStatus, CaseStatus]>([
    ['draft', 'ready'],
    ['draft', 'scheduled'],
    ['submitted', 'scheduled'],
    ['ready', 'discussed'],
    ['scheduled', 'decided'],
    ['decided', 'withdrawn'],
    ['decided', 'discussed'],
    ['closed', 'draft'],
    ['closed', 'withdrawn'],
    ['withdrawn', 'submitted'],
    ['draft', 'draft'],
  ])('refuses %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it('has a row for every status and only known targets', () => {
    expect(Object.keys(CASE_TRANSITIONS).sort()).toEqual([...CASE_STATUSES].sort());
    for (const targets of Object.values(CASE_TRANSITIONS)) {
      for (const to of targets) expect(CASE_STATUSES).toContain(to);
    }
  });

  it('makes closed the only terminal status', () => {
    expect(CASE_STATUSES.filter(isTerminalStatus)).toEqual(['closed']);
  });

  it('gates ready and scheduled on the readiness check', () => {
    expect(CASE_STATUSES.filter(requiresReadiness)).toEqual(['ready', 'scheduled']);
  });

  const isForward = (from: CaseStatus, to: CaseStatus) => FORWARD.some(([f, t]) => f === from && t === to);

  it.each(ALLOWED.map(([from, to]) => [from, to, !isForward(from, to)] as const))(
    'asks a reason for %s → %s: %s',
    (from, to, needsReason) => {
      expect(transitionNeedsReason(from, to)).toBe(needsReason);
    },
  );

  describe('transition request', () => {
    it('accepts a target, the version read, and an optional reason', () => {
      expect(caseTransitionRequestSchema.parse({ to: 'ready', version: 3 })).toEqual({ to: 'ready', version: 3 });
      expect(caseTransitionRequestSchema.parse({ to: 'withdrawn', version: 1, reason: ' patient declined ' })).toEqual({
        to: 'withdrawn',
        version: 1,
        reason: 'patient declined',
      });
    });

    it.each([
      [{ to: 'archived', version: 1 }, ['to']],
      [{ to: 'ready' }, ['version']],
      [{ to: 'ready', version: 0 }, ['version']],
      [{ to: 'ready', version: '2' }, ['version']],
      [{ to: 'ready', version: 1, status: 'ready' }, ['']],
    ])('refuses %j', (input, paths) => {
      const result = caseTransitionRequestSchema.safeParse(input);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(paths);
    });
  });
});
