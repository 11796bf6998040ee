import { addDays, computeLesionScores, type LesionScoreFields } from '../domain/index.js';
import {
  CASE_READINESS_CODES,
  assessCaseReadiness,
  caseReadinessSchema,
  type CaseReadinessCode,
  type CaseReadinessInput,
} from './case-readiness.js';

// A leap-year 1 March: 30 days back is 31 January, 60 days back is 1 January, 61 is the year before.
const TODAY = '2024-03-01';

function lesion(fields: LesionScoreFields, laterality: CaseReadinessInput['lesions'][number]['laterality'] = 'left') {
  return { site: fields.site, laterality, scores: computeLesionScores(fields) };
}

const T12_SCORED = lesion(
  {
    site: { region: 'spine', level: 'T12' },
    type: 'lytic',
    sinsInput: { pain: 'mechanical', alignment: 'normal', collapse: 'under_50', posterolateral: 'unilateral' },
  },
  'midline',
);

const FEMUR_SCORED = lesion({
  site: { region: 'femur', segment: 'subtrochanteric' },
  type: 'mixed',
  mirelsInput: { pain: 'moderate', size: 'under_one_third' },
});

/** A case with everything the board needs; each test breaks one thing. */
function readyCase(): CaseReadinessInput {
  return {
    case: { primaryCancer: 'breast', histology: null, clinicalQuestion: 'Stabilise T12 before radiotherapy?' },
    assessments: [
      { assessedOn: '2024-01-10', ecog: 2, karnofsky: null, painNrs: 8, neurology: 'radiculopathy' },
      { assessedOn: '2024-02-20', ecog: 1, karnofsky: 80, painNrs: 6, neurology: 'intact' },
    ],
    lesions: [T12_SCORED, FEMUR_SCORED],
    imaging: [{ performedOn: '2023-11-02' }, { performedOn: '2024-02-15' }],
  };
}

function itemOf(input: CaseReadinessInput, code: CaseReadinessCode, today = TODAY) {
  const found = assessCaseReadiness(input, today).items.find((i) => i.code === code);
  if (found === undefined) throw new Error(`no item ${code}`);
  return found;
}

/** Codes of the unmet items. */
function unmet(input: CaseReadinessInput, today = TODAY): CaseReadinessCode[] {
  return assessCaseReadiness(input, today)
    .items.filter((i) => !i.met)
    .map((i) => i.code);
}

describe('case readiness', () => {
  it('says a complete case is ready, item by item, in a stable order', () => {
    const result = assessCaseReadiness(readyCase(), TODAY);
    expect(result.ready).toBe(true);
    expect(result.items.map((i) => i.code)).toEqual([...CASE_READINESS_CODES]);
    expect(result.items.every((i) => i.met)).toBe(true);
    expect(caseReadinessSchema.parse(result)).toEqual(result);
  });

  it('labels every item for people', () => {
    const labels = assessCaseReadiness(readyCase(), TODAY).items.map((i) => i.label);
    expect(labels).toEqual([
      'Primary cancer recorded',
      'Clinical question for the board recorded',
      'ECOG or Karnofsky performance status within 30 days',
      'Pain score in the most recent assessment',
      'At least one imaging summary within 60 days',
      'SINS complete for every spinal lesion',
      'Mirels score complete for every long-bone lesion',
      'Neurological status recorded (spinal or sacral lesions present)',
    ]);
  });

  it('finds an empty draft unready on every item that needs data', () => {
    const empty: CaseReadinessInput = {
      case: { primaryCancer: null, clinicalQuestion: null },
      assessments: [],
      lesions: [T12_SCORED, lesion({ site: { region: 'humerus', segment: 'shaft' } })],
      imaging: [],
    };
    const result = assessCaseReadiness(empty, TODAY);
    expect(result.ready).toBe(false);
    expect(result.items.filter((i) => !i.met).map((i) => i.code)).toEqual([
      'primary_cancer',
      'clinical_question',
      'performance_status',
      'pain_score',
      'recent_imaging',
      'mirels_for_long_bone_lesions',
      'neurology_for_spinal_lesions',
    ]);
  });

  describe('primary cancer', () => {
    it('is unmet when not recorded', () => {
      expect(unmet({ ...readyCase(), case: { ...readyCase().case, primaryCancer: null } })).toEqual(['primary_cancer']);
    });

    it('needs the histology when the primary is "other"', () => {
      const other = { ...readyCase(), case: { ...readyCase().case, primaryCancer: 'other' as const } };
      expect(itemOf(other, 'primary_cancer')).toMatchObject({
        met: false,
        detail: expect.stringMatching(/histology/) as unknown,
      });
      expect(
        itemOf({ ...other, case: { ...other.case, histology: 'Hepatocellular carcinoma' } }, 'primary_cancer').met,
      ).toBe(true);
    });
  });

  describe('clinical question', () => {
    it.each([null, undefined, '', '   '])('is unmet for %p', (clinicalQuestion) => {
      expect(
        unmet({ ...readyCase(), case: { ...readyCase().case, clinicalQuestion } as CaseReadinessInput['case'] }),
      ).toEqual(['clinical_question']);
    });
  });

  describe('performance status within 30 days', () => {
    const onlyAssessment = (assessedOn: string, scales: { ecog?: number | null; karnofsky?: number | null }) => ({
      ...readyCase(),
      assessments: [{ assessedOn, ecog: null, karnofsky: null, painNrs: 4, neurology: 'intact' as const, ...scales }],
    });

    it('counts an ECOG exactly 30 days old', () => {
      expect(addDays(TODAY, -30)).toBe('2024-01-31');
      expect(itemOf(onlyAssessment('2024-01-31', { ecog: 1 }), 'performance_status')).toEqual({
        code: 'performance_status',
        label: 'ECOG or Karnofsky performance status within 30 days',
        met: true,
        detail: 'ECOG 1 on 2024-01-31, 30 days ago',
      });
    });

    it('does not count one 31 days old', () => {
      expect(itemOf(onlyAssessment('2024-01-30', { ecog: 1 }), 'performance_status')).toMatchObject({
        met: false,
        detail: 'latest is ECOG 1 on 2024-01-30, 31 days ago (limit 30 days)',
      });
    });

    it('counts a Karnofsky alone, at the same edges', () => {
      expect(itemOf(onlyAssessment('2024-01-31', { karnofsky: 70 }), 'performance_status').met).toBe(true);
      expect(itemOf(onlyAssessment('2024-01-30', { karnofsky: 70 }), 'performance_status').met).toBe(false);
    });

    it('counts today, and a date after today (a clinician ahead of the server)', () => {
      expect(itemOf(onlyAssessment(TODAY, { ecog: 0 }), 'performance_status').detail).toBe(
        'ECOG 0 on 2024-03-01, today',
      );
      expect(itemOf(onlyAssessment('2024-03-02', { ecog: 0 }), 'performance_status')).toMatchObject({
        met: true,
        detail: 'ECOG 0 on 2024-03-02, dated after today',
      });
    });

    it('uses the latest assessment that has a performance status', () => {
      const input = {
        ...readyCase(),
        assessments: [
          { assessedOn: '2024-02-10', ecog: 2, karnofsky: null, painNrs: null, neurology: null },
          { assessedOn: '2024-02-25', ecog: null, karnofsky: null, painNrs: 5, neurology: 'intact' as const },
        ],
      };
      expect(itemOf(input, 'performance_status')).toMatchObject({
        met: true,
        detail: 'ECOG 2 on 2024-02-10, 20 days ago',
      });
    });

    it('is unmet with no performance status at all', () => {
      expect(itemOf(onlyAssessment(TODAY, {}), 'performance_status')).toMatchObject({
        met: false,
        detail: 'no ECOG or Karnofsky recorded',
      });
    });
  });

  describe('pain score', () => {
    it('is unmet when the most recent assessment has none, even if an older one has', () => {
      const input = readyCase();
      const assessments = [
        ...input.assessments,
        { assessedOn: '2024-02-28', ecog: 1, karnofsky: null, painNrs: null, neurology: 'intact' as const },
      ];
      expect(unmet({ ...input, assessments })).toEqual(['pain_score']);
      expect(itemOf({ ...input, assessments }, 'pain_score').detail).toBe(
        'the most recent assessment (2024-02-28) has no pain score',
      );
    });

    it('is met when any assessment on the latest date has one, whatever the list order', () => {
      const input = {
        ...readyCase(),
        assessments: [
          { assessedOn: '2024-02-28', ecog: 1, karnofsky: null, painNrs: 0, neurology: null },
          { assessedOn: '2024-01-01', ecog: null, karnofsky: null, painNrs: null, neurology: null },
          { assessedOn: '2024-02-28', ecog: null, karnofsky: null, painNrs: null, neurology: 'intact' as const },
        ],
      };
      expect(itemOf(input, 'pain_score')).toMatchObject({ met: true, detail: 'NRS 0 on 2024-02-28' });
      expect(itemOf(input, 'neurology_for_spinal_lesions').met).toBe(true);
    });

    it('is unmet with no assessment', () => {
      expect(itemOf({ ...readyCase(), assessments: [] }, 'pain_score').met).toBe(false);
    });
  });

  describe('imaging within 60 days', () => {
    const imagedOn = (...dates: string[]) => ({
      ...readyCase(),
      imaging: dates.map((performedOn) => ({ performedOn })),
    });

    it('counts a study exactly 60 days old (across a leap February)', () => {
      expect(addDays(TODAY, -60)).toBe('2024-01-01');
      expect(itemOf(imagedOn('2024-01-01'), 'recent_imaging')).toMatchObject({
        met: true,
        detail: 'latest study 2024-01-01, 60 days ago',
      });
    });

    it('does not count one 61 days old (across the year end)', () => {
      expect(itemOf(imagedOn('2023-12-31', '2023-06-01'), 'recent_imaging')).toMatchObject({
        met: false,
        detail: 'latest study 2023-12-31, 61 days ago (limit 60 days)',
      });
    });

    it('needs only one recent study among old ones', () => {
      expect(itemOf(imagedOn('2023-01-01', '2024-02-29', '2023-12-31'), 'recent_imaging').met).toBe(true);
    });

    it('is unmet with no imaging', () => {
      expect(itemOf(imagedOn(), 'recent_imaging')).toMatchObject({ met: false, detail: 'no imaging summary recorded' });
    });
  });

  it('gives the same answer at the edges whatever the machine time zone', () => {
    // shared/ has no Node types on purpose (no I/O); the test alone reaches for the environment.
    const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process.env;
    const saved = env.TZ;
    const answers: boolean[][] = [];
    try {
      for (const tz of ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/Berlin']) {
        env.TZ = tz;
        answers.push([
          itemOf({ ...readyCase(), imaging: [{ performedOn: '2024-01-01' }] }, 'recent_imaging').met,
          itemOf({ ...readyCase(), imaging: [{ performedOn: '2023-12-31' }] }, 'recent_imaging').met,
          // A window that spans the European daylight-saving change of 31 March.
          itemOf({ ...readyCase(), imaging: [{ performedOn: '2024-03-03' }] }, 'recent_imaging', '2024-05-02').met,
          itemOf({ ...readyCase(), imaging: [{ performedOn: '2024-03-02' }] }, 'recent_imaging', '2024-05-02').met,
        ]);
      }
    } finally {
      if (saved === undefined) delete env.TZ;
      else env.TZ = saved;
    }
    expect(answers).toEqual(Array.from({ length: 4 }, () => [true, false, true, false]));
  });

  describe('SINS for every spinal lesion', () => {
    it('is unmet when a spinal lesion lacks components, naming the lesion and what is missing', () => {
      const partial = lesion(
        { site: { region: 'spine', level: 'L2' }, type: 'lytic', sinsInput: { pain: 'mechanical' } },
        'midline',
      );
      const input = { ...readyCase(), lesions: [T12_SCORED, partial] };
      expect(unmet(input)).toEqual(['sins_for_spinal_lesions']);
      expect(itemOf(input, 'sins_for_spinal_lesions').detail).toBe(
        'L2 vertebra: missing alignment, collapse, posterolateral',
      );
    });

    it('is met when there are no spinal lesions', () => {
      expect(itemOf({ ...readyCase(), lesions: [FEMUR_SCORED] }, 'sins_for_spinal_lesions')).toMatchObject({
        met: true,
        detail: 'no spinal lesions',
      });
    });

    it('reports how many spinal lesions are scored', () => {
      expect(itemOf(readyCase(), 'sins_for_spinal_lesions').detail).toBe('1 spinal lesion scored');
    });
  });

  describe('Mirels for every long-bone lesion', () => {
    it('is unmet when a long-bone lesion is not scored', () => {
      const unscored = lesion({ site: { region: 'tibia', segment: 'proximal' }, type: 'lytic' }, 'right');
      const input = { ...readyCase(), lesions: [T12_SCORED, FEMUR_SCORED, unscored] };
      expect(unmet(input)).toEqual(['mirels_for_long_bone_lesions']);
      expect(itemOf(input, 'mirels_for_long_bone_lesions').detail).toBe('Right tibia, proximal: missing pain, size');
    });

    it('does not ask Mirels for a bone that has already fractured', () => {
      const fractured = lesion({ site: { region: 'humerus', segment: 'shaft' }, fracturePresent: true });
      expect(itemOf({ ...readyCase(), lesions: [T12_SCORED, fractured] }, 'mirels_for_long_bone_lesions').met).toBe(
        true,
      );
    });

    it('is met when there are no long-bone lesions, and ignores flat bones', () => {
      const rib = lesion({ site: { region: 'rib', number: 5 } });
      expect(itemOf({ ...readyCase(), lesions: [T12_SCORED, rib] }, 'mirels_for_long_bone_lesions')).toMatchObject({
        met: true,
        detail: 'no long-bone lesions',
      });
    });
  });

  describe('neurology for spinal lesions', () => {
    const withoutNeurology = (input: CaseReadinessInput): CaseReadinessInput => ({
      ...input,
      assessments: input.assessments.map((a) => ({ ...a, neurology: null })),
    });

    it('is unmet when a spinal lesion exists and the most recent assessment lacks neurology', () => {
      expect(unmet(withoutNeurology(readyCase()))).toEqual(['neurology_for_spinal_lesions']);
      const olderOnly = {
        ...readyCase(),
        assessments: [
          { assessedOn: '2024-02-01', ecog: 1, karnofsky: null, painNrs: 3, neurology: 'intact' as const },
          { assessedOn: '2024-02-20', ecog: 1, karnofsky: null, painNrs: 3, neurology: null },
        ],
      };
      expect(itemOf(olderOnly, 'neurology_for_spinal_lesions').detail).toBe(
        'the most recent assessment (2024-02-20) does not record neurology',
      );
    });

    it('applies to a sacral lesion too', () => {
      const sacral = lesion({ site: { region: 'sacrum' } }, 'midline');
      expect(unmet(withoutNeurology({ ...readyCase(), lesions: [FEMUR_SCORED, sacral] }))).toEqual([
        'neurology_for_spinal_lesions',
      ]);
    });

    it('is not needed without spinal or sacral lesions', () => {
      expect(
        itemOf(withoutNeurology({ ...readyCase(), lesions: [FEMUR_SCORED] }), 'neurology_for_spinal_lesions'),
      ).toMatchObject({
        met: true,
        detail: 'not needed: no spinal or sacral lesions',
      });
    });

    it('is unmet with spinal lesions and no assessment', () => {
      expect(itemOf({ ...readyCase(), assessments: [] }, 'neurology_for_spinal_lesions')).toMatchObject({
        met: false,
        detail: 'no assessment recorded',
      });
    });
  });

  it.each(['01/03/2024', '2024-02-30', '2024-03-01T00:00:00Z', ''])('refuses today = %p', (today) => {
    expect(() => assessCaseReadiness(readyCase(), today)).toThrow(RangeError);
  });
});
