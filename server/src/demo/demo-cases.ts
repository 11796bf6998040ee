import {
  addDays,
  computeLesionScores,
  type AssessmentCreate,
  type CaseCreate,
  type CaseStatus,
  type ImagingSummaryCreate,
  type LesionCreate,
  type LesionScoreContext,
  type LesionScores,
  type PatientCreate,
  type Role,
} from '@tumor-board/shared';
import { DEMO_USERS } from './demo-users.js';

/*
 * Demo clinical record (demo mode ONLY): synthetic patients with invented names and `DEMO-` MRNs,
 * their referrals to the bone-metastasis board, assessments, lesions with score inputs, imaging
 * summaries and status histories. Every date is counted back from `today`, so a fresh demo database
 * shows recent assessments and imaging and the ready/scheduled cases pass the readiness check on
 * the day they are seeded (the unit test checks both for a fixed date and for the real one).
 *
 * Each record is the matching create request (shared schemas) plus what the server sets itself: id,
 * status, referral time, author, the computed lesion scores and when the row was recorded. Some score
 * inputs are deliberately partial (a draft and two submitted cases) so the readiness checklist has
 * something to show.
 */

export interface DemoPatient extends PatientCreate {
  id: string;
}

export interface DemoCase extends CaseCreate {
  id: string;
  /** The status the history ends in. */
  status: CaseStatus;
  /** ISO timestamp of the referral (also the case's creation time). */
  referredAt: string;
  createdById: string;
}

export interface DemoAssessment extends AssessmentCreate {
  id: string;
  /** ISO timestamp the row was entered (never before the referral). */
  recordedAt: string;
}

export interface DemoLesion extends LesionCreate {
  id: string;
  /** `computeLesionScores` with the case's context, as the server stores them. */
  scores: LesionScores;
  recordedAt: string;
}

export interface DemoImaging extends ImagingSummaryCreate {
  id: string;
  authorId: string;
  recordedAt: string;
}

export interface DemoStatusEvent {
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  reason: string | null;
  userId: string;
  /** ISO timestamp. */
  at: string;
}

export interface DemoCaseBundle {
  patient: DemoPatient;
  case: DemoCase;
  assessments: DemoAssessment[];
  lesions: DemoLesion[];
  imaging: DemoImaging[];
  /** In order; the first event creates the case as a draft. */
  history: DemoStatusEvent[];
}

const demoUserId = (role: Role): string => {
  const user = DEMO_USERS.find((u) => u.role === role);
  if (!user) throw new Error(`no demo user with role ${role}`);
  return user.id;
};

export const DEMO_REFERRER_ID = demoUserId('referrer');
export const DEMO_CLINICIAN_ID = demoUserId('clinician');
export const DEMO_RADIOLOGIST_ID = demoUserId('radiologist');
export const DEMO_COORDINATOR_ID = demoUserId('coordinator');
export const DEMO_MEDICAL_ONCOLOGIST_ID = demoUserId('medical_oncologist');

/**
 * Fixed ids: a prefix digit per table, then the case number (patients, cases: `…000000000007`) or
 * the case number and row (children: case 7, row 2 → `…000000000702`).
 */
const fixedId = (prefix: number, tail: number) => `${prefix}0000000-0000-4000-8000-${String(tail).padStart(12, '0')}`;
export const demoPatientId = (caseNo: number) => fixedId(1, caseNo);
export const demoCaseId = (caseNo: number) => fixedId(2, caseNo);
export const demoAssessmentId = (caseNo: number, row: number) => fixedId(3, caseNo * 100 + row);
export const demoLesionId = (caseNo: number, row: number) => fixedId(4, caseNo * 100 + row);
export const demoImagingId = (caseNo: number, row: number) => fixedId(5, caseNo * 100 + row);

const PACS = 'https://pacs.demo.tumorboard.example/viewer/studies';

/** What one case is written as below; ids, timestamps and scores are filled in by `finish`. */
interface CaseSpec {
  no: number;
  patient: Omit<PatientCreate, 'mrn'>;
  referred: { daysAgo: number; time: string };
  createdById: string;
  case: Omit<CaseCreate, 'patientId'>;
  assessments: (Omit<AssessmentCreate, 'assessedOn'> & { daysAgo: number })[];
  lesions: LesionCreate[];
  /** `lesions` are 1-based row numbers in this case's lesion list. */
  imaging: (Omit<ImagingSummaryCreate, 'performedOn' | 'lesionIds'> & { daysAgo: number; lesions: number[] })[];
  /** After the first (the draft), each entry is one move. */
  history: { to: CaseStatus; daysAgo: number; time: string; by: string; reason?: string }[];
}

const later = (a: string, b: string) => (a > b ? a : b);
const plusMinutes = (timestamp: string, minutes: number) =>
  new Date(Date.parse(timestamp) + minutes * 60_000).toISOString();

/** The context the server's `scoreContext` gives: the latest recorded neurology and ECOG. */
export function demoScoreContext(
  primaryCancer: CaseCreate['primaryCancer'],
  assessments: readonly Pick<AssessmentCreate, 'assessedOn' | 'ecog' | 'neurology'>[],
): LesionScoreContext {
  const latestFirst = [...assessments].sort((a, b) => (a.assessedOn < b.assessedOn ? 1 : -1));
  return {
    primaryCancer: primaryCancer ?? null,
    neurology: latestFirst.find((a) => a.neurology != null)?.neurology ?? null,
    ecog: latestFirst.find((a) => a.ecog != null)?.ecog ?? null,
  };
}

function finish(spec: CaseSpec, today: string): DemoCaseBundle {
  const date = (daysAgo: number) => addDays(today, -daysAgo);
  const stamp = (day: string, time: string) => `${day}T${time}:00.000Z`;
  const referredAt = stamp(date(spec.referred.daysAgo), spec.referred.time);

  const assessments: DemoAssessment[] = spec.assessments.map(({ daysAgo, ...fields }, i) => ({
    id: demoAssessmentId(spec.no, i + 1),
    assessedOn: date(daysAgo),
    ...fields,
    recordedAt: later(stamp(date(daysAgo), '09:00'), referredAt),
  }));
  const context = demoScoreContext(spec.case.primaryCancer, assessments);
  const imaging: DemoImaging[] = spec.imaging.map(({ daysAgo, lesions, ...fields }, i) => ({
    id: demoImagingId(spec.no, i + 1),
    authorId: DEMO_RADIOLOGIST_ID,
    performedOn: date(daysAgo),
    ...fields,
    lesionIds: lesions.map((row) => demoLesionId(spec.no, row)),
    recordedAt: later(stamp(date(daysAgo), '14:00'), referredAt),
  }));
  const lesions: DemoLesion[] = spec.lesions.map((fields, i) => {
    const id = demoLesionId(spec.no, i + 1);
    const firstSeen = imaging.filter((s) => s.lesionIds?.includes(id)).map((s) => s.recordedAt);
    return {
      id,
      ...fields,
      scores: computeLesionScores(fields, context),
      // A minute apart, so lesions entered together keep their order (the API lists by creation).
      recordedAt: plusMinutes(firstSeen.length > 0 ? firstSeen.reduce((a, b) => (a < b ? a : b)) : referredAt, i),
    };
  });

  const history: DemoStatusEvent[] = [];
  let from: CaseStatus | null = null;
  for (const step of spec.history) {
    history.push({
      fromStatus: from,
      toStatus: step.to,
      reason: step.reason ?? null,
      userId: step.by,
      at: stamp(date(step.daysAgo), step.time),
    });
    from = step.to;
  }
  const status = history.at(-1)?.toStatus ?? 'draft';

  return {
    patient: { id: demoPatientId(spec.no), mrn: `DEMO-${String(spec.no).padStart(4, '0')}`, ...spec.patient },
    case: {
      id: demoCaseId(spec.no),
      patientId: demoPatientId(spec.no),
      ...spec.case,
      status,
      referredAt,
      createdById: spec.createdById,
    },
    assessments,
    lesions,
    imaging,
    history,
  };
}

const REF = DEMO_REFERRER_ID;
const CLIN = DEMO_CLINICIAN_ID;
const COORD = DEMO_COORDINATOR_ID;
const MEDONC = DEMO_MEDICAL_ONCOLOGIST_ID;

/** Every demo case, dated relative to `today` (ISO `YYYY-MM-DD`, the board's UTC day). */
export function buildDemoCases(today: string): DemoCaseBundle[] {
  const yearsAgo = (years: number, days = 0) => addDays(today, -Math.round(years * 365.25) - days);

  const specs: CaseSpec[] = [
    // 1 — Breast, bone-only, T12 mechanical instability question. Ready.
    {
      no: 1,
      patient: { givenName: 'Helena', familyName: 'Marsh', birthDate: '1968-04-19', sex: 'female' },
      referred: { daysAgo: 14, time: '08:40' },
      createdById: REF,
      case: {
        urgency: 'routine',
        primaryCancer: 'breast',
        histology: 'Invasive ductal carcinoma, ER+/PR+/HER2−',
        diagnosisDate: yearsAgo(6, 40),
        otherMetastaticSites: { boneOnly: true, sites: [] },
        currentSystemicTherapy: 'Ribociclib + letrozole (cycle 9); denosumab 120 mg SC every 4 weeks',
        clinicalQuestion:
          'T12 lytic metastasis with mechanical back pain and unilateral pedicle involvement (potentially unstable) — cement augmentation or stabilisation before SBRT, or conventional radiotherapy alone? L3 lesion for information.',
        referringOncologistId: REF,
        presentingClinicianId: CLIN,
        goalsOfCare: {
          choices: ['walk_unassisted', 'maintain_work', 'return_to_sport_or_hobby'],
          notes:
            'Primary-school teacher. "I want to finish the school year and keep walking the dog in the hills at weekends."',
        },
      },
      assessments: [
        {
          daysAgo: 21,
          ecog: 1,
          karnofsky: 80,
          painNrs: 6,
          greatestPainSource: 'Thoracolumbar junction, worse on standing and rolling in bed',
          neurology: 'intact',
          correctedCalciumMmolL: 2.41,
          creatinineClearanceMlMin: 88,
        },
        {
          daysAgo: 6,
          ecog: 1,
          karnofsky: 80,
          painNrs: 7,
          greatestPainSource: 'T12, mechanical; eases lying flat',
          neurology: 'intact',
          correctedCalciumMmolL: 2.45,
          creatinineClearanceMlMin: 85,
        },
      ],
      lesions: [
        {
          site: { region: 'spine', level: 'T12' },
          laterality: 'midline',
          type: 'lytic',
          sizeMm: 28,
          fracturePresent: false,
          epiduralExtension: true,
          sinsInput: { pain: 'mechanical', alignment: 'normal', collapse: 'under_50', posterolateral: 'unilateral' },
          bilskyGrade: '1a',
          notes: 'Left pedicle replaced by tumour; early superior endplate depression.',
        },
        {
          site: { region: 'spine', level: 'L3' },
          laterality: 'midline',
          type: 'mixed',
          sizeMm: 22,
          fracturePresent: false,
          epiduralExtension: false,
          sinsInput: {
            pain: 'non_mechanical',
            alignment: 'normal',
            collapse: 'none_with_over_50_involved',
            posterolateral: 'none',
          },
          bilskyGrade: '0',
          notes: null,
        },
      ],
      imaging: [
        {
          daysAgo: 9,
          modality: 'mri',
          region: 'Whole spine',
          findings:
            'T12: lytic lesion replacing most of the vertebral body with extension into the left pedicle. Minor depression of the superior endplate, under 50 % height loss. Small ventral epidural component without deformation of the thecal sac (ESCC 1a). Alignment preserved.\nL3: mixed lytic/sclerotic lesion involving more than half of the body, no collapse, no epidural disease.\nNo other suspicious marrow signal. Cord normal in calibre and signal.',
          impression:
            'Lytic T12 metastasis with unilateral posterolateral involvement and early collapse, ESCC 1a. Mixed L3 metastasis without collapse. No cord compression.',
          pacsUrl: `${PACS}/DEMO-0001-MR-1`,
          lesions: [1, 2],
        },
        {
          daysAgo: 8,
          modality: 'ct',
          region: 'Thoracolumbar spine',
          findings:
            'Confirms lytic destruction of the T12 body and left pedicle with cortical breach of the posterior wall. Height loss of the superior endplate approximately 20 %. Facet joints intact. No retropulsion.',
          impression: 'T12 lytic metastasis, under 50 % collapse, left pedicle involved; posterior wall breached.',
          pacsUrl: null,
          lesions: [1],
        },
      ],
      history: [
        { to: 'draft', daysAgo: 14, time: '08:40', by: REF },
        { to: 'submitted', daysAgo: 13, time: '16:05', by: REF },
        { to: 'ready', daysAgo: 5, time: '11:20', by: COORD },
      ],
    },

    // 2 — Breast, visceral disease, impending femoral fracture. Urgent, ready.
    {
      no: 2,
      patient: { givenName: 'Rosa', familyName: 'Delgado', birthDate: '1959-11-02', sex: 'female' },
      referred: { daysAgo: 5, time: '09:15' },
      createdById: REF,
      case: {
        urgency: 'urgent',
        primaryCancer: 'breast',
        histology: 'Invasive lobular carcinoma, ER+/HER2−, PIK3CA-mutated',
        diagnosisDate: yearsAgo(9, 120),
        otherMetastaticSites: { boneOnly: false, sites: ['liver', 'lymph_nodes'] },
        currentSystemicTherapy: 'Capivasertib + fulvestrant; zoledronic acid 4 mg IV every 12 weeks',
        clinicalQuestion:
          'Impending fracture of the left proximal femur (lytic trochanteric lesion, over two-thirds of the diameter, pain on weight bearing) — prophylactic cephalomedullary nailing before radiotherapy?',
        referringOncologistId: REF,
        presentingClinicianId: CLIN,
        goalsOfCare: {
          choices: ['walk_unassisted', 'live_independently', 'reach_life_event'],
          notes:
            'Lives alone on a second floor without a lift. "I want to walk into my son\'s wedding in ten weeks, not be wheeled in."',
        },
      },
      assessments: [
        {
          daysAgo: 18,
          ecog: 1,
          karnofsky: null,
          painNrs: 5,
          greatestPainSource: 'Left groin, on walking',
          neurology: 'intact',
          correctedCalciumMmolL: 2.55,
          creatinineClearanceMlMin: 66,
        },
        {
          daysAgo: 4,
          ecog: 2,
          karnofsky: 60,
          painNrs: 8,
          greatestPainSource: 'Left hip and thigh on weight bearing; now walking with a stick',
          neurology: 'intact',
          correctedCalciumMmolL: 2.62,
          creatinineClearanceMlMin: 64,
        },
      ],
      lesions: [
        {
          site: { region: 'femur', segment: 'trochanteric' },
          laterality: 'left',
          type: 'lytic',
          sizeMm: 42,
          fracturePresent: false,
          epiduralExtension: null,
          mirelsInput: { pain: 'functional', size: 'over_two_thirds' },
          notes: 'Intertrochanteric lytic lesion with thinning of the medial calcar; no fracture line.',
        },
        {
          site: { region: 'pelvis', part: 'ilium' },
          laterality: 'right',
          type: 'lytic',
          sizeMm: 18,
          fracturePresent: false,
          epiduralExtension: null,
          notes: 'Small lesion in the right iliac wing; asymptomatic.',
        },
      ],
      imaging: [
        {
          daysAgo: 5,
          modality: 'xray',
          region: 'Left femur (AP and lateral)',
          findings:
            'Ill-defined lytic lesion of the left intertrochanteric region measuring 42 mm, involving more than two-thirds of the femoral diameter on the AP view, with endosteal scalloping and thinning of the medial calcar. No fracture line.',
          impression: 'Lytic metastasis of the left proximal femur at high risk of pathological fracture.',
          pacsUrl: `${PACS}/DEMO-0002-XR-1`,
          lesions: [1],
        },
        {
          daysAgo: 4,
          modality: 'ct',
          region: 'Pelvis and both femora',
          findings:
            'Left femur: permeative lytic lesion of the trochanteric region with circumferential cortical thinning, greatest at the calcar; no soft-tissue mass. Femoral head and neck spared.\nRight iliac wing: 18 mm lytic focus, cortex intact.\nNo other lesion in the femora.',
          impression:
            'Left trochanteric lytic metastasis with calcar thinning — impending fracture. Small right iliac metastasis.',
          pacsUrl: null,
          lesions: [1, 2],
        },
      ],
      history: [
        { to: 'draft', daysAgo: 5, time: '09:15', by: REF },
        { to: 'submitted', daysAgo: 5, time: '17:30', by: REF },
        { to: 'ready', daysAgo: 3, time: '10:05', by: COORD },
      ],
    },

    // 3 — Breast, triple negative. Draft: no presenter yet, SINS partial.
    {
      no: 3,
      patient: { givenName: 'Aisha', familyName: 'Rahman', birthDate: '1981-07-23', sex: 'female' },
      referred: { daysAgo: 2, time: '15:10' },
      createdById: REF,
      case: {
        urgency: 'routine',
        primaryCancer: 'breast',
        histology: 'Invasive ductal carcinoma, triple-negative',
        diagnosisDate: yearsAgo(2, 200),
        otherMetastaticSites: { boneOnly: false, sites: ['lung', 'lymph_nodes'] },
        currentSystemicTherapy: 'Sacituzumab govitecan (third line)',
        clinicalQuestion:
          'Painful right 7th rib and T7 lesions — is palliative radiotherapy (single fraction?) appropriate, and is T7 stable?',
        referringOncologistId: REF,
        presentingClinicianId: null,
        goalsOfCare: {
          choices: ['pain_control', 'maintain_work', 'avoid_hospital_stays'],
          notes: 'Works from home as an accountant; wants to stay on treatment and avoid admissions.',
        },
      },
      assessments: [
        {
          daysAgo: 3,
          ecog: 1,
          karnofsky: null,
          painNrs: 5,
          greatestPainSource: 'Right lateral chest wall, catching on deep breath',
          neurology: 'intact',
          correctedCalciumMmolL: null,
          creatinineClearanceMlMin: null,
        },
      ],
      lesions: [
        {
          site: { region: 'rib', number: 7 },
          laterality: 'right',
          type: 'lytic',
          sizeMm: 24,
          fracturePresent: null,
          epiduralExtension: null,
          notes: null,
        },
        {
          site: { region: 'spine', level: 'T7' },
          laterality: 'midline',
          type: 'lytic',
          sizeMm: 19,
          fracturePresent: false,
          epiduralExtension: null,
          // Deliberately partial: collapse and posterolateral involvement not yet read.
          sinsInput: { pain: 'non_mechanical', alignment: 'normal' },
          bilskyGrade: null,
          notes: 'Seen on staging CT; dedicated spine imaging not yet done.',
        },
      ],
      imaging: [
        {
          daysAgo: 16,
          modality: 'ct',
          region: 'Chest, abdomen and pelvis (staging)',
          findings:
            'Lungs: several new subpleural nodules, the largest 9 mm in the right lower lobe. Enlarged right internal mammary and mediastinal nodes.\nBones: expansile lytic lesion of the posterolateral right 7th rib with cortical breakthrough. Lytic focus in the T7 vertebral body; posterior elements not assessable on this study.',
          impression:
            'Progressive pulmonary and nodal metastases. Lytic metastases of the right 7th rib and T7 — MRI of the spine suggested for T7.',
          pacsUrl: null,
          lesions: [1, 2],
        },
      ],
      history: [{ to: 'draft', daysAgo: 2, time: '15:10', by: REF }],
    },

    // 4 — Prostate, mCRPC, bone-only on PSMA PET. Radiopharmaceutical question. Ready.
    {
      no: 4,
      patient: { givenName: 'Henrik', familyName: 'Aaltonen', birthDate: '1951-02-14', sex: 'male' },
      referred: { daysAgo: 24, time: '10:00' },
      createdById: REF,
      case: {
        urgency: 'routine',
        primaryCancer: 'prostate',
        histology: 'Acinar adenocarcinoma, Gleason 4+4=8 (ISUP grade group 4); castration-resistant',
        diagnosisDate: yearsAgo(5, 60),
        otherMetastaticSites: { boneOnly: true, sites: [] },
        currentSystemicTherapy:
          'Enzalutamide (PSA rising, doubling time about 3 months) with leuprorelin; denosumab 120 mg SC every 4 weeks',
        clinicalQuestion:
          'Multiple symptomatic blastic bone metastases with no visceral disease on PSMA PET — radium-223 or Lu-177-PSMA, and palliative radiotherapy to the painful left acetabulum first?',
        referringOncologistId: REF,
        presentingClinicianId: CLIN,
        goalsOfCare: {
          choices: ['pain_control', 'return_to_sport_or_hobby', 'prolong_survival'],
          notes: 'Wants to keep playing golf — nine holes twice a week with his brother-in-law.',
        },
      },
      assessments: [
        {
          daysAgo: 16,
          ecog: 1,
          karnofsky: 80,
          painNrs: 6,
          greatestPainSource: 'Left hip and buttock, worse at night',
          neurology: 'intact',
          correctedCalciumMmolL: 2.3,
          creatinineClearanceMlMin: 58,
        },
        {
          daysAgo: 3,
          ecog: 1,
          karnofsky: 70,
          painNrs: 6,
          greatestPainSource: 'Left hip; oxycodone at night',
          neurology: 'intact',
          correctedCalciumMmolL: 2.28,
          creatinineClearanceMlMin: 56,
        },
      ],
      lesions: [
        {
          site: { region: 'pelvis', part: 'acetabulum' },
          laterality: 'left',
          type: 'blastic',
          sizeMm: 38,
          fracturePresent: false,
          epiduralExtension: null,
          notes: 'Sclerotic lesion of the acetabular roof; articular surface intact.',
        },
        {
          site: { region: 'spine', level: 'L4' },
          laterality: 'midline',
          type: 'blastic',
          sizeMm: 20,
          fracturePresent: false,
          epiduralExtension: false,
          sinsInput: { pain: 'non_mechanical', alignment: 'normal', collapse: 'none', posterolateral: 'none' },
          bilskyGrade: '0',
          notes: null,
        },
        {
          site: { region: 'femur', segment: 'shaft' },
          laterality: 'right',
          type: 'blastic',
          sizeMm: 15,
          fracturePresent: false,
          epiduralExtension: null,
          mirelsInput: { pain: 'mild', size: 'under_one_third' },
          notes: null,
        },
      ],
      imaging: [
        {
          daysAgo: 22,
          modality: 'bone_scan',
          region: 'Whole body',
          findings:
            'Increased tracer uptake in the left acetabulum, L4, right femoral shaft, several ribs bilaterally and the sternum. Compared with the previous scan, at least four new foci (two-plus-two progression).',
          impression: 'Progressive osteoblastic skeletal metastases.',
          pacsUrl: null,
          lesions: [1, 2, 3],
        },
        {
          daysAgo: 20,
          modality: 'psma_pet',
          region: 'Skull base to mid-thigh',
          findings:
            'Intense PSMA expression (SUVmax up to 24) in sclerotic lesions of the left acetabulum, L4, right femoral shaft, ribs and sternum. No PSMA-avid lymph nodes. No visceral lesions; liver and lungs clear. Prostate bed: low-grade uptake only.',
          impression:
            'PSMA-positive, bone-only metastatic disease; no nodal or visceral metastases. Suitable for PSMA-targeted radioligand therapy on imaging criteria.',
          pacsUrl: `${PACS}/DEMO-0004-PSMA-1`,
          lesions: [1, 2, 3],
        },
      ],
      history: [
        { to: 'draft', daysAgo: 24, time: '10:00', by: REF },
        { to: 'submitted', daysAgo: 23, time: '09:45', by: REF },
        { to: 'ready', daysAgo: 2, time: '14:30', by: COORD },
      ],
    },

    // 5 — Prostate, hormone-sensitive, T9 epidural disease and humeral lesion. Scheduled (once
    // taken off an agenda and re-listed).
    {
      no: 5,
      patient: { givenName: 'Desmond', familyName: 'Achterberg', birthDate: '1956-09-30', sex: 'male' },
      referred: { daysAgo: 20, time: '09:10' },
      createdById: REF,
      case: {
        urgency: 'routine',
        primaryCancer: 'prostate',
        histology: 'Adenocarcinoma, Gleason 4+5=9 (ISUP grade group 5); metastatic hormone-sensitive',
        diagnosisDate: yearsAgo(1, 60),
        otherMetastaticSites: { boneOnly: false, sites: ['lymph_nodes'] },
        currentSystemicTherapy: 'Degarelix + darolutamide + docetaxel (cycle 5 of 6)',
        clinicalQuestion:
          'T9 epidural disease (ESCC 1b) with intact neurology and a painful right humeral shaft lesion — conventional radiotherapy to both or SBRT to T9? Does the humerus need fixation?',
        referringOncologistId: REF,
        presentingClinicianId: CLIN,
        goalsOfCare: {
          choices: ['walk_unassisted', 'maintain_work'],
          notes: 'Runs a bakery with his son and wants to keep doing the early shifts.',
        },
      },
      assessments: [
        {
          daysAgo: 19,
          ecog: 1,
          karnofsky: null,
          painNrs: 4,
          greatestPainSource: 'Mid-back, constant, not positional',
          neurology: 'intact',
          correctedCalciumMmolL: 2.35,
          creatinineClearanceMlMin: 92,
        },
        {
          daysAgo: 7,
          ecog: 1,
          karnofsky: 80,
          painNrs: 5,
          greatestPainSource: 'Right upper arm when lifting trays',
          neurology: 'intact',
          correctedCalciumMmolL: 2.32,
          creatinineClearanceMlMin: 90,
        },
      ],
      lesions: [
        {
          site: { region: 'spine', level: 'T9' },
          laterality: 'midline',
          type: 'blastic',
          sizeMm: 30,
          fracturePresent: false,
          epiduralExtension: true,
          sinsInput: {
            pain: 'non_mechanical',
            alignment: 'normal',
            collapse: 'none_with_over_50_involved',
            posterolateral: 'unilateral',
          },
          bilskyGrade: '1b',
          notes: 'Right-sided epidural soft tissue deforming the thecal sac; cord not abutted.',
        },
        {
          site: { region: 'humerus', segment: 'shaft' },
          laterality: 'right',
          type: 'mixed',
          sizeMm: 34,
          fracturePresent: false,
          epiduralExtension: null,
          mirelsInput: { pain: 'moderate', size: 'one_third_to_two_thirds' },
          notes: null,
        },
      ],
      imaging: [
        {
          daysAgo: 12,
          modality: 'mri',
          region: 'Whole spine',
          findings:
            'T9: sclerotic marrow replacement of more than half the vertebral body without height loss, extending into the right pedicle. Right anterolateral epidural soft tissue deforms the thecal sac; CSF preserved around the cord, no cord contact (ESCC 1b).\nScattered small sclerotic foci in T4, L1 and the sacrum without epidural extension.',
          impression:
            'T9 metastasis with epidural extension, ESCC 1b, no cord compression. Further small osteoblastic metastases elsewhere.',
          pacsUrl: `${PACS}/DEMO-0005-MR-1`,
          lesions: [1],
        },
        {
          daysAgo: 10,
          modality: 'xray',
          region: 'Right humerus (AP and lateral)',
          findings:
            'Mixed lytic and sclerotic lesion of the mid-diaphysis, 34 mm long, involving between one-third and two-thirds of the diameter with endosteal scalloping. No periosteal reaction, no fracture.',
          impression: 'Mixed metastasis of the right humeral shaft, no fracture.',
          pacsUrl: null,
          lesions: [2],
        },
      ],
      history: [
        { to: 'draft', daysAgo: 20, time: '09:10', by: REF },
        { to: 'submitted', daysAgo: 19, time: '16:20', by: REF },
        { to: 'ready', daysAgo: 9, time: '11:00', by: COORD },
        { to: 'scheduled', daysAgo: 8, time: '10:00', by: COORD },
        {
          to: 'ready',
          daysAgo: 6,
          time: '08:30',
          by: COORD,
          reason: 'Taken off this week’s agenda: patient admitted with febrile neutropenia; re-list next week.',
        },
        { to: 'scheduled', daysAgo: 2, time: '09:30', by: COORD },
      ],
    },

    // 6 — Prostate, femoral shaft pain, Mirels size not yet measured. Submitted.
    {
      no: 6,
      patient: { givenName: 'Ivan', familyName: 'Petrović', birthDate: '1944-12-12', sex: 'male' },
      referred: { daysAgo: 12, time: '11:25' },
      createdById: REF,
      case: {
        urgency: 'routine',
        primaryCancer: 'prostate',
        histology: 'Adenocarcinoma, Gleason 4+3=7 (ISUP grade group 3); castration-resistant',
        diagnosisDate: yearsAgo(9, 30),
        otherMetastaticSites: { boneOnly: true, sites: [] },
        currentSystemicTherapy: 'Abiraterone + prednisolone with ADT (goserelin)',
        clinicalQuestion:
          'New right thigh pain on walking with a femoral shaft lesion on bone scan — prophylactic intramedullary nailing, or radiotherapy alone?',
        referringOncologistId: REF,
        presentingClinicianId: CLIN,
        goalsOfCare: {
          choices: ['walk_unassisted', 'live_independently'],
          notes: 'Cares for his wife, who has dementia. "I need to be able to get her to the day centre."',
        },
      },
      assessments: [
        {
          daysAgo: 10,
          ecog: 2,
          karnofsky: 60,
          painNrs: 7,
          greatestPainSource: 'Right mid-thigh on weight bearing',
          neurology: 'intact',
          correctedCalciumMmolL: 2.28,
          creatinineClearanceMlMin: 41,
        },
      ],
      lesions: [
        {
          site: { region: 'femur', segment: 'shaft' },
          laterality: 'right',
          type: 'mixed',
          sizeMm: null,
          fracturePresent: false,
          epiduralExtension: null,
          // Deliberately partial: size awaits orthogonal radiographs.
          mirelsInput: { pain: 'functional' },
          notes: 'Awaiting AP and lateral radiographs of the right femur to measure the fraction of the diameter.',
        },
        {
          site: { region: 'sacrum' },
          laterality: 'midline',
          type: 'blastic',
          sizeMm: 25,
          fracturePresent: false,
          epiduralExtension: false,
          notes: 'Left sacral ala, extending towards the sacroiliac joint.',
        },
      ],
      imaging: [
        {
          daysAgo: 15,
          modality: 'bone_scan',
          region: 'Whole body',
          findings:
            'New intense uptake in the right femoral diaphysis over about 6 cm, and in the left sacral ala. Known foci in the lumbar spine and ribs unchanged.',
          impression:
            'New metastases of the right femoral shaft and left sacral ala. Radiographs of the right femur recommended to assess fracture risk.',
          pacsUrl: null,
          lesions: [1, 2],
        },
      ],
      history: [
        { to: 'draft', daysAgo: 12, time: '11:25', by: REF },
        { to: 'submitted', daysAgo: 11, time: '08:50', by: REF },
      ],
    },

    // 7 — Lung (EGFR), suspected cord compression at T6. Emergency, treated the same day; ready for
    // the board's review.
    {
      no: 7,
      patient: { givenName: 'Daniel', familyName: 'Kowalczyk', birthDate: '1963-05-27', sex: 'male' },
      referred: { daysAgo: 2, time: '12:30' },
      createdById: CLIN,
      case: {
        urgency: 'emergency',
        primaryCancer: 'lung',
        histology: 'Adenocarcinoma, EGFR exon 19 deletion',
        diagnosisDate: yearsAgo(2, 15),
        otherMetastaticSites: { boneOnly: false, sites: ['brain', 'adrenal'] },
        currentSystemicTherapy: 'Osimertinib 80 mg daily',
        clinicalQuestion:
          'Suspected metastatic spinal cord compression: 48 h of progressive leg weakness with a sensory level at T6; MRI shows a T6 pathological fracture with ESCC 3. Dexamethasone 16 mg started. Decompression and stabilisation followed by radiotherapy, or radiotherapy alone?',
        referringOncologistId: MEDONC,
        presentingClinicianId: CLIN,
        goalsOfCare: {
          choices: ['walk_unassisted', 'prolong_survival'],
          notes: 'Wants to walk again and to be at home for his granddaughter’s christening next month.',
        },
      },
      assessments: [
        {
          daysAgo: 25,
          ecog: 1,
          karnofsky: 80,
          painNrs: 3,
          greatestPainSource: 'Mid-thoracic back, intermittent',
          neurology: 'intact',
          correctedCalciumMmolL: 2.44,
          creatinineClearanceMlMin: 80,
        },
        {
          daysAgo: 2,
          ecog: 3,
          karnofsky: 50,
          painNrs: 8,
          greatestPainSource: 'Mid-thoracic, band-like around the chest, worse on sitting up',
          neurology: 'myelopathy',
          correctedCalciumMmolL: 2.51,
          creatinineClearanceMlMin: 76,
        },
      ],
      lesions: [
        {
          site: { region: 'spine', level: 'T6' },
          laterality: 'midline',
          type: 'lytic',
          sizeMm: 36,
          fracturePresent: true,
          epiduralExtension: true,
          sinsInput: {
            pain: 'mechanical',
            alignment: 'de_novo_deformity',
            collapse: 'over_50',
            posterolateral: 'bilateral',
          },
          bilskyGrade: '3',
          notes: 'Circumferential epidural tumour with cord compression; T2 cord signal change at T6.',
        },
        {
          site: { region: 'spine', level: 'T11' },
          laterality: 'midline',
          type: 'lytic',
          sizeMm: 12,
          fracturePresent: false,
          epiduralExtension: false,
          sinsInput: { pain: 'non_mechanical', alignment: 'normal', collapse: 'none', posterolateral: 'none' },
          bilskyGrade: '0',
          notes: null,
        },
      ],
      imaging: [
        {
          daysAgo: 2,
          modality: 'mri',
          region: 'Whole spine (emergency)',
          findings:
            'T6: pathological fracture with more than 50 % loss of vertebral body height and focal kyphosis. Lytic tumour involves the body, both pedicles and the lamina, with circumferential epidural extension compressing the cord; no CSF visible around the cord at this level (ESCC 3). T2 hyperintensity within the cord at T6.\nT11: 12 mm lytic focus in the body, no collapse, no epidural disease.\nNo other level of compression.',
          impression:
            'Metastatic spinal cord compression at T6 (ESCC 3) from a pathological fracture with kyphosis and bilateral posterior element involvement. Small T11 metastasis. Urgent spinal surgical and radiotherapy opinions advised.',
          pacsUrl: `${PACS}/DEMO-0007-MR-1`,
          lesions: [1, 2],
        },
      ],
      history: [
        { to: 'draft', daysAgo: 2, time: '12:30', by: CLIN },
        { to: 'submitted', daysAgo: 2, time: '12:45', by: CLIN },
        { to: 'ready', daysAgo: 2, time: '16:10', by: COORD },
      ],
    },

    // 8 — Lung (squamous), humeral shaft at high risk and a painful rib. Submitted yesterday.
    {
      no: 8,
      patient: { givenName: 'Fiona', familyName: 'MacLeod', birthDate: '1957-01-15', sex: 'female' },
      referred: { daysAgo: 6, time: '13:40' },
      createdById: REF,
      case: {
        urgency: 'routine',
        primaryCancer: 'lung',
        histology: 'Squamous cell carcinoma, PD-L1 TPS 60 %',
        diagnosisDate: yearsAgo(0, 330),
        otherMetastaticSites: { boneOnly: false, sites: ['liver', 'adrenal'] },
        currentSystemicTherapy: 'Pembrolizumab maintenance after 4 cycles of carboplatin + paclitaxel + pembrolizumab',
        clinicalQuestion:
          'Lytic right humeral shaft lesion with pain on lifting — intramedullary nail before radiotherapy, or radiotherapy alone? Single 8 Gy fraction to the painful left 6th rib?',
        referringOncologistId: REF,
        presentingClinicianId: CLIN,
        goalsOfCare: {
          choices: ['pain_control', 'live_independently', 'avoid_hospital_stays'],
          notes: 'Keen gardener who lives with her partner. "I don\'t want to spend the time I have in hospital."',
        },
      },
      assessments: [
        {
          daysAgo: 8,
          ecog: 2,
          karnofsky: 60,
          painNrs: 7,
          greatestPainSource: 'Right upper arm — cannot lift the kettle',
          neurology: 'intact',
          correctedCalciumMmolL: 2.71,
          creatinineClearanceMlMin: 55,
        },
      ],
      lesions: [
        {
          site: { region: 'humerus', segment: 'shaft' },
          laterality: 'right',
          type: 'lytic',
          sizeMm: 31,
          fracturePresent: false,
          epiduralExtension: null,
          mirelsInput: { pain: 'functional', size: 'over_two_thirds' },
          notes: null,
        },
        {
          site: { region: 'rib', number: 6 },
          laterality: 'left',
          type: 'lytic',
          sizeMm: 20,
          fracturePresent: true,
          epiduralExtension: null,
          notes: 'Undisplaced pathological fracture.',
        },
      ],
      imaging: [
        {
          daysAgo: 14,
          modality: 'ct',
          region: 'Chest, abdomen and pelvis (restaging)',
          findings:
            'Primary right upper lobe mass slightly smaller. Two new liver metastases (segments VI and VII, up to 21 mm); left adrenal nodule enlarged to 28 mm.\nLytic lesion of the left 6th rib with an undisplaced pathological fracture. Partly imaged lytic lesion of the right humeral diaphysis.',
          impression:
            'Mixed response: new hepatic metastases and adrenal progression. Left 6th rib pathological fracture. Right humeral lesion — dedicated radiographs advised.',
          pacsUrl: null,
          lesions: [1, 2],
        },
        {
          daysAgo: 8,
          modality: 'xray',
          region: 'Right humerus (AP and lateral)',
          findings:
            'Purely lytic lesion of the proximal third of the diaphysis, 31 mm, destroying more than two-thirds of the diameter on the lateral view with marked cortical thinning. No fracture line.',
          impression: 'Lytic right humeral shaft metastasis at high risk of fracture.',
          pacsUrl: `${PACS}/DEMO-0008-XR-1`,
          lesions: [1],
        },
      ],
      history: [
        { to: 'draft', daysAgo: 6, time: '13:40', by: REF },
        { to: 'submitted', daysAgo: 1, time: '10:15', by: REF },
      ],
    },

    // 9 — Kidney (clear cell), hypervascular L1 lesion, radioresistant. Urgent, ready.
    {
      no: 9,
      patient: { givenName: 'Tobias', familyName: 'Lindgren', birthDate: '1966-08-04', sex: 'male' },
      referred: { daysAgo: 7, time: '08:05' },
      createdById: REF,
      case: {
        urgency: 'urgent',
        primaryCancer: 'kidney',
        histology: 'Clear cell renal cell carcinoma, ISUP grade 3 (left nephrectomy)',
        diagnosisDate: yearsAgo(4, 90),
        otherMetastaticSites: { boneOnly: false, sites: ['lung'] },
        currentSystemicTherapy: 'Cabozantinib 40 mg daily (second line, after ipilimumab + nivolumab)',
        clinicalQuestion:
          'Hypervascular L1 metastasis with mechanical pain, left L1 radiculopathy and ESCC 1c in radioresistant RCC — preoperative embolisation and separation surgery with stabilisation followed by SBRT, or SBRT alone?',
        referringOncologistId: REF,
        presentingClinicianId: CLIN,
        goalsOfCare: {
          choices: ['walk_unassisted', 'maintain_work', 'prolong_survival'],
          notes: 'Self-employed carpenter. "I need my back to hold up so I can keep working."',
        },
      },
      assessments: [
        {
          daysAgo: 12,
          ecog: 1,
          karnofsky: 80,
          painNrs: 5,
          greatestPainSource: 'Upper lumbar, on standing',
          neurology: 'radiculopathy',
          correctedCalciumMmolL: 2.4,
          creatinineClearanceMlMin: 54,
        },
        {
          daysAgo: 3,
          ecog: 1,
          karnofsky: 70,
          painNrs: 7,
          greatestPainSource: 'Upper lumbar on standing and turning, radiating to the left groin',
          neurology: 'radiculopathy',
          correctedCalciumMmolL: 2.38,
          creatinineClearanceMlMin: 52,
        },
      ],
      lesions: [
        {
          site: { region: 'spine', level: 'L1' },
          laterality: 'midline',
          type: 'lytic',
          sizeMm: 46,
          fracturePresent: false,
          epiduralExtension: true,
          sinsInput: { pain: 'mechanical', alignment: 'normal', collapse: 'under_50', posterolateral: 'unilateral' },
          bilskyGrade: '1c',
          notes: 'Expansile, hypervascular; left pedicle and exit foramen involved.',
        },
        {
          site: { region: 'humerus', segment: 'proximal' },
          laterality: 'left',
          type: 'lytic',
          sizeMm: 14,
          fracturePresent: false,
          epiduralExtension: null,
          mirelsInput: { pain: 'mild', size: 'under_one_third' },
          notes: null,
        },
      ],
      imaging: [
        {
          daysAgo: 6,
          modality: 'mri',
          region: 'Whole spine',
          findings:
            'L1: expansile enhancing lesion replacing the vertebral body and left pedicle with prominent flow voids. About 25 % loss of height. Left anterolateral epidural tumour deforms the thecal sac and abuts the conus without compressing it (ESCC 1c); tumour extends into the left L1 foramen.\nNo other spinal lesion.',
          impression:
            'Hypervascular L1 metastasis with under 50 % collapse, unilateral posterolateral involvement and ESCC 1c epidural disease abutting the conus.',
          pacsUrl: `${PACS}/DEMO-0009-MR-1`,
          lesions: [1],
        },
        {
          daysAgo: 5,
          modality: 'ct',
          region: 'Chest, abdomen and pelvis with thoracolumbar reconstructions',
          findings:
            'Stable bilateral pulmonary metastases, largest 14 mm. Nephrectomy bed clear.\nL1: expansile lytic lesion with thinned, partly deficient posterior cortex; alignment maintained. Left humeral head/neck junction: 14 mm lytic lesion, cortex intact.',
          impression:
            'Stable lung metastases. L1 lytic metastasis, alignment maintained. Small lytic lesion of the left proximal humerus.',
          pacsUrl: null,
          lesions: [1, 2],
        },
      ],
      history: [
        { to: 'draft', daysAgo: 7, time: '08:05', by: REF },
        { to: 'submitted', daysAgo: 7, time: '12:40', by: REF },
        { to: 'ready', daysAgo: 2, time: '09:00', by: COORD },
      ],
    },

    // 10 — Thyroid (follicular, RAI-refractory), periacetabular and S1 lesions. Returned once for
    // missing data, resubmitted.
    {
      no: 10,
      patient: { givenName: 'Margarethe', familyName: 'Vogel', birthDate: '1953-10-09', sex: 'female' },
      referred: { daysAgo: 28, time: '14:20' },
      createdById: REF,
      case: {
        urgency: 'routine',
        primaryCancer: 'thyroid',
        histology: 'Follicular thyroid carcinoma, radioiodine-refractory',
        diagnosisDate: yearsAgo(8, 10),
        otherMetastaticSites: { boneOnly: false, sites: ['lung'] },
        currentSystemicTherapy: 'Lenvatinib 20 mg daily',
        clinicalQuestion:
          'Painful lytic right acetabular metastasis and S1 lesion — percutaneous ablation and cementoplasty, or SBRT? Is preprocedural embolisation needed?',
        referringOncologistId: REF,
        presentingClinicianId: CLIN,
        goalsOfCare: {
          choices: ['pain_control', 'walk_unassisted', 'return_to_sport_or_hobby'],
          notes: 'Sings in a choir and wants to be able to stand through the spring concert.',
        },
      },
      assessments: [
        {
          daysAgo: 9,
          ecog: 1,
          karnofsky: 70,
          painNrs: 6,
          greatestPainSource: 'Right groin on walking and climbing stairs',
          neurology: 'intact',
          correctedCalciumMmolL: 2.33,
          creatinineClearanceMlMin: 61,
        },
      ],
      lesions: [
        {
          site: { region: 'pelvis', part: 'acetabulum' },
          laterality: 'right',
          type: 'lytic',
          sizeMm: 55,
          fracturePresent: false,
          epiduralExtension: null,
          notes: 'Supra-acetabular, involving the roof; medial wall thinned.',
        },
        {
          site: { region: 'spine', level: 'S1' },
          laterality: 'midline',
          type: 'lytic',
          sizeMm: 27,
          fracturePresent: false,
          epiduralExtension: false,
          sinsInput: {
            pain: 'non_mechanical',
            alignment: 'normal',
            collapse: 'none_with_over_50_involved',
            posterolateral: 'none',
          },
          bilskyGrade: '0',
          notes: null,
        },
      ],
      imaging: [
        {
          daysAgo: 30,
          modality: 'ct',
          region: 'Pelvis',
          findings:
            'Expansile lytic lesion of the right supra-acetabular ilium extending into the acetabular roof, 55 mm, with a thinned medial wall and no fracture. Lytic lesion in the S1 body involving more than half of it, without collapse.',
          impression: 'Lytic right periacetabular and S1 metastases without fracture.',
          pacsUrl: null,
          lesions: [1, 2],
        },
        {
          daysAgo: 11,
          modality: 'mri',
          region: 'Pelvis and sacrum',
          findings:
            'Right acetabular roof lesion is intensely enhancing with flow voids, in keeping with a hypervascular metastasis; no intra-articular extension. S1: marrow replacement of more than half the body, sacral foramina and canal clear.',
          impression:
            'Hypervascular right acetabular metastasis (consider embolisation before any intervention). S1 metastasis without neural compromise.',
          pacsUrl: `${PACS}/DEMO-0010-MR-1`,
          lesions: [1, 2],
        },
      ],
      history: [
        { to: 'draft', daysAgo: 28, time: '14:20', by: REF },
        { to: 'submitted', daysAgo: 27, time: '09:30', by: REF },
        {
          to: 'draft',
          daysAgo: 26,
          time: '15:00',
          by: COORD,
          reason: 'Returned to the referrer: please attach the pelvic MRI and a current performance status.',
        },
        { to: 'submitted', daysAgo: 8, time: '10:40', by: REF },
      ],
    },

    // 11 — Melanoma (BRAF), solitary painful L2 lesion, radioresistant. Ready.
    {
      no: 11,
      patient: { givenName: 'Lucas', familyName: 'Ferreira', birthDate: '1975-06-21', sex: 'male' },
      referred: { daysAgo: 10, time: '16:45' },
      createdById: REF,
      case: {
        urgency: 'routine',
        primaryCancer: 'melanoma',
        histology: 'Cutaneous melanoma, BRAF V600E',
        diagnosisDate: yearsAgo(3, 45),
        otherMetastaticSites: { boneOnly: false, sites: ['lung', 'brain', 'lymph_nodes'] },
        currentSystemicTherapy:
          'Dabrafenib + trametinib (after progression on nivolumab); brain metastases treated with SRS',
        clinicalQuestion:
          'Painful L2 metastasis in radioresistant melanoma, neurologically intact, ESCC 1a — SBRT (e.g. 24 Gy in 2 fractions) rather than conventional radiotherapy?',
        referringOncologistId: REF,
        presentingClinicianId: CLIN,
        goalsOfCare: {
          choices: ['return_to_sport_or_hobby', 'maintain_work', 'prolong_survival'],
          notes: 'Amateur cyclist and software engineer. "I want to be back on the bike by summer."',
        },
      },
      assessments: [
        {
          daysAgo: 5,
          ecog: 0,
          karnofsky: 90,
          painNrs: 4,
          greatestPainSource: 'Left lower back, non-mechanical, worse at night',
          neurology: 'intact',
          correctedCalciumMmolL: 2.36,
          creatinineClearanceMlMin: 102,
        },
      ],
      lesions: [
        {
          site: { region: 'spine', level: 'L2' },
          laterality: 'midline',
          type: 'lytic',
          sizeMm: 21,
          fracturePresent: false,
          epiduralExtension: true,
          sinsInput: { pain: 'non_mechanical', alignment: 'normal', collapse: 'none', posterolateral: 'unilateral' },
          bilskyGrade: '1a',
          notes: null,
        },
      ],
      imaging: [
        {
          daysAgo: 20,
          modality: 'pet_ct',
          region: 'Skull vertex to feet (FDG)',
          findings:
            'FDG-avid lesion of the L2 body and left pedicle (SUVmax 11.2). Stable small pulmonary nodules with low-grade uptake. Left axillary nodes resolved. No other skeletal lesion.',
          impression: 'Solitary FDG-avid skeletal metastasis at L2; otherwise stable disease.',
          pacsUrl: null,
          lesions: [1],
        },
        {
          daysAgo: 7,
          modality: 'mri',
          region: 'Whole spine',
          findings:
            'L2: 21 mm enhancing lesion of the left posterior vertebral body extending into the left pedicle; no collapse. Thin left epidural component without thecal sac deformation (ESCC 1a). Cord and conus normal.',
          impression: 'Solitary L2 metastasis with minimal epidural extension (ESCC 1a), no collapse.',
          pacsUrl: `${PACS}/DEMO-0011-MR-1`,
          lesions: [1],
        },
      ],
      history: [
        { to: 'draft', daysAgo: 10, time: '16:45', by: REF },
        { to: 'submitted', daysAgo: 9, time: '08:55', by: REF },
        { to: 'ready', daysAgo: 4, time: '13:15', by: COORD },
      ],
    },

    // 12 — Myeloma, vertebral compression fractures and a borderline humeral lesion. Referred by the
    // medical oncologist. Ready.
    {
      no: 12,
      patient: { givenName: 'Beatrix', familyName: 'Halvorsen', birthDate: '1958-02-26', sex: 'female' },
      referred: { daysAgo: 22, time: '10:35' },
      createdById: MEDONC,
      case: {
        urgency: 'routine',
        primaryCancer: 'myeloma',
        histology: 'IgG kappa multiple myeloma, R-ISS stage II',
        diagnosisDate: yearsAgo(1, 180),
        otherMetastaticSites: { boneOnly: true, sites: [] },
        currentSystemicTherapy:
          'Daratumumab + lenalidomide + dexamethasone; zoledronic acid 3.3 mg IV every 4 weeks (CrCl 40–49 mL/min)',
        clinicalQuestion:
          'Painful T8 and L1 compression fractures (L1 with over 50 % collapse and new kyphosis) — kyphoplasty, radiotherapy, or surgical stabilisation at L1? Lytic left proximal humerus lesion: fix or irradiate?',
        referringOncologistId: MEDONC,
        presentingClinicianId: CLIN,
        goalsOfCare: {
          choices: ['pain_control', 'live_independently', 'reach_life_event'],
          notes: 'Wants to travel to her grandson’s graduation in eight weeks.',
        },
      },
      assessments: [
        {
          daysAgo: 20,
          ecog: 2,
          karnofsky: 60,
          painNrs: 8,
          greatestPainSource: 'Low back, on standing',
          neurology: 'intact',
          correctedCalciumMmolL: 2.78,
          creatinineClearanceMlMin: 42,
        },
        {
          daysAgo: 11,
          ecog: 2,
          karnofsky: null,
          painNrs: 7,
          greatestPainSource: 'Low back',
          neurology: 'intact',
          correctedCalciumMmolL: 2.6,
          creatinineClearanceMlMin: 44,
        },
        {
          daysAgo: 4,
          ecog: 2,
          karnofsky: 60,
          painNrs: 6,
          greatestPainSource: 'Mid and low back on standing; brace helps',
          neurology: 'intact',
          correctedCalciumMmolL: 2.52,
          creatinineClearanceMlMin: 45,
        },
      ],
      lesions: [
        {
          site: { region: 'spine', level: 'T8' },
          laterality: 'midline',
          type: 'lytic',
          sizeMm: null,
          fracturePresent: true,
          epiduralExtension: false,
          sinsInput: { pain: 'mechanical', alignment: 'normal', collapse: 'under_50', posterolateral: 'none' },
          bilskyGrade: '0',
          notes: null,
        },
        {
          site: { region: 'spine', level: 'L1' },
          laterality: 'midline',
          type: 'lytic',
          sizeMm: null,
          fracturePresent: true,
          epiduralExtension: true,
          sinsInput: {
            pain: 'mechanical',
            alignment: 'de_novo_deformity',
            collapse: 'over_50',
            posterolateral: 'none',
          },
          bilskyGrade: '1a',
          notes: 'Posterior wall retropulsion 3 mm.',
        },
        {
          site: { region: 'humerus', segment: 'proximal' },
          laterality: 'left',
          type: 'lytic',
          sizeMm: 29,
          fracturePresent: false,
          epiduralExtension: null,
          mirelsInput: { pain: 'moderate', size: 'one_third_to_two_thirds' },
          notes: null,
        },
        {
          site: { region: 'skull' },
          laterality: 'midline',
          type: 'lytic',
          sizeMm: 8,
          fracturePresent: false,
          epiduralExtension: null,
          notes: 'Multiple small punched-out lesions of the calvarium.',
        },
      ],
      imaging: [
        {
          daysAgo: 35,
          modality: 'ct',
          region: 'Whole-body low-dose CT',
          findings:
            'Innumerable punched-out lytic lesions of the calvarium, ribs, pelvis and both humeri. Left proximal humerus: 29 mm lytic lesion occupying about half of the diameter with endosteal scalloping. Compression fractures of T8 (about 30 %) and L1 (about 60 %) with a focal kyphosis at L1. No extramedullary soft-tissue mass.',
          impression:
            'Extensive lytic myeloma bone disease with T8 and L1 compression fractures; left proximal humeral lesion at risk.',
          pacsUrl: null,
          lesions: [1, 2, 3, 4],
        },
        {
          daysAgo: 18,
          modality: 'mri',
          region: 'Whole spine',
          findings:
            'Diffuse marrow infiltration. T8: acute fracture with oedema, about 30 % height loss, no retropulsion. L1: over 50 % height loss with new segmental kyphosis of 18° and 3 mm posterior wall retropulsion; minimal epidural soft tissue without thecal sac deformation (ESCC 1a). No cord compression.',
          impression:
            'Acute pathological fractures of T8 (under 50 %) and L1 (over 50 %, kyphotic). No cord compression.',
          pacsUrl: `${PACS}/DEMO-0012-MR-1`,
          lesions: [1, 2],
        },
      ],
      history: [
        { to: 'draft', daysAgo: 22, time: '10:35', by: MEDONC },
        { to: 'submitted', daysAgo: 21, time: '11:10', by: MEDONC },
        { to: 'ready', daysAgo: 3, time: '15:45', by: COORD },
      ],
    },

    // 13 — Other primary (hepatocellular carcinoma): T10 SINS incomplete pending CT. Submitted.
    {
      no: 13,
      patient: { givenName: 'Samuel', familyName: 'Adeyemi', birthDate: '1961-11-18', sex: 'male' },
      referred: { daysAgo: 8, time: '09:50' },
      createdById: REF,
      case: {
        urgency: 'routine',
        primaryCancer: 'other',
        histology: 'Hepatocellular carcinoma (Child–Pugh A, BCLC C)',
        diagnosisDate: yearsAgo(2, 75),
        otherMetastaticSites: { boneOnly: false, sites: ['lung', 'lymph_nodes'] },
        currentSystemicTherapy: 'Atezolizumab + bevacizumab',
        clinicalQuestion:
          'Expansile lytic T10 lesion with mechanical pain and ESCC 1b — stabilisation and SBRT, or embolisation and radiotherapy? Posterior element involvement awaits CT.',
        referringOncologistId: REF,
        presentingClinicianId: CLIN,
        goalsOfCare: {
          choices: ['walk_unassisted', 'maintain_work', 'prolong_survival'],
          notes: 'Taxi driver; worried about sitting through long shifts.',
        },
      },
      assessments: [
        {
          daysAgo: 6,
          ecog: 1,
          karnofsky: 80,
          painNrs: 6,
          greatestPainSource: 'Lower thoracic back, on sitting and twisting',
          neurology: 'intact',
          correctedCalciumMmolL: 2.4,
          creatinineClearanceMlMin: 79,
        },
      ],
      lesions: [
        {
          site: { region: 'spine', level: 'T10' },
          laterality: 'midline',
          type: 'lytic',
          sizeMm: 33,
          fracturePresent: false,
          epiduralExtension: true,
          // Deliberately partial: posterolateral involvement to be read on the CT.
          sinsInput: { pain: 'mechanical', alignment: 'normal', collapse: 'under_50' },
          bilskyGrade: '1b',
          notes: 'Expansile, hypervascular on MRI.',
        },
        {
          site: { region: 'pelvis', part: 'ilium' },
          laterality: 'right',
          type: 'lytic',
          sizeMm: 40,
          fracturePresent: false,
          epiduralExtension: null,
          notes: null,
        },
      ],
      imaging: [
        {
          daysAgo: 7,
          modality: 'mri',
          region: 'Thoracic and lumbar spine, pelvis',
          findings:
            'T10: expansile enhancing lesion of the vertebral body with about 20 % height loss and a ventral epidural component deforming the thecal sac without reaching the cord (ESCC 1b). Posterior elements incompletely assessed owing to motion.\nRight iliac wing: 40 mm enhancing lytic lesion with a small extraosseous component.',
          impression:
            'T10 metastasis with ESCC 1b and under 50 % collapse; CT of T10 advised to assess the pedicles and facets. Right iliac metastasis.',
          pacsUrl: null,
          lesions: [1, 2],
        },
      ],
      history: [
        { to: 'draft', daysAgo: 8, time: '09:50', by: REF },
        { to: 'submitted', daysAgo: 7, time: '17:05', by: REF },
      ],
    },
  ];

  return specs.map((spec) => finish(spec, today));
}
