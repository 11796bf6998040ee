import { recommendationItemSchema } from './recommendation-kinds.js';
import { checkRecommendationItem } from './safety-checks.js';
import type { SafetyCheckContext } from './safety-warning.js';

const check = (input: Record<string, unknown>, context?: SafetyCheckContext) =>
  checkRecommendationItem(recommendationItemSchema.parse({ rationale: '', ...input }), context);

const SEVERITY_RANK = { contraindication: 2, warning: 1, info: 0 } as const;

describe('checkRecommendationItem', () => {
  it('dispatches radiotherapy items to the prescription checks', () => {
    const warnings = check({
      kind: 'radiotherapy',
      target: 'T12',
      technique: 'conventional_ebrt',
      totalDoseGy: 18,
      fractions: 1,
    });
    expect(warnings.map((w) => w.code)).toEqual([
      'radiotherapy_conventional_high_dose_per_fraction',
      'radiotherapy_not_catalogue_regimen',
    ]);
  });

  it('dispatches bone-modifying agents, listing the most severe first', () => {
    const warnings = check(
      { kind: 'bone_modifying_agent', agent: 'zoledronic_acid', dentalReviewDone: false },
      { creatinineClearanceMlMin: 20, correctedCalciumMmolL: 2.0 },
    );
    expect(warnings[0]!.code).toBe('zoledronic_acid_crcl_below_30');
    expect(warnings[0]!.severity).toBe('contraindication');
    const ranks = warnings.map((w) => SEVERITY_RANK[w.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['bma_dental_review', 'bma_corrected_calcium_low', 'bma_calcium_vitamin_d']),
    );
  });

  it('lets item-level inputs override the case context', () => {
    const item = {
      kind: 'bone_modifying_agent',
      agent: 'zoledronic_acid',
      creatinineClearanceMlMin: 80,
      correctedCalciumMmolL: 2.4,
      dentalReviewDone: true,
    };
    const codes = check(item, { creatinineClearanceMlMin: 20, correctedCalciumMmolL: 1.8 }).map((w) => w.code);
    expect(codes).not.toContain('zoledronic_acid_crcl_below_30');
    expect(codes).not.toContain('bma_corrected_calcium_low');
  });

  it('passes the case primary cancer to the radiopharmaceutical checks', () => {
    const item = {
      kind: 'radiopharmaceutical',
      agent: 'radium_223',
      castrationResistantProstate: true,
      symptomaticBoneMetastases: true,
      knownVisceralMetastases: false,
    };
    expect(check(item, { primaryCancer: 'breast' })[0]!.code).toBe('radium_223_non_prostate_primary');
    expect(check(item, { primaryCancer: 'prostate' }).filter((w) => w.severity !== 'info')).toEqual([]);
  });

  it.each([
    { kind: 'ablation', modality: 'radiofrequency', cementoplasty: true },
    { kind: 'surgery', procedure: 'stabilisation', fixation: 'plate' },
    { kind: 'systemic_therapy_change', suggestion: 'Switch to enzalutamide' },
    { kind: 'further_imaging', modality: 'mri', region: 'spine' },
    { kind: 'biopsy', site: 'L3' },
    { kind: 'supportive_care', focus: 'pain', text: 'Opioid titration' },
    { kind: 'other', text: 'Rediscuss' },
  ])('returns no warnings for kinds without encoded rules: $kind', (input) => {
    expect(check(input, { primaryCancer: 'lung', creatinineClearanceMlMin: 10, correctedCalciumMmolL: 1.5 })).toEqual(
      [],
    );
  });

  it('gives every warning a code, severity, message and cited source', () => {
    const warnings = [
      ...check({ kind: 'bone_modifying_agent', agent: 'denosumab' }, { creatinineClearanceMlMin: 10 }),
      ...check({ kind: 'radiopharmaceutical', agent: 'lutetium_177_psma' }),
      ...check({ kind: 'radiopharmaceutical', agent: 'strontium_89' }),
      ...check({ kind: 'radiotherapy', target: 'femur', technique: 'sbrt', totalDoseGy: 27, fractions: 3 }),
    ];
    expect(warnings.length).toBeGreaterThan(5);
    for (const w of warnings) {
      expect(w.code).toMatch(/^[a-z0-9_]+$/);
      expect(['info', 'warning', 'contraindication']).toContain(w.severity);
      expect(w.message.length).toBeGreaterThan(10);
      expect(w.source).toMatch(/\[(V|V2|M)[\],:; ]/);
    }
  });
});
