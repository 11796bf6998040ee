import { CLIN, COORD, MEDONC, PACS, REF, type CaseSpec, type YearsAgo } from './builders.js';

/** Demo cases 7–9: lung and kidney primaries. */
export const lungKidneyCases = (yearsAgo: YearsAgo): CaseSpec[] => [
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
];
