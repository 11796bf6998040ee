import { RECOMMENDATION_KINDS, parseRecommendationItem, recommendationItemSchema } from './recommendation-kinds.js';

const LESION = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const SEED_LESION = '00000000-0000-0000-0000-000000000001';

// One valid item per kind, written from the brief, not from the schema.
const VALID: Record<string, Record<string, unknown>> = {
  radiotherapy: {
    kind: 'radiotherapy',
    target: 'T12',
    technique: 'sbrt',
    totalDoseGy: 24,
    fractions: 2,
    regimenCode: 'sbrt_24gy_2fx',
    rationale: 'Painful T12 metastasis, SINS 6, no epidural disease',
    lesionIds: [LESION],
  },
  ablation: { kind: 'ablation', modality: 'cryoablation', cementoplasty: true, rationale: '' },
  surgery: { kind: 'surgery', procedure: 'stabilisation', fixation: 'intramedullary_nail', rationale: 'Mirels 10' },
  bone_modifying_agent: {
    kind: 'bone_modifying_agent',
    agent: 'zoledronic_acid',
    creatinineClearanceMlMin: 55,
    correctedCalciumMmolL: 2.3,
    dentalReviewDone: true,
    rationale: 'SRE prevention',
  },
  radiopharmaceutical: {
    kind: 'radiopharmaceutical',
    agent: 'radium_223',
    castrationResistantProstate: true,
    symptomaticBoneMetastases: true,
    knownVisceralMetastases: false,
    rationale: 'mCRPC, bone-only symptomatic disease',
  },
  systemic_therapy_change: {
    kind: 'systemic_therapy_change',
    suggestion: 'Consider switching endocrine therapy',
    rationale: 'Progression in bone',
  },
  further_imaging: { kind: 'further_imaging', modality: 'mri', region: 'whole spine', rationale: '' },
  biopsy: { kind: 'biopsy', site: 'L3 vertebral body', rationale: 'Unknown primary' },
  supportive_care: { kind: 'supportive_care', focus: 'physiotherapy', text: 'Gait training', rationale: '' },
  other: { kind: 'other', text: 'Discuss at next meeting with new imaging', rationale: '' },
};

function errorsOf(input: unknown) {
  const result = parseRecommendationItem(input);
  expect(result.success).toBe(false);
  return result.success ? [] : result.errors;
}
const pathsOf = (input: unknown) => errorsOf(input).map((e) => e.path);

describe('recommendation item schema', () => {
  it('lists the ten kinds of the brief', () => {
    expect([...RECOMMENDATION_KINDS].sort()).toEqual(Object.keys(VALID).sort());
  });

  it.each(Object.entries(VALID))('accepts a valid %s item', (_kind, input) => {
    const result = parseRecommendationItem(input);
    expect(result).toEqual({ success: true, item: input });
  });

  it('accepts each surgical procedure with its own fields', () => {
    for (const fixation of ['intramedullary_nail', 'plate', 'rod_screw_fixation']) {
      expect(parseRecommendationItem({ ...VALID.surgery, fixation }).success).toBe(true);
    }
    const base = { kind: 'surgery', rationale: '' };
    expect(parseRecommendationItem({ ...base, procedure: 'decompression' }).success).toBe(true);
    expect(parseRecommendationItem({ ...base, procedure: 'resection_reconstruction' }).success).toBe(true);
    expect(
      parseRecommendationItem({
        ...base,
        procedure: 'resection_reconstruction',
        reconstruction: { type: 'endoprosthesis' },
      }).success,
    ).toBe(true);
    expect(
      parseRecommendationItem({
        ...base,
        procedure: 'resection_reconstruction',
        reconstruction: { type: 'other', description: 'allograft-prosthesis composite' },
      }).success,
    ).toBe(true);
  });

  it('accepts each radiopharmaceutical with only its own eligibility inputs', () => {
    const base = { kind: 'radiopharmaceutical', rationale: '' };
    expect(parseRecommendationItem({ ...base, agent: 'lutetium_177_psma', psmaPetPositive: true }).success).toBe(true);
    expect(parseRecommendationItem({ ...base, agent: 'samarium_153' }).success).toBe(true);
    expect(parseRecommendationItem({ ...base, agent: 'strontium_89' }).success).toBe(true);
    expect(parseRecommendationItem({ ...base, agent: 'radium_223' }).success).toBe(true);
    expect(pathsOf({ ...base, agent: 'radium_223', psmaPetPositive: true })).toEqual(['psmaPetPositive']);
    expect(pathsOf({ ...base, agent: 'strontium_89', castrationResistantProstate: true })).toEqual([
      'castrationResistantProstate',
    ]);
  });

  it('treats JSON null in optional inputs as not recorded', () => {
    const input = {
      kind: 'bone_modifying_agent',
      agent: 'denosumab',
      creatinineClearanceMlMin: null,
      correctedCalciumMmolL: null,
      dentalReviewDone: null,
      lesionIds: null,
      rationale: '',
    };
    expect(parseRecommendationItem(input).success).toBe(true);
  });

  it('accepts fixed seed ids as lesion ids (any 8-4-4-4-12 hex, like PostgreSQL uuid)', () => {
    expect(parseRecommendationItem({ ...VALID.biopsy, lesionIds: [SEED_LESION, LESION] }).success).toBe(true);
  });

  it('trims free text', () => {
    const result = recommendationItemSchema.parse({ ...VALID.biopsy, site: '  left ilium \n', rationale: ' x ' });
    expect(result).toMatchObject({ site: 'left ilium', rationale: 'x' });
  });

  describe('rejections name the offending field', () => {
    it('rejects an unknown kind at path "kind"', () => {
      const errors = errorsOf({ kind: 'chemotherapy', rationale: '' });
      expect(errors.map((e) => e.path)).toEqual(['kind']);
      expect(errors[0]!.message).toMatch(
        /^unknown value \(got a text value\); expected one of "radiotherapy", "ablation"/,
      );
    });

    it('rejects a missing kind as required', () => {
      expect(errorsOf({ rationale: '' })).toEqual([{ path: 'kind', message: 'is required' }]);
    });

    it.each([null, 'radiotherapy', 7, []])('rejects a non-object item %p at the item level', (input) => {
      expect(pathsOf(input)).toEqual(['(item)']);
    });

    it('rejects unknown fields, each at its own path', () => {
      expect(pathsOf({ ...VALID.radiotherapy, dosePerFraction: 12, Target: 'T12' }).sort()).toEqual([
        'Target',
        'dosePerFraction',
      ]);
      expect(
        pathsOf({
          kind: 'surgery',
          procedure: 'resection_reconstruction',
          reconstruction: { type: 'endoprosthesis', colour: 'grey' },
          rationale: '',
        }),
      ).toEqual(['reconstruction.colour']);
    });

    it('rejects a typed dose on a bone-modifying agent (the dose is derived)', () => {
      expect(pathsOf({ ...VALID.bone_modifying_agent, doseMg: 4 })).toEqual(['doseMg']);
    });

    it.each([
      [-8, 'must be more than 0 Gy'],
      [0, 'must be more than 0 Gy'],
      [80.01, 'must be at most 80 Gy'],
      [20.005, 'must be in whole cGy (at most two decimals in Gy)'],
      ['20', 'must be a JSON number'],
    ])('rejects totalDoseGy %p at path "totalDoseGy"', (totalDoseGy, message) => {
      expect(errorsOf({ ...VALID.radiotherapy, regimenCode: null, totalDoseGy })).toEqual([
        { path: 'totalDoseGy', message },
      ]);
    });

    it('accepts the dose limits 0.01 and 80 Gy', () => {
      for (const totalDoseGy of [0.01, 80, 20.5]) {
        expect(parseRecommendationItem({ ...VALID.radiotherapy, regimenCode: null, totalDoseGy }).success).toBe(true);
      }
    });

    it.each([0, 41, 1.5, null])('rejects fractions %p at path "fractions"', (fractions) => {
      expect(pathsOf({ ...VALID.radiotherapy, regimenCode: null, fractions })).toEqual(['fractions']);
    });

    it('accepts 1 and 40 fractions', () => {
      for (const fractions of [1, 40]) {
        expect(parseRecommendationItem({ ...VALID.radiotherapy, regimenCode: null, fractions }).success).toBe(true);
      }
    });

    it('rejects a regimen code that disagrees with the prescription', () => {
      const errors = errorsOf({ ...VALID.radiotherapy, totalDoseGy: 30 });
      expect(errors.map((e) => e.path)).toEqual(['regimenCode']);
      expect(errors[0]!.message).toMatch(/"sbrt_24gy_2fx" is sbrt 24 Gy in 2 fractions, which disagrees/);
      expect(pathsOf({ ...VALID.radiotherapy, technique: 'conventional_ebrt' })).toEqual(['regimenCode']);
      expect(pathsOf({ ...VALID.radiotherapy, regimenCode: 'sbrt_16gy_1fx' })).toEqual(['regimenCode']);
      expect(pathsOf({ ...VALID.radiotherapy, regimenCode: 'sbrt_99gy' })).toEqual(['regimenCode']);
    });

    it('rejects an unknown technique and an empty target', () => {
      expect(pathsOf({ ...VALID.radiotherapy, technique: 'protons', target: '   ' }).sort()).toEqual([
        'target',
        'technique',
      ]);
    });

    it('rejects a stabilisation without fixation and a decompression with one', () => {
      expect(errorsOf({ kind: 'surgery', procedure: 'stabilisation', rationale: '' })).toEqual([
        { path: 'fixation', message: 'is required' },
      ]);
      expect(pathsOf({ kind: 'surgery', procedure: 'decompression', fixation: 'plate', rationale: '' })).toEqual([
        'fixation',
      ]);
      expect(pathsOf({ ...VALID.surgery, fixation: 'cast' })).toEqual(['fixation']);
    });

    it('rejects an unknown surgical procedure at path "procedure"', () => {
      const errors = errorsOf({ kind: 'surgery', procedure: 'amputation', rationale: '' });
      expect(errors.map((e) => e.path)).toEqual(['procedure']);
      expect(errors[0]!.message).toMatch(/^unknown value \(got a text value\); expected one of "stabilisation"/);
    });

    it('rejects an "other" reconstruction without a description', () => {
      expect(
        pathsOf({
          kind: 'surgery',
          procedure: 'resection_reconstruction',
          reconstruction: { type: 'other' },
          rationale: '',
        }),
      ).toEqual(['reconstruction.description']);
    });

    it('rejects implausible or mistyped bone-modifying-agent inputs', () => {
      expect(
        pathsOf({
          ...VALID.bone_modifying_agent,
          agent: 'pamidronate',
          creatinineClearanceMlMin: -5,
          correctedCalciumMmolL: 9.2,
          dentalReviewDone: 'yes',
        }).sort(),
      ).toEqual(['agent', 'correctedCalciumMmolL', 'creatinineClearanceMlMin', 'dentalReviewDone']);
    });

    it('rejects bad lesion ids and a lesion listed twice', () => {
      expect(pathsOf({ ...VALID.biopsy, lesionIds: ['lesion-1'] })).toEqual(['lesionIds.0']);
      expect(pathsOf({ ...VALID.biopsy, lesionIds: [LESION, LESION.toUpperCase()] })).toEqual(['lesionIds']);
    });

    it('requires the rationale key and the free text of each kind', () => {
      expect(pathsOf({ kind: 'other' }).sort()).toEqual(['rationale', 'text']);
      expect(pathsOf({ kind: 'further_imaging', modality: 'spect', region: '', rationale: '' }).sort()).toEqual([
        'modality',
        'region',
      ]);
      expect(pathsOf({ kind: 'supportive_care', focus: 'diet', text: 'x', rationale: '' })).toEqual(['focus']);
      expect(pathsOf({ kind: 'systemic_therapy_change', rationale: '' })).toEqual(['suggestion']);
    });
  });
});
