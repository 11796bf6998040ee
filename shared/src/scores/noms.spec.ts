import { ScoreInputError, type ScoreInputIssue } from './errors.js';
import { NOMS_PRIMARIES, calculateNoms, nomsInputSchema, radiosensitivityForPrimary } from './noms.js';

// Laufer I et al., Oncologist 2013;18(6):744 decision table as given in the reference, written
// independently of noms.ts: S unfavourable overrides; otherwise O × N, plus stabilization if SINS ≥13.
function expectedDirection(radiosensitivity: string, escc: string, sins: number, systemic: string): string {
  if (systemic === 'unfavourable') return 'least_morbid_option';
  const highGrade = escc === '2' || escc === '3';
  const unstable = sins >= 13;
  if (radiosensitivity === 'sensitive') return unstable ? 'stabilization_then_cebrt' : 'cebrt';
  if (!highGrade) return unstable ? 'stabilization_then_srs' : 'srs';
  return unstable ? 'separation_surgery_with_stabilization_then_srs' : 'separation_surgery_then_srs';
}

const ESCC = ['0', '1a', '1b', '1c', '2', '3'];
// SINS band edges (Fisher 2010): 0–6 stable, 7–12 potentially unstable, 13–18 unstable.
const SINS_EDGES: [number, string][] = [
  [0, 'stable'],
  [6, 'stable'],
  [7, 'potentially_unstable'],
  [12, 'potentially_unstable'],
  [13, 'unstable'],
  [18, 'unstable'],
];

const BASE = {
  escc: '0',
  neurology: 'intact',
  radiosensitivity: 'sensitive',
  sins: 0,
  ecog: 1,
  systemic: 'favourable',
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

describe('NOMS (Laufer 2013)', () => {
  const cases = ['sensitive', 'resistant'].flatMap((radiosensitivity) =>
    ESCC.flatMap((escc) =>
      SINS_EDGES.flatMap(([sins, stability]) =>
        ['favourable', 'unfavourable'].map((systemic) => [radiosensitivity, escc, sins, stability, systemic] as const),
      ),
    ),
  );

  it.each(cases)('radio%s, ESCC %s, SINS %i (%s), systemic %s', (radiosensitivity, escc, sins, stability, systemic) => {
    const result = calculateNoms({ ...BASE, radiosensitivity, escc, sins, systemic });
    const direction = expectedDirection(radiosensitivity, escc, sins, systemic);
    expect(result.suggestedDirection.code).toBe(direction);
    expect(result.category).toBe(direction);
    expect(result.total).toBeNull();
    expect(result.assessments.neurologic.grade).toBe(escc === '2' || escc === '3' ? 'high_grade' : 'low_grade');
    expect(result.assessments.oncologic.radiosensitivity).toBe(radiosensitivity);
    expect(result.assessments.mechanical).toEqual({ sins, stability });
    expect(result.assessments.systemic).toEqual({ systemic, ecog: 1 });
  });

  it('words the direction as decision support, never as an order', () => {
    const result = calculateNoms({ ...BASE, radiosensitivity: 'resistant', escc: '3' });
    expect(result.suggestedDirection.text).toMatch(
      /^The NOMS framework suggests separation surgery .* for the board to consider\.$/,
    );
    expect(result.interpretation.startsWith(result.suggestedDirection.text)).toBe(true);
  });

  it('reports neurology and ECOG in the assessments without changing the direction', () => {
    for (const neurology of ['intact', 'radiculopathy', 'myelopathy', 'cauda_equina'])
      for (const ecog of [0, 1, 2, 3, 4]) {
        const result = calculateNoms({ ...BASE, neurology, ecog });
        expect(result.assessments.neurologic.neurology).toBe(neurology);
        expect(result.assessments.systemic.ecog).toBe(ecog);
        expect(result.category).toBe('cebrt');
      }
  });

  it('flags ESCC 1c as debated', () => {
    expect(calculateNoms({ ...BASE, escc: '1c' }).caveats.join(' ')).toMatch(/1c .*debated/);
    expect(calculateNoms({ ...BASE, escc: '1b' }).caveats.join(' ')).not.toMatch(/1c/);
  });

  it('asks for judgement on SINS 7–12', () => {
    expect(calculateNoms({ ...BASE, sins: 7 }).caveats.join(' ')).toMatch(/potentially unstable.*judgement/);
    expect(calculateNoms({ ...BASE, sins: 6 }).caveats).toEqual([]);
  });

  it('keeps instability visible when the systemic status is unfavourable', () => {
    const result = calculateNoms({ ...BASE, sins: 14, systemic: 'unfavourable' });
    expect(result.category).toBe('least_morbid_option');
    expect(result.caveats.join(' ')).toMatch(/SINS 14 is unstable/);
  });

  describe('radiosensitivityForPrimary ([M], to be verified)', () => {
    it.each([
      ['breast', 'sensitive'],
      ['prostate', 'sensitive'],
      ['myeloma', 'sensitive'],
      ['kidney', 'resistant'],
      ['thyroid', 'resistant'],
      ['melanoma', 'resistant'],
      ['lung', 'resistant'],
      ['other', undefined],
    ] as const)('%s → %p', (primary, expected) => {
      expect(radiosensitivityForPrimary(primary)).toBe(expected);
    });

    it('covers exactly the listed primaries', () => {
      expect([...NOMS_PRIMARIES].sort()).toEqual([
        'breast',
        'kidney',
        'lung',
        'melanoma',
        'myeloma',
        'other',
        'prostate',
        'thyroid',
      ]);
    });
  });

  describe('invalid input', () => {
    it('names every missing component at once', () => {
      expect(componentsOf(issuesOf(() => calculateNoms({})))).toEqual([
        'ecog',
        'escc',
        'neurology',
        'radiosensitivity',
        'sins',
        'systemic',
      ]);
    });

    it.each([
      ['escc', 2],
      ['escc', '4'],
      ['neurology', 'paraplegia'],
      ['radiosensitivity', 'intermediate'],
      ['sins', 19],
      ['sins', -1],
      ['sins', 7.5],
      ['sins', '7'],
      ['ecog', 5],
      ['ecog', '1'],
      ['systemic', 'good'],
    ])('rejects %s = %p', (component, value) => {
      expect(componentsOf(issuesOf(() => calculateNoms({ ...BASE, [component]: value })))).toEqual([component]);
    });

    it('rejects unknown extra keys', () => {
      expect(componentsOf(issuesOf(() => calculateNoms({ ...BASE, systemicDiseaseControlled: true })))).toEqual([
        'systemicDiseaseControlled',
      ]);
    });
  });

  it('exports its zod schema', () => {
    expect(nomsInputSchema.safeParse(BASE).success).toBe(true);
    expect(nomsInputSchema.safeParse({ ...BASE, escc: 2 }).success).toBe(false);
  });

  it('cites Laufer 2013', () => {
    expect(calculateNoms(BASE).source).toMatch(/Laufer I.*Oncologist 2013;18\(6\):744/);
  });
});
