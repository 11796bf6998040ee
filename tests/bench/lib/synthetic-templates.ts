import {
  parseRecommendationItem,
  type RecommendationItemInput,
  type RecommendingDiscipline,
  type Role,
} from '@tumor-board/shared';
import { buildDemoCases } from '../../../server/src/demo/demo-cases.js';
import { storeItem } from '../../../server/src/modules/recommendations/treatment-items.js';
/*
 * What the benchmark's synthetic record is made of: the board staff, the recommendation items per
 * discipline, patient names, and the 13 demo cases turned into row templates that the set-based
 * inserts in synthetic-seed.ts copy (so every synthetic case is real-sized and valid).
 */
export const STAFF: { role: Role; discipline: string; count: number }[] = [
  { role: 'chair', discipline: 'other', count: 2 },
  { role: 'coordinator', discipline: 'coordination', count: 2 },
  { role: 'clinician', discipline: 'other', count: 20 },
  { role: 'radiologist', discipline: 'radiology', count: 3 },
  { role: 'interventional_radiologist', discipline: 'interventional_radiology', count: 3 },
  { role: 'radiation_oncologist', discipline: 'radiation_oncology', count: 3 },
  { role: 'surgeon', discipline: 'surgical_oncology', count: 3 },
  { role: 'medical_oncologist', discipline: 'medical_oncology', count: 3 },
  { role: 'referrer', discipline: 'medical_oncology', count: 100 },
];

const DISCIPLINE_ITEMS: {
  discipline: RecommendingDiscipline;
  role: Role;
  summary: string;
  item: RecommendationItemInput;
}[] = [
  {
    discipline: 'radiology',
    role: 'radiologist',
    summary: 'Restage the spine before treatment planning.',
    item: { kind: 'further_imaging', modality: 'mri', region: 'Whole spine', rationale: 'Exclude further levels.' },
  },
  {
    discipline: 'interventional_radiology',
    role: 'interventional_radiologist',
    summary: 'Suitable for percutaneous ablation with cement augmentation.',
    item: { kind: 'ablation', modality: 'cryoablation', cementoplasty: true, rationale: 'Painful lytic lesion.' },
  },
  {
    discipline: 'radiation_oncology',
    role: 'radiation_oncologist',
    summary: 'Single-fraction palliative radiotherapy for pain.',
    item: {
      kind: 'radiotherapy',
      target: 'Index lesion',
      technique: 'conventional_ebrt',
      totalDoseGy: 8,
      fractions: 1,
      rationale: 'Pain control; no cord compression.',
    },
  },
  {
    discipline: 'surgical_oncology',
    role: 'surgeon',
    summary: 'Prophylactic fixation before radiotherapy.',
    item: {
      kind: 'surgery',
      procedure: 'stabilisation',
      fixation: 'intramedullary_nail',
      rationale: 'Impending pathological fracture.',
    },
  },
  {
    discipline: 'medical_oncology',
    role: 'medical_oncologist',
    summary: 'Start a bone-modifying agent.',
    item: {
      kind: 'bone_modifying_agent',
      agent: 'zoledronic_acid',
      creatinineClearanceMlMin: null,
      correctedCalciumMmolL: null,
      dentalReviewDone: true,
      rationale: 'Reduce skeletal-related events.',
    },
  },
];

export const GIVEN_FEMALE = [
  'Ada',
  'Beatriz',
  'Chloe',
  'Dana',
  'Elif',
  'Fatima',
  'Grace',
  'Hana',
  'Ines',
  'Julia',
  'Kira',
  'Lena',
  'Maya',
  'Nora',
  'Olga',
  'Priya',
  'Rosa',
  'Sara',
  'Tove',
  'Vera',
];
export const GIVEN_MALE = [
  'Aaron',
  'Bruno',
  'Carlos',
  'David',
  'Emil',
  'Farid',
  'Georg',
  'Hugo',
  'Ivan',
  'Jonas',
  'Karl',
  'Luis',
  'Marco',
  'Nils',
  'Omar',
  'Pavel',
  'Rafael',
  'Samir',
  'Tomas',
  'Viktor',
];
// prettier-ignore
export const FAMILY = ['Abbott', 'Bauer', 'Castro', 'Dimitrov', 'Eriksen', 'Fischer', 'Garcia', 'Hansen', 'Ivanova', 'Jensen', 'Kowalski', 'Larsen', 'Moreau', 'Novak', 'Okafor', 'Petrov', 'Quinn', 'Rossi', 'Schmidt', 'Tanaka', 'Urban', 'Varga', 'Weber', 'Xu', 'Yilmaz', 'Zimmermann', 'Andersson', 'Brennan', 'Costa', 'Dubois', 'Evans', 'Ferreira', 'Gallagher', 'Horvat', 'Ibrahim', 'Jovanovic', 'Keller', 'Lindqvist', 'Martin', 'Nielsen', 'Olsen', 'Popescu', 'Reyes', 'Santos', 'Thomsen', 'Ulrich', 'Vogel', 'Walsh', 'Young', 'Zeller'];

const days = (a: string, b: string) => Math.round((Date.parse(a) - Date.parse(b)) / 86_400_000);

/** The 13 demo cases as row templates for the set-based inserts. */
export function templates(today: string) {
  const bundles = buildDemoCases(today);
  const cases: object[] = [];
  const assessments: object[] = [];
  const lesions: object[] = [];
  const imaging: object[] = [];
  const recommendations: object[] = [];
  bundles.forEach((b, t) => {
    const referral = b.case.referredAt.slice(0, 10);
    cases.push({
      t,
      sex: b.patient.sex,
      primary_cancer: b.case.primaryCancer ?? null,
      histology: b.case.histology ?? null,
      diagnosis_offset: b.case.diagnosisDate ? days(referral, b.case.diagnosisDate) : null,
      other_metastatic_sites: b.case.otherMetastaticSites ?? null,
      current_systemic_therapy: b.case.currentSystemicTherapy ?? null,
      clinical_question: b.case.clinicalQuestion ?? null,
      goals_of_care: b.case.goalsOfCare ?? null,
    });
    b.assessments.forEach((a, i) =>
      assessments.push({
        t,
        n: i + 1,
        offset_days: days(a.assessedOn, referral),
        ecog: a.ecog ?? null,
        karnofsky: a.karnofsky ?? null,
        pain_nrs: a.painNrs ?? null,
        greatest_pain_source: a.greatestPainSource ?? null,
        neurology: a.neurology ?? null,
        calcium: a.correctedCalciumMmolL ?? null,
        crcl: a.creatinineClearanceMlMin ?? null,
      }),
    );
    b.lesions.forEach((l, i) =>
      lesions.push({
        t,
        n: i + 1,
        site: l.site,
        laterality: l.laterality,
        type: l.type ?? null,
        size_mm: l.sizeMm ?? null,
        fracture_present: l.fracturePresent ?? null,
        epidural_extension: l.epiduralExtension ?? null,
        sins_input: l.sinsInput ?? null,
        mirels_input: l.mirelsInput ?? null,
        bilsky_grade: l.bilskyGrade ?? null,
        notes: l.notes ?? null,
        scores: l.scores,
      }),
    );
    b.imaging.forEach((s, i) =>
      imaging.push({
        t,
        n: i + 1,
        offset_days: days(s.performedOn, referral),
        modality: s.modality,
        region: s.region,
        findings: s.findings ?? null,
        impression: s.impression,
        pacs_url: s.pacsUrl ?? null,
        lesion_rows: (s.lesionIds ?? []).map((id) => b.lesions.findIndex((l) => l.id === id) + 1),
      }),
    );
    // Latest values first, as the server's safety context reads them.
    const latest = [...b.assessments].sort((x, y) => (x.assessedOn < y.assessedOn ? 1 : -1));
    const context = {
      primaryCancer: b.case.primaryCancer ?? null,
      creatinineClearanceMlMin:
        latest.find((a) => a.creatinineClearanceMlMin != null)?.creatinineClearanceMlMin ?? null,
      correctedCalciumMmolL: latest.find((a) => a.correctedCalciumMmolL != null)?.correctedCalciumMmolL ?? null,
    };
    DISCIPLINE_ITEMS.forEach((d, index) => {
      const parsed = parseRecommendationItem(d.item);
      if (!parsed.success)
        throw new Error(`bench item for ${d.discipline} is invalid: ${JSON.stringify(parsed.errors)}`);
      const stored = storeItem(parsed.item, context);
      recommendations.push({
        t,
        d: index,
        discipline: d.discipline,
        role: d.role,
        summary: d.summary,
        item: stored.item,
        warnings: stored.warnings,
        description: stored.description,
      });
    });
  });
  return { count: bundles.length, cases, assessments, lesions, imaging, recommendations };
}
