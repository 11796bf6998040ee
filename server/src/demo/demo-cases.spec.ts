import {
  PRIMARY_CANCERS,
  addDays,
  assessCaseReadiness,
  assessmentCreateSchema,
  canTransition,
  caseCreateSchema,
  computeLesionScores,
  daysBetween,
  imagingSummaryCreateSchema,
  isLongBone,
  isSpinal,
  lesionCreateSchema,
  patientCreateSchema,
  requiresReadiness,
  transitionNeedsReason,
  type Role,
  type ScoreOutcome,
} from '@tumor-board/shared';
import type { z } from 'zod';
import {
  DEMO_CLINICIAN_ID,
  DEMO_REFERRER_ID,
  buildDemoCases,
  demoScoreContext,
  type DemoCaseBundle,
} from './demo-cases.js';
import { DEMO_USERS } from './demo-users.js';

/** A fixed day (before any real "today", since the schemas refuse future dates) and the real one. */
const FIXED_TODAY = '2025-06-16';
const REAL_TODAY = new Date().toISOString().slice(0, 10);

const issuesOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

const roleOf = (userId: string | null | undefined): Role | undefined => DEMO_USERS.find((u) => u.id === userId)?.role;

/** Readiness as the server computes it, on the records that existed at `at` (an ISO timestamp). */
function readinessAt(bundle: DemoCaseBundle, day: string, at?: string) {
  const existed = <T extends { recordedAt: string }>(rows: T[]) =>
    at === undefined ? rows : rows.filter((r) => r.recordedAt <= at);
  return assessCaseReadiness(
    {
      case: {
        primaryCancer: bundle.case.primaryCancer ?? null,
        clinicalQuestion: bundle.case.clinicalQuestion ?? null,
        histology: bundle.case.histology ?? null,
      },
      assessments: existed(bundle.assessments).map((a) => ({
        assessedOn: a.assessedOn,
        ecog: a.ecog ?? null,
        karnofsky: a.karnofsky ?? null,
        painNrs: a.painNrs ?? null,
        neurology: a.neurology ?? null,
      })),
      lesions: existed(bundle.lesions),
      imaging: existed(bundle.imaging),
    },
    day,
  );
}

const total = (outcome: ScoreOutcome<{ total: number | null; category: string }>) =>
  outcome.status === 'complete' ? `${outcome.result.total} ${outcome.result.category}` : outcome;

describe.each([FIXED_TODAY, REAL_TODAY])('demo cases seeded on %s', (today) => {
  const bundles = buildDemoCases(today);
  const byNo = (n: number) => bundles[n - 1]!;

  it('hold at least 12 cases covering every primary cancer', () => {
    expect(bundles.length).toBeGreaterThanOrEqual(12);
    const primaries = bundles.map((b) => b.case.primaryCancer);
    expect(new Set(primaries)).toEqual(new Set(PRIMARY_CANCERS));
    const count = (p: string) => primaries.filter((x) => x === p).length;
    expect([count('breast'), count('prostate'), count('lung')]).toEqual([3, 3, 2]);
    for (const b of bundles.filter((x) => x.case.primaryCancer === 'other')) expect(b.case.histology).toBeTruthy();
  });

  it('use unique fixed ids and synthetic MRNs', () => {
    const ids = bundles.flatMap((b) => [
      b.patient.id,
      b.case.id,
      ...b.assessments.map((a) => a.id),
      ...b.lesions.map((l) => l.id),
      ...b.imaging.map((i) => i.id),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(buildDemoCases(today).map((b) => b.case.id)).toEqual(bundles.map((b) => b.case.id));
    for (const b of bundles) expect(b.patient.mrn).toMatch(/^DEMO-\d{4}$/);
    expect(new Set(bundles.map((b) => b.patient.mrn)).size).toBe(bundles.length);
  });

  it('pass the shared create schemas', () => {
    const problems = bundles.flatMap((b) => {
      const { id: _p, ...patient } = b.patient;
      const { id: _c, status: _s, referredAt: _r, createdById: _b, ...kase } = b.case;
      return [
        ...issuesOf(patientCreateSchema, patient).map((m) => `${b.patient.mrn} patient ${m}`),
        ...issuesOf(caseCreateSchema, kase).map((m) => `${b.patient.mrn} case ${m}`),
        ...b.assessments.flatMap(({ id, recordedAt: _t, ...a }) =>
          issuesOf(assessmentCreateSchema, a).map((m) => `${id} ${m}`),
        ),
        ...b.lesions.flatMap(({ id, scores: _x, recordedAt: _t, ...l }) =>
          issuesOf(lesionCreateSchema, l).map((m) => `${id} ${m}`),
        ),
        ...b.imaging.flatMap(({ id, authorId: _a, recordedAt: _t, ...i }) =>
          issuesOf(imagingSummaryCreateSchema, i).map((m) => `${id} ${m}`),
        ),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('name demo users in the right roles and link imaging only to lesions of the same case', () => {
    for (const b of bundles) {
      expect(b.case.patientId).toBe(b.patient.id);
      expect(roleOf(b.case.referringOncologistId)).toMatch(/^(referrer|medical_oncologist)$/);
      expect([null, DEMO_CLINICIAN_ID]).toContain(b.case.presentingClinicianId ?? null);
      for (const i of b.imaging) {
        expect(roleOf(i.authorId)).toBe('radiologist');
        for (const id of i.lesionIds ?? []) expect(b.lesions.map((l) => l.id)).toContain(id);
      }
      for (const e of b.history) expect(roleOf(e.userId)).toBeDefined();
    }
    const byReferrer = bundles.filter((b) => b.case.referringOncologistId === DEMO_REFERRER_ID).length;
    expect(byReferrer).toBeGreaterThan(bundles.length / 2);
  });

  it('have 1–3 assessments, 1–4 lesions and 1–2 imaging summaries per case, dated recently', () => {
    for (const b of bundles) {
      expect(b.assessments.length).toBeGreaterThanOrEqual(1);
      expect(b.assessments.length).toBeLessThanOrEqual(3);
      expect(b.lesions.length).toBeGreaterThanOrEqual(1);
      expect(b.lesions.length).toBeLessThanOrEqual(4);
      expect(b.imaging.length).toBeGreaterThanOrEqual(1);
      expect(b.imaging.length).toBeLessThanOrEqual(2);
      for (const a of b.assessments) {
        expect(daysBetween(a.assessedOn, today)).toBeGreaterThanOrEqual(2);
        expect(daysBetween(a.assessedOn, today)).toBeLessThanOrEqual(25);
      }
      for (const i of b.imaging) {
        expect(daysBetween(i.performedOn, today)).toBeGreaterThanOrEqual(1);
        expect(daysBetween(i.performedOn, today)).toBeLessThanOrEqual(50);
      }
      expect(b.case.referredAt < `${today}T00:00`).toBe(true);
      expect(b.case.referredAt >= `${addDays(today, -35)}T00:00`).toBe(true);
    }
  });

  it('spread urgencies and statuses as a board would see them', () => {
    const urgencies = bundles.map((b) => b.case.urgency);
    expect(urgencies.filter((u) => u === 'emergency')).toHaveLength(1);
    expect(urgencies.filter((u) => u === 'urgent').length).toBeGreaterThanOrEqual(1);
    expect(urgencies.filter((u) => u === 'urgent').length).toBeLessThanOrEqual(2);
    const statuses = bundles.map((b) => b.case.status);
    expect(statuses.filter((s) => s === 'ready').length).toBeGreaterThanOrEqual(3);
    expect(statuses.filter((s) => s === 'submitted').length).toBeGreaterThanOrEqual(2);
    expect(statuses.filter((s) => s === 'draft')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'scheduled')).toHaveLength(1);
  });

  it('store the scores computeLesionScores gives with the case context', () => {
    for (const b of bundles) {
      const context = demoScoreContext(b.case.primaryCancer, b.assessments);
      for (const l of b.lesions) expect(l.scores).toEqual(computeLesionScores(l, context));
    }
  });

  it('give the intended SINS and Mirels results, complete or deliberately partial', () => {
    const expected: [number, number, string, unknown][] = [
      [1, 1, 'sins', '11 potentially_unstable'], // T12 lytic, mechanical pain, <50 % collapse, one pedicle
      [1, 2, 'sins', '5 stable'], // L3 mixed
      [2, 1, 'mirels', '12 high'], // left femur trochanteric lytic > 2/3, functional pain
      [3, 2, 'sins', { status: 'incomplete', missing: ['collapse', 'posterolateral'] }],
      [4, 2, 'sins', '3 stable'],
      [4, 3, 'mirels', '5 low'],
      [5, 1, 'sins', '4 stable'],
      [5, 2, 'mirels', '7 low'], // right humeral shaft
      [6, 1, 'mirels', { status: 'incomplete', missing: ['size'] }],
      [7, 1, 'sins', '14 unstable'], // T6 pathological fracture, cord compression
      [7, 2, 'sins', '6 stable'],
      [8, 1, 'mirels', '10 high'],
      [9, 1, 'sins', '11 potentially_unstable'],
      [9, 2, 'mirels', '6 low'],
      [10, 2, 'sins', '7 potentially_unstable'], // S1
      [11, 1, 'sins', '6 stable'],
      [12, 1, 'sins', '8 potentially_unstable'],
      [12, 2, 'sins', '13 unstable'],
      [12, 3, 'mirels', '8 borderline'],
      [13, 1, 'sins', { status: 'incomplete', missing: ['posterolateral'] }],
    ];
    const actual = expected.map(([no, row, score]) => {
      const lesion = byNo(no).lesions[row - 1]!;
      return [no, row, score, total(score === 'sins' ? lesion.scores.sins : lesion.scores.mirels)];
    });
    expect(actual).toEqual(expected);
    // Every other spinal or long-bone lesion outside the draft scores completely.
    const partial = new Set(
      expected.filter(([, , , want]) => typeof want !== 'string').map(([no, row]) => byNo(no).lesions[row - 1]!.id),
    );
    const gaps = bundles
      .filter((b) => b.case.status !== 'draft')
      .flatMap((b) => b.lesions)
      .filter((l) => !partial.has(l.id))
      .flatMap((l) => [
        ...(isSpinal(l.site) && l.scores.sins.status !== 'complete' ? [`${l.id} sins`] : []),
        ...(isLongBone(l.site) && l.scores.mirels.status !== 'complete' ? [`${l.id} mirels`] : []),
      ]);
    expect(gaps).toEqual([]);
    const emergency = bundles.find((b) => b.case.urgency === 'emergency')!;
    expect(emergency.lesions.some((l) => l.bilskyGrade === '2' || l.bilskyGrade === '3')).toBe(true);
    expect(emergency.assessments.at(-1)?.neurology).toBe('myelopathy');
  });

  it('record a history that follows the workflow and ends in the case status', () => {
    for (const b of bundles) {
      const [first, ...moves] = b.history;
      expect(first).toMatchObject({ fromStatus: null, toStatus: 'draft', at: b.case.referredAt });
      expect(first!.userId).toBe(b.case.createdById);
      for (const [i, e] of moves.entries()) {
        const previous = b.history[i]!;
        expect(e.fromStatus).toBe(previous.toStatus);
        expect(canTransition(e.fromStatus!, e.toStatus)).toBe(true);
        expect(e.reason !== null).toBe(transitionNeedsReason(e.fromStatus!, e.toStatus));
        expect(e.at > previous.at).toBe(true);
        expect(e.at < `${today}T00:00`).toBe(true);
        expect(e.toStatus === 'ready' || e.toStatus === 'scheduled' ? roleOf(e.userId) : 'coordinator').toBe(
          'coordinator',
        );
      }
      expect(b.history.at(-1)!.toStatus).toBe(b.case.status);
    }
  });

  it('make a case ready or scheduled only when readiness passes, then and on the seed date', () => {
    const gated = bundles.filter((b) => requiresReadiness(b.case.status));
    expect(gated.length).toBeGreaterThanOrEqual(4);
    for (const b of gated) {
      const unmet = readinessAt(b, today).items.filter((i) => !i.met);
      expect({ mrn: b.patient.mrn, unmet }).toEqual({ mrn: b.patient.mrn, unmet: [] });
    }
    for (const b of bundles) {
      for (const e of b.history.filter((x) => requiresReadiness(x.toStatus))) {
        const unmet = readinessAt(b, e.at.slice(0, 10), e.at).items.filter((i) => !i.met);
        expect({ mrn: b.patient.mrn, at: e.at, unmet }).toEqual({ mrn: b.patient.mrn, at: e.at, unmet: [] });
      }
    }
  });

  it('leave the draft and some submitted cases visibly incomplete', () => {
    const draft = bundles.find((b) => b.case.status === 'draft')!;
    expect(readinessAt(draft, today).ready).toBe(false);
    const incompleteSubmitted = bundles.filter((b) => b.case.status === 'submitted' && !readinessAt(b, today).ready);
    expect(incompleteSubmitted.length).toBeGreaterThanOrEqual(2);
  });
});
