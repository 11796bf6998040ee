import { checkBoneModifyingAgent } from './bone-modifying-agent-checks.js';
import { recommendationItemSchema, type BoneModifyingAgentItem } from './recommendation-kinds.js';
import type { SafetyCheckContext, SafetyWarning } from './safety-warning.js';

function item(input: Record<string, unknown>): BoneModifyingAgentItem {
  const parsed = recommendationItemSchema.parse({ kind: 'bone_modifying_agent', rationale: '', ...input });
  if (parsed.kind !== 'bone_modifying_agent') throw new Error('test setup: not a bone-modifying agent');
  return parsed;
}

// A patient with nothing to flag apart from the always-on prompts.
const CLEAN = { creatinineClearanceMlMin: 90, correctedCalciumMmolL: 2.35, dentalReviewDone: true };

const check = (input: Record<string, unknown>, context?: SafetyCheckContext) =>
  checkBoneModifyingAgent(item(input), context);
const codes = (warnings: SafetyWarning[]) => warnings.map((w) => w.code).sort();
const find = (warnings: SafetyWarning[], code: string) => warnings.find((w) => w.code === code);

describe('bone-modifying agent safety prompts', () => {
  describe('zoledronic acid renal bands (every edge of the label table)', () => {
    it.each([
      [29, 'zoledronic_acid_crcl_below_30', 'contraindication'],
      [29.9, 'zoledronic_acid_crcl_below_30', 'contraindication'],
      [0, 'zoledronic_acid_crcl_below_30', 'contraindication'],
      [30, 'zoledronic_acid_renal_dose_reduced', 'info'],
      [39, 'zoledronic_acid_renal_dose_reduced', 'info'],
      [39.9, 'zoledronic_acid_renal_dose_reduced', 'info'],
      [40, 'zoledronic_acid_renal_dose_reduced', 'info'],
      [49, 'zoledronic_acid_renal_dose_reduced', 'info'],
      [50, 'zoledronic_acid_renal_dose_reduced', 'info'],
      [60, 'zoledronic_acid_renal_dose_reduced', 'info'],
    ])('CrCl %p → %s (%s)', (crcl, code, severity) => {
      const warnings = check({ ...CLEAN, agent: 'zoledronic_acid', creatinineClearanceMlMin: crcl });
      expect(find(warnings, code)?.severity).toBe(severity);
      expect(find(warnings, 'zoledronic_acid_crcl_missing')).toBeUndefined();
    });

    it.each([
      [30, '3.0 mg'],
      [39.9, '3.0 mg'],
      [40, '3.3 mg'],
      [49, '3.3 mg'],
      [50, '3.5 mg'],
      [60, '3.5 mg'],
    ])('CrCl %p names the reduced dose %s', (crcl, dose) => {
      const warnings = check({ ...CLEAN, agent: 'zoledronic_acid', creatinineClearanceMlMin: crcl });
      expect(find(warnings, 'zoledronic_acid_renal_dose_reduced')!.message).toContain(dose);
    });

    it.each([60.1, 61, 150])('CrCl %p → full dose: no renal flag, only the creatinine prompt', (crcl) => {
      const warnings = check({ ...CLEAN, agent: 'zoledronic_acid', creatinineClearanceMlMin: crcl });
      expect(codes(warnings)).toEqual(['bma_calcium_vitamin_d', 'zoledronic_acid_creatinine_each_dose']);
    });

    it('missing CrCl → warning that it is needed before dosing', () => {
      const warnings = check({ ...CLEAN, agent: 'zoledronic_acid', creatinineClearanceMlMin: null });
      const missing = find(warnings, 'zoledronic_acid_crcl_missing');
      expect(missing?.severity).toBe('warning');
      expect(missing?.message).toMatch(/creatinine clearance.*needed before dosing/i);
      expect(find(warnings, 'zoledronic_acid_crcl_below_30')).toBeUndefined();
    });

    it('always prompts a creatinine check before each dose, citing ASCO 2011', () => {
      for (const crcl of [null, 20, 45, 90]) {
        const prompt = find(
          check({ ...CLEAN, agent: 'zoledronic_acid', creatinineClearanceMlMin: crcl }),
          'zoledronic_acid_creatinine_each_dose',
        );
        expect(prompt?.severity).toBe('info');
        expect(prompt?.source).toMatch(/ASCO 2011/);
      }
    });

    it('cites the Zometa label with its [V2] verification note', () => {
      const warning = find(
        check({ ...CLEAN, agent: 'zoledronic_acid', creatinineClearanceMlMin: 20 }),
        'zoledronic_acid_crcl_below_30',
      );
      expect(warning?.source).toMatch(/Zometa.*\[V2: .*label table text itself was not retrieved\]/);
      expect(warning?.message).toMatch(/not recommended at creatinine clearance 20 mL\/min/);
    });

    it('uses the case CrCl when the item has none, and the item CrCl over the case', () => {
      const fromCase = check(
        { ...CLEAN, agent: 'zoledronic_acid', creatinineClearanceMlMin: null },
        {
          creatinineClearanceMlMin: 25,
        },
      );
      expect(find(fromCase, 'zoledronic_acid_crcl_below_30')).toBeDefined();
      const itemWins = check(
        { ...CLEAN, agent: 'zoledronic_acid', creatinineClearanceMlMin: 90 },
        {
          creatinineClearanceMlMin: 25,
        },
      );
      expect(find(itemWins, 'zoledronic_acid_crcl_below_30')).toBeUndefined();
    });
  });

  describe('denosumab', () => {
    it.each([0, 15, 29, 29.9])('CrCl %p (< 30) → severe hypocalcaemia warning', (crcl) => {
      const warning = find(
        check({ ...CLEAN, agent: 'denosumab', creatinineClearanceMlMin: crcl }),
        'denosumab_crcl_below_30',
      );
      expect(warning?.severity).toBe('warning');
      expect(warning?.message).toMatch(/severe hypocalcaemia/);
    });

    it.each([30, 45, 90])('CrCl %p → no renal warning and never a zoledronic acid prompt', (crcl) => {
      const warnings = check({ ...CLEAN, agent: 'denosumab', creatinineClearanceMlMin: crcl });
      expect(codes(warnings)).toEqual(['bma_calcium_vitamin_d', 'denosumab_oncology_product']);
    });

    it('reminds that it is the 120 mg oncology product, not the 60 mg osteoporosis one', () => {
      const prompt = find(check({ ...CLEAN, agent: 'denosumab' }), 'denosumab_oncology_product');
      expect(prompt?.message).toMatch(/120 mg every 4 weeks.*not the 60 mg/);
      expect(prompt?.message).toMatch(/No renal dose adjustment/);
    });

    it('notes an unrecorded CrCl at info level only (no renal dose adjustment)', () => {
      const warnings = check({ ...CLEAN, agent: 'denosumab', creatinineClearanceMlMin: null });
      expect(find(warnings, 'denosumab_crcl_missing')?.severity).toBe('info');
    });

    it('takes CrCl < 30 from the case', () => {
      const warnings = check(
        { ...CLEAN, agent: 'denosumab', creatinineClearanceMlMin: null },
        {
          creatinineClearanceMlMin: 22,
        },
      );
      expect(find(warnings, 'denosumab_crcl_below_30')).toBeDefined();
    });
  });

  describe.each(['zoledronic_acid', 'denosumab'])('%s: dental and calcium prompts', (agent) => {
    it.each([
      [false, 'not done'],
      [null, 'not recorded'],
    ])('dentalReviewDone %p → dental review warning (%s)', (dentalReviewDone, wording) => {
      const warning = find(check({ ...CLEAN, agent, dentalReviewDone }), 'bma_dental_review');
      expect(warning?.severity).toBe('warning');
      expect(warning?.message).toContain(`Dental review ${wording}`);
      expect(warning?.source).toMatch(/Yarom N.*MASCC\/ISOO\/ASCO.*J Clin Oncol 2019/);
    });

    it('no dental warning once the review is done', () => {
      expect(find(check({ ...CLEAN, agent, dentalReviewDone: true }), 'bma_dental_review')).toBeUndefined();
    });

    it.each([2.09, 1.8, 0.5])('corrected calcium %p mmol/L (< 2.1) → low calcium warning', (calcium) => {
      const warning = find(check({ ...CLEAN, agent, correctedCalciumMmolL: calcium }), 'bma_corrected_calcium_low');
      expect(warning?.severity).toBe('warning');
      expect(warning?.message).toContain('below 2.1 mmol/L');
      expect(warning?.source).toMatch(/\[M/);
    });

    it.each([2.1, 2.35, 2.8])('corrected calcium %p mmol/L → no low calcium warning', (calcium) => {
      expect(
        find(check({ ...CLEAN, agent, correctedCalciumMmolL: calcium }), 'bma_corrected_calcium_low'),
      ).toBeUndefined();
    });

    it('takes calcium from the case when the item has none', () => {
      const warnings = check({ ...CLEAN, agent, correctedCalciumMmolL: null }, { correctedCalciumMmolL: 1.9 });
      expect(find(warnings, 'bma_corrected_calcium_low')).toBeDefined();
    });

    it('prompts a calcium check when corrected calcium is not recorded anywhere', () => {
      const warnings = check({ ...CLEAN, agent, correctedCalciumMmolL: null });
      expect(find(warnings, 'bma_corrected_calcium_missing')?.severity).toBe('info');
      expect(find(warnings, 'bma_corrected_calcium_low')).toBeUndefined();
    });

    it('always prompts calcium and vitamin D supplementation', () => {
      for (const calcium of [null, 1.9, 2.4]) {
        const prompt = find(check({ ...CLEAN, agent, correctedCalciumMmolL: calcium }), 'bma_calcium_vitamin_d');
        expect(prompt?.severity).toBe('info');
        expect(prompt?.message).toMatch(/calcium and vitamin D/);
      }
    });
  });

  it('collects every problem at once for a patient with several', () => {
    const warnings = check({
      agent: 'zoledronic_acid',
      creatinineClearanceMlMin: 25,
      correctedCalciumMmolL: 1.95,
      dentalReviewDone: false,
    });
    expect(codes(warnings)).toEqual([
      'bma_calcium_vitamin_d',
      'bma_corrected_calcium_low',
      'bma_dental_review',
      'zoledronic_acid_crcl_below_30',
      'zoledronic_acid_creatinine_each_dose',
    ]);
  });
});
