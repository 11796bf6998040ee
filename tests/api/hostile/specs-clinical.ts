import {
  PROXIMAL_FEMUR_LESION,
  T12_LESION,
  addAssessment,
  addImaging,
  addLesion,
  createCase,
  createPatient,
  daysAgo,
  today,
  uniqueMrn,
} from '../../factories/clinical.js';
import type { HostileRegistry } from './engine.js';
import type { World } from './world.js';

/** Values aimed at particular clinical fields, beside the generic hostile ones. */
const CLINICAL_FIELD_VALUES: Record<string, readonly unknown[]> = {
  mrn: ['MRN-1\u0000', `${'A'.repeat(33)}`, 'MRN 1', "MRN'--"],
  birthDate: [
    '1899-12-31',
    '0100-01-01',
    '1961-02-29',
    new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10),
  ],
  pacsUrl: [
    `https://pacs.example.org/${'a'.repeat(3000)}`,
    'https://pacs.example.org/study?id=1\u0000',
    'javascript:alert(1)',
    'http://pacs.example.org/',
    'https://[::1]:99999/',
    'https://user:pass@pacs.example.org/',
  ],
  level: ['T13', 'C0', 't12', 'T12 '],
  sizeMm: [0, 501, 0.0001, 1e-300],
  karnofsky: [75, 0, 100, 110],
};

/** The clinician's shared records: a patient and a draft case for requests that only read them. */
const clinician = (world: World) => world.as('clinician');
const sharedPatient = (world: World) =>
  world.once('patient', async () => world.remember(await createPatient((await clinician(world)).client)));
const newCase = async (world: World) => {
  const { client } = await clinician(world);
  const { case: created } = await createCase(client, {
    patientId: (await sharedPatient(world)).id,
    primaryCancer: 'breast',
    clinicalQuestion: 'Radiotherapy alone, or stabilisation first?',
  });
  return world.remember(created);
};

/** Patients, cases and their workflow, assessments, lesions, imaging, and the worklist queries. */
export const CLINICAL_SPECS: HostileRegistry = {
  'GET /api/patients': {
    role: 'clinician',
    setup: async (world) => ({
      client: (await clinician(world)).client,
      query: async () => ({ mrn: (await sharedPatient(world)).mrn }),
    }),
  },
  'POST /api/patients': {
    role: 'clinician',
    setup: async (world) => ({
      client: (await clinician(world)).client,
      body: () => ({
        mrn: uniqueMrn('HOST'),
        givenName: 'Ada',
        familyName: 'Testpatient',
        birthDate: '1961-04-12',
        sex: 'female',
      }),
      fieldValues: CLINICAL_FIELD_VALUES,
    }),
  },
  'PATCH /api/patients/:id': {
    role: 'clinician',
    setup: async (world) => {
      const { client } = await clinician(world);
      const patient = world.remember(await createPatient(client));
      return {
        client,
        params: { id: patient.id },
        body: async () => ({
          version: await world.version('patient', patient.id),
          givenName: 'Adaline',
          familyName: 'Testpatient',
        }),
        fieldValues: CLINICAL_FIELD_VALUES,
      };
    },
  },
  'GET /api/cases': {
    role: 'clinician',
    setup: async (world) => {
      await newCase(world);
      return {
        client: (await clinician(world)).client,
        query: () => ({ q: 'Test', status: 'draft,submitted', sort: 'urgency', limit: '10', from: '2020-01-01' }),
      };
    },
  },
  'POST /api/cases': {
    role: 'clinician',
    setup: async (world) => {
      const patient = await sharedPatient(world);
      return {
        client: (await clinician(world)).client,
        body: () => ({
          patientId: patient.id,
          urgency: 'routine',
          primaryCancer: 'lung',
          histology: 'adenocarcinoma',
          clinicalQuestion: 'Is surgery needed?',
          otherMetastaticSites: { boneOnly: false, sites: ['liver'] },
          goalsOfCare: { choices: ['pain_control'], notes: 'Wants to stay at home.' },
        }),
        fieldValues: CLINICAL_FIELD_VALUES,
      };
    },
  },
  'PATCH /api/cases/:caseId': {
    role: 'clinician',
    setup: async (world) => {
      const created = await newCase(world);
      return {
        client: (await clinician(world)).client,
        params: { caseId: created.id },
        body: async () => ({
          version: await world.version('board_case', created.id),
          urgency: 'urgent',
          histology: 'invasive ductal carcinoma',
          currentSystemicTherapy: 'letrozole',
          diagnosisDate: '2024-05-01',
          goalsOfCare: { choices: ['pain_control', 'walk_unassisted'], notes: 'Wants to walk again.' },
        }),
        fieldValues: CLINICAL_FIELD_VALUES,
      };
    },
  },
  'POST /api/cases/:caseId/transitions': {
    role: 'clinician',
    setup: async (world) => {
      const created = await newCase(world);
      return {
        client: (await clinician(world)).client,
        params: { caseId: created.id },
        body: async () => ({
          to: 'withdrawn',
          version: await world.version('board_case', created.id),
          reason: 'Referred twice.',
        }),
        fieldValues: { to: ['draft', 'decided', 'scheduled', 'closed'] },
      };
    },
    renewAfterSuccess: true,
  },
  'POST /api/cases/:caseId/assessments': {
    role: 'clinician',
    setup: async (world) => {
      const created = await newCase(world);
      return {
        client: (await clinician(world)).client,
        params: { caseId: created.id },
        body: () => ({
          assessedOn: today(),
          ecog: 1,
          karnofsky: 80,
          painNrs: 4,
          greatestPainSource: 'T12',
          neurology: 'intact',
          correctedCalciumMmolL: 2.4,
          creatinineClearanceMlMin: 75.5,
        }),
        fieldValues: CLINICAL_FIELD_VALUES,
      };
    },
  },
  'PATCH /api/cases/:caseId/assessments/:id': {
    role: 'clinician',
    setup: async (world) => {
      const created = await newCase(world);
      const { client } = await clinician(world);
      const assessment = world.remember(await addAssessment(client, created.id));
      return {
        client,
        params: { caseId: created.id, id: assessment.id },
        body: async () => ({
          version: await world.version('assessment', assessment.id),
          painNrs: 6,
          greatestPainSource: 'left hip',
        }),
        fieldValues: CLINICAL_FIELD_VALUES,
      };
    },
  },
  'DELETE /api/cases/:caseId/assessments/:id': {
    role: 'clinician',
    setup: async (world) => {
      const created = await world.once('assessment-delete-case', () => newCase(world));
      const { client } = await clinician(world);
      const assessment = world.remember(await addAssessment(client, created.id));
      return {
        client,
        params: { caseId: created.id, id: assessment.id },
        query: async () => ({ version: String(await world.version('assessment', assessment.id)) }),
      };
    },
    renewAfterSuccess: true,
  },
  'POST /api/cases/:caseId/lesions': {
    role: 'clinician',
    setup: async (world) => {
      const created = await newCase(world);
      return {
        client: (await clinician(world)).client,
        params: { caseId: created.id },
        body: () => ({ ...T12_LESION, sizeMm: 24.5, epiduralExtension: false, notes: 'Posterior elements involved.' }),
        fieldValues: CLINICAL_FIELD_VALUES,
      };
    },
  },
  'PATCH /api/cases/:caseId/lesions/:id': {
    role: 'clinician',
    setup: async (world) => {
      const created = await newCase(world);
      const { client } = await clinician(world);
      const lesion = world.remember(await addLesion(client, created.id, PROXIMAL_FEMUR_LESION));
      return {
        client,
        params: { caseId: created.id, id: lesion.id },
        body: async () => ({
          version: await world.version('lesion', lesion.id),
          sizeMm: 31,
          notes: 'Cortical thinning.',
          mirelsInput: { pain: 'functional', size: 'over_two_thirds' },
        }),
        fieldValues: CLINICAL_FIELD_VALUES,
      };
    },
  },
  'DELETE /api/cases/:caseId/lesions/:id': {
    role: 'clinician',
    setup: async (world) => {
      const created = await world.once('lesion-delete-case', () => newCase(world));
      const { client } = await clinician(world);
      const lesion = world.remember(await addLesion(client, created.id, T12_LESION));
      return {
        client,
        params: { caseId: created.id, id: lesion.id },
        query: async () => ({ version: String(await world.version('lesion', lesion.id)) }),
      };
    },
    renewAfterSuccess: true,
  },
  'POST /api/cases/:caseId/imaging': {
    role: 'radiologist',
    setup: async (world) => {
      const created = await newCase(world);
      const { client } = await clinician(world);
      const lesion = world.remember(await addLesion(client, created.id, T12_LESION));
      return {
        client: (await world.as('radiologist')).client,
        params: { caseId: created.id },
        body: () => ({
          modality: 'mri',
          performedOn: daysAgo(3),
          region: 'whole spine',
          impression: 'Lytic T12 metastasis without cord compression.',
          findings: 'No epidural disease.',
          pacsUrl: 'https://pacs.example.org/study/1',
          lesionIds: [lesion.id],
        }),
        fieldValues: CLINICAL_FIELD_VALUES,
      };
    },
  },
  'PATCH /api/cases/:caseId/imaging/:id': {
    role: 'radiologist',
    setup: async (world) => {
      const created = await newCase(world);
      const radiologist = (await world.as('radiologist')).client;
      const imaging = world.remember(await addImaging(radiologist, created.id));
      return {
        client: radiologist,
        params: { caseId: created.id, id: imaging.id },
        body: async () => ({
          version: await world.version('imaging_summary', imaging.id),
          impression: 'Stable appearances.',
          findings: 'Unchanged since the last study.',
          pacsUrl: 'https://pacs.example.org/study/2',
        }),
        fieldValues: CLINICAL_FIELD_VALUES,
      };
    },
  },
  'DELETE /api/cases/:caseId/imaging/:id': {
    role: 'radiologist',
    setup: async (world) => {
      const created = await world.once('imaging-delete-case', () => newCase(world));
      const radiologist = (await world.as('radiologist')).client;
      const imaging = world.remember(await addImaging(radiologist, created.id));
      return {
        client: radiologist,
        params: { caseId: created.id, id: imaging.id },
        query: async () => ({ version: String(await world.version('imaging_summary', imaging.id)) }),
      };
    },
    renewAfterSuccess: true,
  },
};
