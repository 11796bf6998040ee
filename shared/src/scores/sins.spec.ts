import { ScoreInputError, type ScoreInputIssue } from './errors.js';
import { SPINAL_LEVELS, calculateSins, sinsInputSchema, sinsLocationForLevel } from './sins.js';

// Fisher CG et al., Spine 2010;35(22):E1221, Table — written out here independently of sins.ts so a
// wrong number in the implementation's table makes these tests fail.
const PAPER: Record<string, Record<string, number>> = {
  location: { junctional: 3, mobile: 2, semi_rigid: 1, rigid: 0 },
  pain: { mechanical: 3, non_mechanical: 1, pain_free: 0 },
  lesion: { lytic: 2, mixed: 1, blastic: 0 },
  alignment: { subluxation_translation: 4, de_novo_deformity: 2, normal: 0 },
  collapse: { over_50: 3, under_50: 2, none_with_over_50_involved: 1, none: 0 },
  posterolateral: { bilateral: 3, unilateral: 1, none: 0 },
};

function paperCategory(total: number): string {
  if (total <= 6) return 'stable';
  if (total <= 12) return 'potentially_unstable';
  return 'unstable';
}

// Levels from the paper's groups, one by one (the reference warns L2–L4 are often mis-mapped).
// prettier-ignore
const LEVEL_TO_LOCATION: [string, string][] = [
  ['C1', 'junctional'], ['C2', 'junctional'], ['C3', 'mobile'], ['C4', 'mobile'], ['C5', 'mobile'],
  ['C6', 'mobile'], ['C7', 'junctional'], ['T1', 'junctional'], ['T2', 'junctional'], ['T3', 'semi_rigid'],
  ['T4', 'semi_rigid'], ['T5', 'semi_rigid'], ['T6', 'semi_rigid'], ['T7', 'semi_rigid'], ['T8', 'semi_rigid'],
  ['T9', 'semi_rigid'], ['T10', 'semi_rigid'], ['T11', 'junctional'], ['T12', 'junctional'], ['L1', 'junctional'],
  ['L2', 'mobile'], ['L3', 'mobile'], ['L4', 'mobile'], ['L5', 'junctional'], ['S1', 'junctional'],
  ['S2', 'rigid'], ['S3', 'rigid'], ['S4', 'rigid'], ['S5', 'rigid'],
];

// Every component at its 0-point option.
const ZERO = {
  location: 'rigid',
  pain: 'pain_free',
  lesion: 'blastic',
  alignment: 'normal',
  collapse: 'none',
  posterolateral: 'none',
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

describe('SINS (Fisher 2010)', () => {
  describe('each option gives its published points', () => {
    const cases = Object.entries(PAPER).flatMap(([component, options]) =>
      Object.entries(options).map(([value, points]) => [component, value, points] as const),
    );
    it.each(cases)('%s = %s scores %i', (component, value, points) => {
      const result = calculateSins({ ...ZERO, [component]: value });
      expect(result.total).toBe(points);
      expect(result.components.find((c) => c.name === component)).toEqual({ name: component, value, points });
    });
  });

  it('scores every combination as the sum of the paper table, banded 0–6/7–12/13–18', () => {
    let checked = 0;
    for (const location of Object.keys(PAPER.location!))
      for (const pain of Object.keys(PAPER.pain!))
        for (const lesion of Object.keys(PAPER.lesion!))
          for (const alignment of Object.keys(PAPER.alignment!))
            for (const collapse of Object.keys(PAPER.collapse!))
              for (const posterolateral of Object.keys(PAPER.posterolateral!)) {
                const input = { location, pain, lesion, alignment, collapse, posterolateral };
                const expected = Object.entries(input).reduce((sum, [k, v]) => sum + PAPER[k]![v]!, 0);
                const result = calculateSins(input);
                expect(result.total).toBe(expected);
                expect(result.category).toBe(paperCategory(expected));
                checked += 1;
              }
    expect(checked).toBe(4 * 3 * 3 * 3 * 4 * 3);
  });

  describe('band edges', () => {
    it.each([
      ['0 is stable', ZERO, 0, 'stable'],
      ['6 is stable', { ...ZERO, location: 'junctional', pain: 'mechanical' }, 6, 'stable'],
      [
        '7 is potentially unstable',
        { ...ZERO, location: 'junctional', pain: 'mechanical', lesion: 'mixed' },
        7,
        'potentially_unstable',
      ],
      [
        '12 is potentially unstable',
        {
          location: 'junctional',
          pain: 'mechanical',
          lesion: 'lytic',
          alignment: 'de_novo_deformity',
          collapse: 'none_with_over_50_involved',
          posterolateral: 'unilateral',
        },
        12,
        'potentially_unstable',
      ],
      [
        '13 is unstable',
        {
          location: 'junctional',
          pain: 'mechanical',
          lesion: 'lytic',
          alignment: 'de_novo_deformity',
          collapse: 'under_50',
          posterolateral: 'unilateral',
        },
        13,
        'unstable',
      ],
      [
        '18 is unstable',
        {
          location: 'junctional',
          pain: 'mechanical',
          lesion: 'lytic',
          alignment: 'subluxation_translation',
          collapse: 'over_50',
          posterolateral: 'bilateral',
        },
        18,
        'unstable',
      ],
    ])('%s', (_label, input, total, category) => {
      const result = calculateSins(input);
      expect(result.total).toBe(total);
      expect(result.category).toBe(category);
    });
  });

  describe('level → location', () => {
    it('lists the 29 levels C1..S5', () => {
      expect([...SPINAL_LEVELS]).toEqual(LEVEL_TO_LOCATION.map(([level]) => level));
    });

    it.each(LEVEL_TO_LOCATION)('%s is %s', (level, location) => {
      expect(sinsLocationForLevel(level as (typeof SPINAL_LEVELS)[number])).toBe(location);
      const { location: _omit, ...rest } = ZERO;
      const result = calculateSins({ ...rest, level });
      expect(result.derivedLocation).toBe(location);
      expect(result.level).toBe(level);
      expect(result.components[0]).toEqual({ name: 'location', value: location, points: PAPER.location![location] });
    });

    it('scores L2, L3 and L4 as mobile (2 points), not rigid or unknown', () => {
      for (const level of ['L2', 'L3', 'L4']) {
        const { location: _omit, ...rest } = ZERO;
        expect(calculateSins({ ...rest, level }).total).toBe(2);
      }
    });

    it('accepts location and level together when they agree', () => {
      const result = calculateSins({ ...ZERO, location: 'semi_rigid', level: 'T7' });
      expect(result.total).toBe(1);
      expect(result.derivedLocation).toBe('semi_rigid');
    });

    it('rejects location and level that disagree, naming both', () => {
      const issues = issuesOf(() => calculateSins({ ...ZERO, location: 'rigid', level: 'L3' }));
      expect(componentsOf(issues)).toEqual(['level', 'location']);
      expect(issues[0]!.message).toMatch(/mobile/);
    });

    it('treats a null location or level as not given', () => {
      expect(calculateSins({ ...ZERO, location: null, level: 'S3' }).derivedLocation).toBe('rigid');
      expect(calculateSins({ ...ZERO, level: null }).total).toBe(0);
      const issues = issuesOf(() => calculateSins({ ...ZERO, location: null, level: null }));
      expect(issues).toEqual([{ component: 'location', message: 'is required (or give level to derive it)' }]);
    });

    it('reports no derived location when only location is given', () => {
      const result = calculateSins(ZERO);
      expect(result.derivedLocation).toBeNull();
      expect(result.level).toBeNull();
    });

    it.each(['L6', 'l3', 'T13', 'S6', 'Co1', 3])('rejects level %p', (level) => {
      const { location: _omit, ...rest } = ZERO;
      expect(componentsOf(issuesOf(() => calculateSins({ ...rest, level })))).toEqual(['level']);
    });
  });

  describe('invalid input', () => {
    it('names every missing component at once', () => {
      expect(componentsOf(issuesOf(() => calculateSins({})))).toEqual([
        'alignment',
        'collapse',
        'lesion',
        'location',
        'pain',
        'posterolateral',
      ]);
    });

    it('names missing, unknown and disagreeing components together', () => {
      const issues = issuesOf(() =>
        calculateSins({
          location: 'mobile',
          level: 'T5',
          pain: 'severe',
          lesion: null,
          alignment: 'normal',
          collapse: 'exactly_50',
        }),
      );
      expect(componentsOf(issues)).toEqual(['collapse', 'lesion', 'level', 'location', 'pain', 'posterolateral']);
      expect(issues.find((i) => i.component === 'pain')!.message).toMatch(/unknown value \(got a text value\)/);
      expect(issues.find((i) => i.component === 'posterolateral')!.message).toBe('is required');
    });

    it('rejects unknown values, including wrong case, without scoring them', () => {
      const issues = issuesOf(() => calculateSins({ ...ZERO, lesion: 'LYTIC', pain: 'unknown' }));
      expect(componentsOf(issues)).toEqual(['lesion', 'pain']);
    });

    it('does not offer an "exactly 50 %" collapse option (undefined in the paper)', () => {
      expect(componentsOf(issuesOf(() => calculateSins({ ...ZERO, collapse: 'exactly_50' })))).toEqual(['collapse']);
    });

    it('rejects unknown extra keys, naming each', () => {
      const issues = issuesOf(() => calculateSins({ ...ZERO, neurology: 'intact', Pain: 'mechanical' }));
      expect(componentsOf(issues)).toEqual(['Pain', 'neurology']);
    });

    it.each([null, undefined, 'sins', 7, [ZERO]])('rejects a non-object input %p', (input) => {
      expect(componentsOf(issuesOf(() => calculateSins(input)))).toEqual(['(input)']);
    });
  });

  it('exports a zod schema that reports the same components', () => {
    const parsed = sinsInputSchema.safeParse({ pain: 'mechanical', extra: 1 });
    expect(parsed.success).toBe(false);
    expect(sinsInputSchema.safeParse(ZERO).success).toBe(true);
  });

  it('cites Fisher 2010 and words the result as decision support', () => {
    const result = calculateSins({ ...ZERO, location: 'junctional', pain: 'mechanical', lesion: 'mixed' });
    expect(result.tool).toBe('sins');
    expect(result.source).toMatch(/Fisher CG.*Spine 2010;35\(22\):E1221/);
    expect(result.interpretation).toMatch(/^SINS 7: .*surgical consultation.*not an operative indication/);
  });
});
