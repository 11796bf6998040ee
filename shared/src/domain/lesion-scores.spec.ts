import { calculateSins, SINS_SOURCE } from '../scores/index.js';
import { computeLesionScores, type LesionScoreFields, type ScoreOutcome } from './lesion-scores.js';

/** The result of a complete outcome; fails the test (instead of branching around expect) otherwise. */
function resultOf<R>(outcome: ScoreOutcome<R>): R {
  if (outcome.status !== 'complete') throw new Error(`expected a complete score, got ${JSON.stringify(outcome)}`);
  return outcome.result;
}

// T12 lytic lesion with mechanical pain (Fisher 2010: junctional 3 + mechanical 3 + lytic 2), normal
// alignment 0, <50 % collapse 2, unilateral posterolateral 1 = 11, potentially unstable.
const T12: LesionScoreFields = {
  site: { region: 'spine', level: 'T12' },
  type: 'lytic',
  sinsInput: { pain: 'mechanical', alignment: 'normal', collapse: 'under_50', posterolateral: 'unilateral' },
  bilskyGrade: '2',
};

describe('lesion scores', () => {
  describe('SINS', () => {
    it('scores a T12 lytic lesion with mechanical pain: location junctional, derived from the level', () => {
      const sins = resultOf(computeLesionScores(T12).sins);
      expect(sins.derivedLocation).toBe('junctional');
      expect(sins.level).toBe('T12');
      expect(sins.components).toEqual([
        { name: 'location', value: 'junctional', points: 3 },
        { name: 'pain', value: 'mechanical', points: 3 },
        { name: 'lesion', value: 'lytic', points: 2 },
        { name: 'alignment', value: 'normal', points: 0 },
        { name: 'collapse', value: 'under_50', points: 2 },
        { name: 'posterolateral', value: 'unilateral', points: 1 },
      ]);
      expect(sins.total).toBe(11);
      expect(sins.category).toBe('potentially_unstable');
      expect(sins.source).toBe(SINS_SOURCE);
    });

    it('gives the same answer as the calculator fed by hand', () => {
      const byHand = calculateSins({
        level: 'T12',
        pain: 'mechanical',
        lesion: 'lytic',
        alignment: 'normal',
        collapse: 'under_50',
        posterolateral: 'unilateral',
      });
      expect(resultOf(computeLesionScores(T12).sins)).toEqual(byHand);
    });

    it.each([
      ['L3', 'mobile', 2],
      ['T6', 'semi_rigid', 1],
      ['S3', 'rigid', 0],
      ['S1', 'junctional', 3],
    ] as const)('derives %s as %s (%i points)', (level, location, points) => {
      const sins = resultOf(computeLesionScores({ ...T12, site: { region: 'spine', level } }).sins);
      expect(sins.components[0]).toEqual({ name: 'location', value: location, points });
    });

    it('maps the lesion type to the SINS lesion component', () => {
      const blastic = resultOf(computeLesionScores({ ...T12, type: 'blastic' }).sins);
      expect(blastic.components.find((c) => c.name === 'lesion')).toEqual({
        name: 'lesion',
        value: 'blastic',
        points: 0,
      });
      expect(blastic.total).toBe(9);
    });

    it('lists every missing component, in SINS order, instead of scoring a partial total', () => {
      expect(
        computeLesionScores({ ...T12, type: null, sinsInput: { pain: 'mechanical', collapse: null } }).sins,
      ).toEqual({
        status: 'incomplete',
        missing: ['lesion', 'alignment', 'collapse', 'posterolateral'],
      });
      expect(computeLesionScores({ site: T12.site }).sins).toEqual({
        status: 'incomplete',
        missing: ['pain', 'lesion', 'alignment', 'collapse', 'posterolateral'],
      });
    });

    it('does not apply outside the vertebral levels, and says how to score a sacral lesion', () => {
      expect(computeLesionScores({ site: { region: 'femur', segment: 'shaft' } }).sins.status).toBe('not_applicable');
      expect(computeLesionScores({ site: { region: 'sacrum' } }).sins).toEqual({
        status: 'not_applicable',
        reason: expect.stringMatching(/record the sacral level \(S1–S5\)/) as unknown,
      });
    });
  });

  describe('Mirels', () => {
    const FEMUR: LesionScoreFields = {
      site: { region: 'femur', segment: 'trochanteric' },
      type: 'lytic',
      fracturePresent: false,
      mirelsInput: { pain: 'functional', size: 'over_two_thirds' },
    };

    it('scores a peritrochanteric lytic lesion from the site, type and inputs', () => {
      const mirels = resultOf(computeLesionScores(FEMUR).mirels);
      expect(mirels.components).toEqual([
        { name: 'site', value: 'peritrochanteric', points: 3 },
        { name: 'pain', value: 'functional', points: 3 },
        { name: 'lesion', value: 'lytic', points: 3 },
        { name: 'size', value: 'over_two_thirds', points: 3 },
      ]);
      expect(mirels.total).toBe(12);
      expect(mirels.category).toBe('high');
    });

    it('scores the femoral shaft as lower limb', () => {
      const mirels = resultOf(
        computeLesionScores({ ...FEMUR, site: { region: 'femur', segment: 'shaft' }, type: 'blastic' }).mirels,
      );
      expect(mirels.components[0]).toEqual({ name: 'site', value: 'lower_limb', points: 2 });
      expect(mirels.total).toBe(9);
    });

    it('adds the humerus caveat for a humeral lesion only', () => {
      const humerus = resultOf(computeLesionScores({ ...FEMUR, site: { region: 'humerus', segment: 'shaft' } }).mirels);
      const radius = resultOf(computeLesionScores({ ...FEMUR, site: { region: 'radius', segment: 'shaft' } }).mirels);
      expect(humerus.components[0]).toEqual({ name: 'site', value: 'upper_limb', points: 1 });
      expect(humerus.caveats).toHaveLength(2);
      expect(radius.caveats).toHaveLength(1);
    });

    it('lists what is missing', () => {
      expect(computeLesionScores({ ...FEMUR, type: undefined, mirelsInput: { pain: 'mild' } }).mirels).toEqual({
        status: 'incomplete',
        missing: ['lesion', 'size'],
      });
      expect(computeLesionScores({ site: FEMUR.site }).mirels).toEqual({
        status: 'incomplete',
        missing: ['pain', 'lesion', 'size'],
      });
    });

    it('does not apply once the bone has fractured, nor outside long bones', () => {
      expect(computeLesionScores({ ...FEMUR, fracturePresent: true }).mirels).toEqual({
        status: 'not_applicable',
        reason: expect.stringMatching(/fracture is already present/) as unknown,
      });
      expect(computeLesionScores(T12).mirels.status).toBe('not_applicable');
      expect(computeLesionScores({ site: { region: 'pelvis', part: 'acetabulum' } }).mirels.status).toBe(
        'not_applicable',
      );
    });
  });

  describe('Bilsky', () => {
    it('grades a spinal lesion when a grade was read', () => {
      const bilsky = resultOf(computeLesionScores(T12).bilsky);
      expect(bilsky.grade).toBe('2');
      expect(bilsky.highGrade).toBe(true);
    });

    it('asks for the grade when none was read, and does not apply off the spine', () => {
      expect(computeLesionScores({ ...T12, bilskyGrade: null }).bilsky).toEqual({
        status: 'incomplete',
        missing: ['grade'],
      });
      expect(computeLesionScores({ site: { region: 'rib', number: 3 } }).bilsky.status).toBe('not_applicable');
    });
  });

  describe('NOMS', () => {
    const CONTEXT = { primaryCancer: 'kidney', neurology: 'myelopathy', ecog: 1, systemic: 'favourable' } as const;

    it('combines the lesion (ESCC, SINS) with the patient context', () => {
      const noms = resultOf(computeLesionScores(T12, CONTEXT).noms);
      // Renal cell is radioresistant; ESCC 2 is high grade; SINS 11 is not unstable.
      expect(noms.category).toBe('separation_surgery_then_srs');
      expect(noms.assessments.mechanical).toEqual({ sins: 11, stability: 'potentially_unstable' });
    });

    it('lets the clinician override the radiosensitivity of the primary', () => {
      const noms = resultOf(
        computeLesionScores(T12, { ...CONTEXT, primaryCancer: 'other', radiosensitivity: 'sensitive' }).noms,
      );
      expect(noms.category).toBe('cebrt');
    });

    it('is incomplete without the context, and never uses Karnofsky in place of ECOG', () => {
      expect(computeLesionScores(T12).noms).toEqual({
        status: 'incomplete',
        missing: ['neurology', 'radiosensitivity', 'ecog', 'systemic'],
      });
      expect(
        computeLesionScores({ ...T12, sinsInput: null }, { ...CONTEXT, primaryCancer: 'other', ecog: null }).noms,
      ).toEqual({
        status: 'incomplete',
        missing: ['radiosensitivity', 'sins', 'ecog'],
      });
    });
  });
});
