import { describeRecommendationItem } from './describe-recommendation.js';
import { recommendationItemSchema } from './recommendation-kinds.js';

/** Items go through the schema, so each one here is a valid stored item. */
const describeInput = (input: Record<string, unknown>, context?: { creatinineClearanceMlMin?: number | null }) =>
  describeRecommendationItem(recommendationItemSchema.parse({ rationale: '', ...input }), context);

describe('describeRecommendationItem', () => {
  it.each([
    [
      { kind: 'radiotherapy', target: 'T12', technique: 'sbrt', totalDoseGy: 24, fractions: 2 },
      'SBRT 24 Gy in 2 fractions to T12',
    ],
    [
      {
        kind: 'radiotherapy',
        target: 'left proximal femur',
        technique: 'conventional_ebrt',
        totalDoseGy: 8,
        fractions: 1,
      },
      'Conventional EBRT 8 Gy in 1 fraction to left proximal femur',
    ],
    [
      { kind: 'radiotherapy', target: 'L2–L4', technique: 'conventional_ebrt', totalDoseGy: 20.5, fractions: 5 },
      'Conventional EBRT 20.5 Gy in 5 fractions to L2–L4',
    ],
    [
      { kind: 'ablation', modality: 'radiofrequency', cementoplasty: true },
      'Radiofrequency ablation with cementoplasty',
    ],
    [{ kind: 'ablation', modality: 'cryoablation', cementoplasty: false }, 'Cryoablation'],
    [
      { kind: 'surgery', procedure: 'stabilisation', fixation: 'intramedullary_nail' },
      'Stabilisation with intramedullary nail',
    ],
    [{ kind: 'surgery', procedure: 'stabilisation', fixation: 'plate' }, 'Stabilisation with plate'],
    [
      { kind: 'surgery', procedure: 'stabilisation', fixation: 'rod_screw_fixation' },
      'Stabilisation with rod and screw fixation',
    ],
    [{ kind: 'surgery', procedure: 'decompression' }, 'Decompression'],
    [{ kind: 'surgery', procedure: 'resection_reconstruction' }, 'Resection and reconstruction'],
    [
      { kind: 'surgery', procedure: 'resection_reconstruction', reconstruction: { type: 'endoprosthesis' } },
      'Resection and reconstruction with endoprosthesis',
    ],
    [
      {
        kind: 'surgery',
        procedure: 'resection_reconstruction',
        reconstruction: { type: 'other', description: 'allograft' },
      },
      'Resection and reconstruction with allograft',
    ],
    [{ kind: 'bone_modifying_agent', agent: 'denosumab' }, 'Denosumab 120 mg SC every 4 weeks'],
    [{ kind: 'radiopharmaceutical', agent: 'radium_223' }, 'Radium-223'],
    [{ kind: 'radiopharmaceutical', agent: 'lutetium_177_psma' }, 'Lutetium-177-PSMA'],
    [{ kind: 'radiopharmaceutical', agent: 'samarium_153' }, 'Samarium-153 lexidronam'],
    [{ kind: 'radiopharmaceutical', agent: 'strontium_89' }, 'Strontium-89 chloride'],
    [
      { kind: 'systemic_therapy_change', suggestion: 'Consider\n  enzalutamide' },
      'Systemic therapy change (suggestion to the referring oncologist): Consider enzalutamide',
    ],
    [{ kind: 'further_imaging', modality: 'mri', region: 'whole spine' }, 'MRI of whole spine'],
    [{ kind: 'further_imaging', modality: 'psma_pet', region: 'whole body' }, 'PSMA PET of whole body'],
    [{ kind: 'further_imaging', modality: 'xray', region: 'left femur' }, 'X-ray of left femur'],
    [{ kind: 'biopsy', site: 'L3' }, 'Biopsy of L3'],
    [{ kind: 'supportive_care', focus: 'pain', text: 'Opioid titration' }, 'Pain management: Opioid titration'],
    [{ kind: 'supportive_care', focus: 'physiotherapy', text: 'Gait training' }, 'Physiotherapy: Gait training'],
    [{ kind: 'supportive_care', focus: 'support_services', text: 'Social work' }, 'Support services: Social work'],
    [{ kind: 'supportive_care', focus: 'other', text: 'Dietitian' }, 'Supportive care: Dietitian'],
    [{ kind: 'other', text: 'Rediscuss after\nrestaging' }, 'Rediscuss after restaging'],
  ])('%j → %s', (input, expected) => {
    expect(describeInput(input)).toBe(expected);
  });

  describe('zoledronic acid: dose derived from creatinine clearance', () => {
    const zoledronic = { kind: 'bone_modifying_agent', agent: 'zoledronic_acid' };

    it.each([
      [75, 'Zoledronic acid 4.0 mg IV every 3–4 weeks'],
      [55, 'Zoledronic acid 3.5 mg IV every 3–4 weeks'],
      [45, 'Zoledronic acid 3.3 mg IV every 3–4 weeks'],
      [35, 'Zoledronic acid 3.0 mg IV every 3–4 weeks'],
      [25, 'Zoledronic acid — not recommended at creatinine clearance below 30 mL/min'],
    ])('CrCl %p on the item → %s', (creatinineClearanceMlMin, expected) => {
      expect(describeInput({ ...zoledronic, creatinineClearanceMlMin })).toBe(expected);
    });

    it('takes CrCl from the case when the item has none, the item winning when both do', () => {
      expect(describeInput(zoledronic, { creatinineClearanceMlMin: 55 })).toBe(
        'Zoledronic acid 3.5 mg IV every 3–4 weeks',
      );
      expect(describeInput({ ...zoledronic, creatinineClearanceMlMin: 45 }, { creatinineClearanceMlMin: 75 })).toBe(
        'Zoledronic acid 3.3 mg IV every 3–4 weeks',
      );
    });

    it('says the dose needs a creatinine clearance when none is recorded', () => {
      expect(describeInput({ ...zoledronic, creatinineClearanceMlMin: null }, { creatinineClearanceMlMin: null })).toBe(
        'Zoledronic acid IV every 3–4 weeks, dose by creatinine clearance (not recorded)',
      );
    });
  });
});
