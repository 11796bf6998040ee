import { checkRadiopharmaceutical } from './radiopharmaceutical-checks.js';
import { recommendationItemSchema, type RadiopharmaceuticalItem } from './recommendation-kinds.js';
import type { SafetyCheckContext, SafetyWarning } from './safety-warning.js';

function item(input: Record<string, unknown>): RadiopharmaceuticalItem {
  const parsed = recommendationItemSchema.parse({ kind: 'radiopharmaceutical', rationale: '', ...input });
  if (parsed.kind !== 'radiopharmaceutical') throw new Error('test setup: not a radiopharmaceutical');
  return parsed;
}

const check = (input: Record<string, unknown>, context?: SafetyCheckContext) =>
  checkRadiopharmaceutical(item(input), context);
const codes = (warnings: SafetyWarning[]) => warnings.map((w) => w.code).sort();
const warningCodes = (warnings: SafetyWarning[]) => codes(warnings.filter((w) => w.severity !== 'info'));

// Xofigo label: CRPC + symptomatic bone metastases + no known visceral metastases.
const RADIUM_ELIGIBLE = {
  agent: 'radium_223',
  castrationResistantProstate: true,
  symptomaticBoneMetastases: true,
  knownVisceralMetastases: false,
};
const PROSTATE: SafetyCheckContext = { primaryCancer: 'prostate' };

describe('radiopharmaceutical eligibility prompts', () => {
  describe('radium-223', () => {
    it('all three label conditions met with a prostate primary → no eligibility warning', () => {
      expect(warningCodes(check(RADIUM_ELIGIBLE, PROSTATE))).toEqual([]);
    });

    it.each([
      ['castrationResistantProstate', false, 'radium_223_crpc_not_confirmed'],
      ['symptomaticBoneMetastases', false, 'radium_223_symptomatic_bone_metastases_not_confirmed'],
      ['knownVisceralMetastases', true, 'radium_223_visceral_metastases_not_excluded'],
    ])('%s = %p alone → %s warning', (field, value, code) => {
      const warnings = check({ ...RADIUM_ELIGIBLE, [field]: value }, PROSTATE);
      expect(warningCodes(warnings)).toEqual([code]);
      expect(warnings.find((w) => w.code === code)!.source).toMatch(/Xofigo.*\[V, label\]/);
    });

    it.each([
      ['castrationResistantProstate', 'radium_223_crpc_not_confirmed'],
      ['symptomaticBoneMetastases', 'radium_223_symptomatic_bone_metastases_not_confirmed'],
      ['knownVisceralMetastases', 'radium_223_visceral_metastases_not_excluded'],
    ])('%s not recorded → %s warning saying so', (field, code) => {
      const warnings = check({ ...RADIUM_ELIGIBLE, [field]: null }, PROSTATE);
      expect(warningCodes(warnings)).toEqual([code]);
      expect(warnings.find((w) => w.code === code)!.message).toMatch(/not recorded/);
    });

    it.each(['breast', 'lung', 'kidney', 'thyroid', 'melanoma', 'myeloma', 'other'] as const)(
      'a %s primary → non-prostate warning, even with every box ticked',
      (primaryCancer) => {
        const warnings = check(RADIUM_ELIGIBLE, { primaryCancer });
        expect(warningCodes(warnings)).toEqual(['radium_223_non_prostate_primary']);
        expect(warnings.find((w) => w.code === 'radium_223_non_prostate_primary')!.message).toContain(primaryCancer);
      },
    );

    it('an unrecorded primary adds no primary warning (the CRPC answer covers it)', () => {
      expect(warningCodes(check(RADIUM_ELIGIBLE, {}))).toEqual([]);
      expect(warningCodes(check(RADIUM_ELIGIBLE, { primaryCancer: null }))).toEqual([]);
    });

    it('always says not to combine with abiraterone + prednisone, marked [M]', () => {
      const prompt = check(RADIUM_ELIGIBLE, PROSTATE).find((w) => w.code === 'radium_223_abiraterone_prednisone');
      expect(prompt?.severity).toBe('info');
      expect(prompt?.message).toMatch(/abiraterone plus prednisone/);
      expect(prompt?.source).toMatch(/\[M/);
    });
  });

  describe('lutetium-177-PSMA', () => {
    it('prostate primary and PSMA PET positive → no eligibility warning', () => {
      const warnings = check({ agent: 'lutetium_177_psma', psmaPetPositive: true }, PROSTATE);
      expect(warningCodes(warnings)).toEqual([]);
      expect(codes(warnings)).toEqual(['lutetium_psma_label_prerequisites']);
    });

    it.each([false, null])('PSMA PET positive %p → warning', (psmaPetPositive) => {
      expect(warningCodes(check({ agent: 'lutetium_177_psma', psmaPetPositive }, PROSTATE))).toEqual([
        'lutetium_psma_pet_not_positive',
      ]);
    });

    it('a non-prostate primary → warning naming it', () => {
      const warnings = check({ agent: 'lutetium_177_psma', psmaPetPositive: true }, { primaryCancer: 'kidney' });
      expect(warningCodes(warnings)).toEqual(['lutetium_psma_prostate_not_confirmed']);
      expect(warnings.find((w) => w.severity === 'warning')!.message).toContain('kidney');
    });

    it('an unrecorded primary → warning that prostate is not confirmed', () => {
      const warnings = check({ agent: 'lutetium_177_psma', psmaPetPositive: true });
      expect(warningCodes(warnings)).toEqual(['lutetium_psma_prostate_not_confirmed']);
      expect(warnings.find((w) => w.severity === 'warning')!.message).toMatch(/not recorded/);
    });

    it('both missing → both warnings, citing the Pluvicto label', () => {
      const warnings = check({ agent: 'lutetium_177_psma', psmaPetPositive: false }, { primaryCancer: 'breast' });
      expect(warningCodes(warnings)).toEqual([
        'lutetium_psma_pet_not_positive',
        'lutetium_psma_prostate_not_confirmed',
      ]);
      for (const w of warnings) expect(w.source).toMatch(/Pluvicto/);
    });
  });

  describe.each([
    ['samarium_153', /Quadramet/],
    ['strontium_89', /Strontium-89.*Polatom/],
  ])('%s', (agent, source) => {
    it('gives info only: pain palliation only, bone-scan uptake first', () => {
      const warnings = check({ agent }, { primaryCancer: 'breast' });
      expect(warnings.map((w) => [w.code, w.severity])).toEqual([
        ['radiopharmaceutical_pain_palliation_only', 'info'],
        ['radiopharmaceutical_bone_scan_uptake', 'info'],
      ]);
      expect(warnings[0]!.message).toMatch(/pain only.*no survival benefit/);
      expect(warnings[1]!.message).toMatch(/bone scan/);
      for (const w of warnings) expect(w.source).toMatch(source);
    });
  });
});
