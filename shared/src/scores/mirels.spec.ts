import { ScoreInputError, type ScoreInputIssue } from './errors.js';
import { calculateMirels, mirelsInputSchema } from './mirels.js';

// Mirels H, Clin Orthop Relat Res 1989;(249):256, scoring table — independent copy for the tests.
const PAPER: Record<string, Record<string, number>> = {
  site: { upper_limb: 1, lower_limb: 2, peritrochanteric: 3 },
  pain: { mild: 1, moderate: 2, functional: 3 },
  lesion: { blastic: 1, mixed: 2, lytic: 3 },
  size: { under_one_third: 1, one_third_to_two_thirds: 2, over_two_thirds: 3 },
};

function paperCategory(total: number): string {
  if (total <= 7) return 'low';
  if (total === 8) return 'borderline';
  return 'high';
}

const MINIMUM = { site: 'upper_limb', pain: 'mild', lesion: 'blastic', size: 'under_one_third' };

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

describe('Mirels (Mirels 1989)', () => {
  describe('each option gives its published points', () => {
    const cases = Object.entries(PAPER).flatMap(([component, options]) =>
      Object.entries(options).map(([value, points]) => [component, value, points] as const),
    );
    it.each(cases)('%s = %s scores %i', (component, value, points) => {
      const result = calculateMirels({ ...MINIMUM, [component]: value });
      // The other three variables stay at 1 point each.
      expect(result.total).toBe(points + 3);
      expect(result.components.find((c) => c.name === component)).toEqual({ name: component, value, points });
    });
  });

  it('scores all 81 combinations as the paper-table sum, banded ≤7 / 8 / ≥9', () => {
    let checked = 0;
    for (const site of Object.keys(PAPER.site!))
      for (const pain of Object.keys(PAPER.pain!))
        for (const lesion of Object.keys(PAPER.lesion!))
          for (const size of Object.keys(PAPER.size!)) {
            const input = { site, pain, lesion, size };
            const expected = Object.entries(input).reduce((sum, [k, v]) => sum + PAPER[k]![v]!, 0);
            const result = calculateMirels(input);
            expect(result.total).toBe(expected);
            expect(result.category).toBe(paperCategory(expected));
            checked += 1;
          }
    expect(checked).toBe(81);
  });

  describe('band edges', () => {
    it.each([
      ['4 (minimum) is low', MINIMUM, 4, 'low'],
      [
        '7 is low',
        { site: 'peritrochanteric', pain: 'moderate', lesion: 'blastic', size: 'under_one_third' },
        7,
        'low',
      ],
      [
        '8 is borderline',
        { site: 'peritrochanteric', pain: 'moderate', lesion: 'mixed', size: 'under_one_third' },
        8,
        'borderline',
      ],
      [
        '9 is high',
        { site: 'peritrochanteric', pain: 'moderate', lesion: 'mixed', size: 'one_third_to_two_thirds' },
        9,
        'high',
      ],
      [
        '12 (maximum) is high',
        { site: 'peritrochanteric', pain: 'functional', lesion: 'lytic', size: 'over_two_thirds' },
        12,
        'high',
      ],
    ])('%s', (_label, input, total, category) => {
      const result = calculateMirels(input);
      expect(result.total).toBe(total);
      expect(result.category).toBe(category);
    });
  });

  describe('caveats', () => {
    it('always states the size denominator (fraction of the bone diameter)', () => {
      for (const site of ['upper_limb', 'lower_limb', 'peritrochanteric']) {
        const { caveats } = calculateMirels({ ...MINIMUM, site, humerus: false });
        expect(caveats.some((c) => /fraction of the bone.s diameter/.test(c))).toBe(true);
      }
    });

    it('shows the Evans 2008 humerus caveat when humerus is true', () => {
      const { caveats } = calculateMirels({ ...MINIMUM, humerus: true });
      expect(caveats.some((c) => /Humerus/.test(c) && /Evans 2008/.test(c) && /466:1279/.test(c))).toBe(true);
    });

    it('shows the humerus caveat for an upper-limb lesion when humerus is not answered', () => {
      expect(calculateMirels(MINIMUM).caveats.some((c) => /Evans 2008/.test(c))).toBe(true);
    });

    it('treats a null humerus as not answered', () => {
      expect(calculateMirels({ ...MINIMUM, humerus: null }).caveats.some((c) => /Evans 2008/.test(c))).toBe(true);
    });

    it('omits the humerus caveat when humerus is false or the site is the lower limb', () => {
      expect(calculateMirels({ ...MINIMUM, humerus: false }).caveats.some((c) => /Evans/.test(c))).toBe(false);
      expect(calculateMirels({ ...MINIMUM, site: 'lower_limb' }).caveats.some((c) => /Evans/.test(c))).toBe(false);
    });

    it('rejects a humerus lesion scored as lower limb or peritrochanteric', () => {
      for (const site of ['lower_limb', 'peritrochanteric']) {
        expect(componentsOf(issuesOf(() => calculateMirels({ ...MINIMUM, site, humerus: true })))).toEqual(['humerus']);
      }
    });

    it('rejects a non-boolean humerus', () => {
      expect(componentsOf(issuesOf(() => calculateMirels({ ...MINIMUM, humerus: 'yes' })))).toEqual(['humerus']);
    });
  });

  describe('invalid input', () => {
    it('names every missing component at once', () => {
      expect(componentsOf(issuesOf(() => calculateMirels({})))).toEqual(['lesion', 'pain', 'site', 'size']);
    });

    it('rejects unknown values', () => {
      const issues = issuesOf(() => calculateMirels({ ...MINIMUM, site: 'humerus', size: 'one_third', pain: 3 }));
      expect(componentsOf(issues)).toEqual(['pain', 'site', 'size']);
    });

    it('rejects unknown extra keys and missing ones together', () => {
      const { size: _omit, ...rest } = MINIMUM;
      const issues = issuesOf(() => calculateMirels({ ...rest, cortex: 'over_two_thirds' }));
      expect(componentsOf(issues)).toEqual(['cortex', 'size']);
    });
  });

  it('exports its zod schema', () => {
    expect(mirelsInputSchema.safeParse(MINIMUM).success).toBe(true);
    expect(mirelsInputSchema.safeParse({ ...MINIMUM, extra: true }).success).toBe(false);
  });

  it('cites Mirels 1989 and words the result as decision support', () => {
    const result = calculateMirels({
      site: 'peritrochanteric',
      pain: 'functional',
      lesion: 'lytic',
      size: 'over_two_thirds',
    });
    expect(result.source).toMatch(/Mirels H.*Clin Orthop Relat Res 1989;\(249\):256/);
    expect(result.interpretation).toMatch(/^Mirels 12: .*prophylactic fixation.*for the board to consider/);
  });
});
