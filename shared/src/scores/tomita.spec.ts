import { ScoreInputError, type ScoreInputIssue } from './errors.js';
import { calculateTomita, tomitaInputSchema } from './tomita.js';

// Tomita K et al., Spine 2001;26(3):298, scoring table — independent copy for the tests.
const PAPER: Record<string, Record<string, number>> = {
  primaryGrowth: { slow: 1, moderate: 2, rapid: 4 },
  visceralMetastases: { none: 0, treatable: 2, untreatable: 4 },
  boneMetastases: { solitary: 1, multiple: 2 },
};

function paperCategory(total: number): string {
  if (total <= 3) return 'wide_or_marginal_excision';
  if (total <= 5) return 'marginal_or_intralesional_excision';
  if (total <= 7) return 'palliative_surgery';
  return 'supportive_care';
}

const BEST = { primaryGrowth: 'slow', visceralMetastases: 'none', boneMetastases: 'solitary' };

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

describe('Tomita (Tomita 2001)', () => {
  describe('each option gives its published points', () => {
    const cases = Object.entries(PAPER).flatMap(([component, options]) =>
      Object.entries(options).map(([value, points]) => [component, value, points] as const),
    );
    it.each(cases)('%s = %s scores %i', (component, value, points) => {
      const result = calculateTomita({ ...BEST, [component]: value });
      const baseline = { primaryGrowth: 1, visceralMetastases: 0, boneMetastases: 1 }[component]!;
      expect(result.total).toBe(2 - baseline + points);
      expect(result.components.find((c) => c.name === component)).toEqual({ name: component, value, points });
    });
  });

  it('gives rapid growth 4 points (not 3), so the range reaches 10', () => {
    expect(
      calculateTomita({ primaryGrowth: 'rapid', visceralMetastases: 'untreatable', boneMetastases: 'multiple' }).total,
    ).toBe(10);
  });

  it('scores all 18 combinations as the paper-table sum and band', () => {
    let checked = 0;
    for (const primaryGrowth of Object.keys(PAPER.primaryGrowth!))
      for (const visceralMetastases of Object.keys(PAPER.visceralMetastases!))
        for (const boneMetastases of Object.keys(PAPER.boneMetastases!)) {
          const input = { primaryGrowth, visceralMetastases, boneMetastases };
          const expected = Object.entries(input).reduce((sum, [k, v]) => sum + PAPER[k]![v]!, 0);
          const result = calculateTomita(input);
          expect(result.total).toBe(expected);
          expect(result.category).toBe(paperCategory(expected));
          checked += 1;
        }
    expect(checked).toBe(18);
  });

  describe('band edges', () => {
    it.each([
      ['slow', 'none', 'solitary', 2, 'wide_or_marginal_excision'],
      ['slow', 'none', 'multiple', 3, 'wide_or_marginal_excision'],
      ['moderate', 'none', 'multiple', 4, 'marginal_or_intralesional_excision'],
      ['slow', 'treatable', 'multiple', 5, 'marginal_or_intralesional_excision'],
      ['rapid', 'none', 'multiple', 6, 'palliative_surgery'],
      ['rapid', 'treatable', 'solitary', 7, 'palliative_surgery'],
      ['rapid', 'treatable', 'multiple', 8, 'supportive_care'],
      ['rapid', 'untreatable', 'multiple', 10, 'supportive_care'],
    ])('%s / %s / %s = %i → %s', (primaryGrowth, visceralMetastases, boneMetastases, total, category) => {
      const result = calculateTomita({ primaryGrowth, visceralMetastases, boneMetastases });
      expect(result.total).toBe(total);
      expect(result.category).toBe(category);
    });
  });

  describe('invalid input', () => {
    it('names every missing component at once', () => {
      expect(componentsOf(issuesOf(() => calculateTomita({})))).toEqual([
        'boneMetastases',
        'primaryGrowth',
        'visceralMetastases',
      ]);
    });

    it('rejects unknown values and extra keys together', () => {
      const issues = issuesOf(() =>
        calculateTomita({ ...BEST, primaryGrowth: 'fast', boneMetastases: 2, primary: 'lung' }),
      );
      expect(componentsOf(issues)).toEqual(['boneMetastases', 'primary', 'primaryGrowth']);
    });
  });

  it('exports its zod schema', () => {
    expect(tomitaInputSchema.safeParse(BEST).success).toBe(true);
    expect(tomitaInputSchema.safeParse({}).success).toBe(false);
  });

  it('cites Tomita 2001 and words the result as decision support', () => {
    const result = calculateTomita(BEST);
    expect(result.source).toMatch(/Tomita K.*Spine 2001;26\(3\):298/);
    expect(result.interpretation).toMatch(/^Tomita 2: .*wide or marginal excision.*for the board to consider/);
  });
});
