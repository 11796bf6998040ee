import { CLIN, COORD, PACS, REF, type CaseSpec, type YearsAgo } from './builders.js';

/** Demo cases 4–6: prostate primaries. */
export const prostateCases = (yearsAgo: YearsAgo): CaseSpec[] => [
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
];
