import { calculateBilsky, bilskyInputSchema } from './bilsky.js';
import { ScoreInputError, type ScoreInputIssue } from './errors.js';

// Bilsky MH et al., J Neurosurg Spine 2010;13(3):324 — grades in order (rank 0–5); high grade = 2, 3.
const PAPER: [grade: string, rank: number, highGrade: boolean][] = [
  ['0', 0, false],
  ['1a', 1, false],
  ['1b', 2, false],
  ['1c', 3, false],
  ['2', 4, true],
  ['3', 5, true],
];

function issuesOf(run: () => unknown): ScoreInputIssue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ScoreInputError) return [...error.issues];
    throw error;
  }
  throw new Error('expected a ScoreInputError');
}

describe('Bilsky ESCC grade (Bilsky 2010)', () => {
  it.each(PAPER)('grade "%s" has rank %i, high grade %p', (grade, rank, highGrade) => {
    const result = calculateBilsky({ grade });
    expect(result.grade).toBe(grade);
    expect(result.rank).toBe(rank);
    expect(result.total).toBe(rank);
    expect(result.highGrade).toBe(highGrade);
    expect(result.category).toBe(highGrade ? 'high_grade' : 'low_grade');
    expect(result.components).toEqual([{ name: 'grade', value: grade, points: rank }]);
  });

  it.each(PAPER.map(([grade]) => grade))('grade "%s" interpretation says 1c is debated', (grade) => {
    expect(calculateBilsky({ grade }).interpretation).toMatch(/1c .*debated/);
  });

  it.each([0, 1, 2, 3, 2.0])('rejects the JSON number %p (grades are string labels)', (grade) => {
    const issues = issuesOf(() => calculateBilsky({ grade }));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.component).toBe('grade');
    expect(issues[0]!.message).toMatch(/unknown value \(got a number\)/);
  });

  it.each(['1', '1C', '4', ' 2', 'high', ''])('rejects the unknown label %p', (grade) => {
    expect(issuesOf(() => calculateBilsky({ grade })).map((i) => i.component)).toEqual(['grade']);
  });

  it('names a missing grade and unknown keys together', () => {
    const issues = issuesOf(() => calculateBilsky({ escc: '2', level: 'T5' }));
    expect(issues.map((i) => i.component).sort()).toEqual(['escc', 'grade', 'level']);
    expect(issues.find((i) => i.component === 'grade')!.message).toBe('is required');
  });

  it('exports its zod schema', () => {
    expect(bilskyInputSchema.safeParse({ grade: '1b' }).success).toBe(true);
    expect(bilskyInputSchema.safeParse({ grade: 2 }).success).toBe(false);
  });

  it('cites Bilsky 2010', () => {
    expect(calculateBilsky({ grade: '2' }).source).toMatch(/Bilsky MH.*J Neurosurg Spine 2010;13\(3\):324/);
  });
});
