import { CLIN, COORD, PACS, REF, type CaseSpec, type YearsAgo } from './builders.js';

/** Demo cases 1–3: breast primaries. */
export const breastCases = (yearsAgo: YearsAgo): CaseSpec[] => [
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
];
