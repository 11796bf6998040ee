import { ScoreInputError, type ScoreInputIssue } from './errors.js';
import { calculateTokuhashi, tokuhashiConditionForKps, tokuhashiInputSchema } from './tokuhashi.js';

// Tokuhashi Y et al., Spine 2005;30(19):2186, revised score table — independent copy for the tests.
const PAPER_CATEGORICAL: Record<string, Record<string, number>> = {
  generalCondition: { poor: 0, moderate: 1, good: 2 },
  majorOrganMetastases: { unremovable: 0, removable: 1, none: 2 },
  // prettier-ignore
  primarySite: {
    lung: 0, osteosarcoma: 0, stomach: 0, bladder: 0, esophagus: 0, pancreas: 0,
    liver: 1, gallbladder: 1, unidentified: 1,
    other: 2,
    kidney: 3, uterus: 3,
    rectum: 4,
    thyroid: 5, breast: 5, prostate: 5, carcinoid: 5,
  },
  palsy: { A: 0, B: 0, C: 1, D: 1, E: 2 },
};
// Counted items: [count, points].
const PAPER_FOCI: [number, number][] = [
  [0, 2],
  [1, 1],
  [2, 1],
  [3, 0],
  [4, 0],
  [25, 0],
];
const PAPER_VERTEBRAL: [number, number][] = [
  [1, 2],
  [2, 1],
  [3, 0],
  [4, 0],
  [17, 0],
];

function paperCategory(total: number): string {
  if (total <= 8) return 'lt_6_months';
  if (total <= 11) return 'ge_6_months';
  return 'ge_12_months';
}

const WORST = {
  generalCondition: 'poor',
  extraspinalBoneFoci: 3,
  vertebralBodyMetastases: 3,
  majorOrganMetastases: 'unremovable',
  primarySite: 'lung',
  palsy: 'A',
};

function issuesOf(run: () => unknown): ScoreInputIssue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ScoreInputError) return [...error.issues];
    throw error;
  }
  throw new Error('expected a ScoreInputError');
}

const componentsOf = (issues: ScoreInputIssue[]) => issues.map((i) => i.component).sort();

describe('revised Tokuhashi (Tokuhashi 2005)', () => {
  describe('each categorical option gives its published points', () => {
    const cases = Object.entries(PAPER_CATEGORICAL).flatMap(([component, options]) =>
      Object.entries(options).map(([value, points]) => [component, value, points] as const),
    );
    it.each(cases)('%s = %s scores %i', (component, value, points) => {
      const result = calculateTokuhashi({ ...WORST, [component]: value });
      expect(result.total).toBe(points);
      expect(result.components.find((c) => c.name === component)).toEqual({ name: component, value, points });
    });
  });

  it.each(PAPER_FOCI)('%i extraspinal bone foci score %i', (count, points) => {
    const result = calculateTokuhashi({ ...WORST, extraspinalBoneFoci: count });
    expect(result.total).toBe(points);
    expect(result.components.find((c) => c.name === 'extraspinalBoneFoci')).toEqual({
      name: 'extraspinalBoneFoci',
      value: count,
      points,
    });
  });

  it.each(PAPER_VERTEBRAL)('%i vertebral-body metastases score %i', (count, points) => {
    const result = calculateTokuhashi({ ...WORST, vertebralBodyMetastases: count });
    expect(result.total).toBe(points);
  });

  it('scores every combination as the paper-table sum, banded 0–8 / 9–11 / 12–15', () => {
    let checked = 0;
    for (const generalCondition of Object.keys(PAPER_CATEGORICAL.generalCondition!))
      for (const [extraspinalBoneFoci, fociPoints] of PAPER_FOCI.slice(0, 4))
        for (const [vertebralBodyMetastases, vertebralPoints] of PAPER_VERTEBRAL.slice(0, 3))
          for (const majorOrganMetastases of Object.keys(PAPER_CATEGORICAL.majorOrganMetastases!))
            for (const primarySite of Object.keys(PAPER_CATEGORICAL.primarySite!))
              for (const palsy of Object.keys(PAPER_CATEGORICAL.palsy!)) {
                const expected =
                  PAPER_CATEGORICAL.generalCondition![generalCondition]! +
                  fociPoints +
                  vertebralPoints +
                  PAPER_CATEGORICAL.majorOrganMetastases![majorOrganMetastases]! +
                  PAPER_CATEGORICAL.primarySite![primarySite]! +
                  PAPER_CATEGORICAL.palsy![palsy]!;
                const result = calculateTokuhashi({
                  generalCondition,
                  extraspinalBoneFoci,
                  vertebralBodyMetastases,
                  majorOrganMetastases,
                  primarySite,
                  palsy,
                });
                expect(result.total).toBe(expected);
                expect(result.category).toBe(paperCategory(expected));
                checked += 1;
              }
    expect(checked).toBe(3 * 4 * 3 * 3 * 17 * 5);
  });

  describe('band edges', () => {
    const GOOD = { generalCondition: 'good', extraspinalBoneFoci: 0, vertebralBodyMetastases: 1, palsy: 'E' }; // 2+2+2+2 = 8
    it.each([
      ['0 (minimum) is <6 months', WORST, 0, 'lt_6_months'],
      ['8 is <6 months', { ...GOOD, majorOrganMetastases: 'unremovable', primarySite: 'lung' }, 8, 'lt_6_months'],
      ['9 is ≥6 months', { ...GOOD, majorOrganMetastases: 'removable', primarySite: 'lung' }, 9, 'ge_6_months'],
      ['11 is ≥6 months', { ...GOOD, majorOrganMetastases: 'removable', primarySite: 'other' }, 11, 'ge_6_months'],
      ['12 is ≥12 months', { ...GOOD, majorOrganMetastases: 'removable', primarySite: 'kidney' }, 12, 'ge_12_months'],
      [
        '15 (maximum) is ≥12 months',
        { ...GOOD, majorOrganMetastases: 'none', primarySite: 'breast' },
        15,
        'ge_12_months',
      ],
    ])('%s', (_label, input, total, category) => {
      const result = calculateTokuhashi(input);
      expect(result.total).toBe(total);
      expect(result.category).toBe(category);
    });
  });

  describe('invalid input', () => {
    it('names every missing component at once', () => {
      expect(componentsOf(issuesOf(() => calculateTokuhashi({})))).toEqual([
        'extraspinalBoneFoci',
        'generalCondition',
        'majorOrganMetastases',
        'palsy',
        'primarySite',
        'vertebralBodyMetastases',
      ]);
    });

    it.each([
      ['extraspinalBoneFoci', -1],
      ['extraspinalBoneFoci', 1.5],
      ['extraspinalBoneFoci', '2'],
      ['vertebralBodyMetastases', 0],
      ['vertebralBodyMetastases', '1'],
      ['vertebralBodyMetastases', null],
      ['primarySite', 'myeloma'],
      ['primarySite', 'oesophagus'],
      ['palsy', 'F'],
      ['palsy', 'e'],
      ['generalCondition', 70],
    ])('rejects %s = %p', (component, value) => {
      expect(componentsOf(issuesOf(() => calculateTokuhashi({ ...WORST, [component]: value })))).toEqual([component]);
    });

    it('rejects unknown extra keys', () => {
      expect(componentsOf(issuesOf(() => calculateTokuhashi({ ...WORST, kps: 70 })))).toEqual(['kps']);
    });
  });

  it.each([
    [10, 'poor'],
    [40, 'poor'],
    [50, 'moderate'],
    [70, 'moderate'],
    [80, 'good'],
    [100, 'good'],
    [0, undefined],
    [45, undefined],
    [110, undefined],
  ])('KPS %p gives general condition %p', (kps, condition) => {
    expect(tokuhashiConditionForKps(kps)).toBe(condition);
  });

  it('exports its zod schema', () => {
    expect(tokuhashiInputSchema.safeParse(WORST).success).toBe(true);
    expect(tokuhashiInputSchema.safeParse({ ...WORST, extraspinalBoneFoci: '3' }).success).toBe(false);
  });

  it('cites Tokuhashi 2005 and words the result as decision support', () => {
    const result = calculateTokuhashi(WORST);
    expect(result.source).toMatch(/Tokuhashi Y.*Spine 2005;30\(19\):2186/);
    expect(result.interpretation).toMatch(
      /^Revised Tokuhashi 0: predicted survival under 6 months.*for the board to consider/,
    );
  });
});
