import { CLIN, COORD, MEDONC, PACS, REF, type CaseSpec, type YearsAgo } from './builders.js';

/** Demo cases 10–13: thyroid, melanoma, myeloma and another primary. */
export const thyroidMelanomaMyelomaOtherCases = (yearsAgo: YearsAgo): CaseSpec[] => [
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
