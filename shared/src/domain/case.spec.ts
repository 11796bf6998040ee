import type { z } from 'zod';
import { caseCreateSchema, caseSchema, caseUpdateSchema } from './case.js';

function pathsOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys' ? i.keys.map((key) => [...i.path, key].join('.')) : [i.path.join('.')],
  );
}

const PATIENT = '00000000-0000-4000-8000-00000000000a';
const ONCOLOGIST = '00000000-0000-4000-8000-00000000000b';

const FULL = {
  patientId: PATIENT,
  urgency: 'urgent',
  primaryCancer: 'breast',
  histology: 'Invasive ductal carcinoma, ER+/HER2−',
  diagnosisDate: '2019-03-02',
  otherMetastaticSites: { boneOnly: false, sites: ['liver', 'lymph_nodes'] },
  currentSystemicTherapy: 'Letrozole + palbociclib',
  clinicalQuestion: 'Painful lytic T12 lesion: stabilisation before radiotherapy?',
  referringOncologistId: ONCOLOGIST,
  presentingClinicianId: null,
  goalsOfCare: { choices: ['walk_unassisted', 'return_to_sport_or_hobby'], notes: 'Wants to play golf this summer' },
};

describe('case schemas', () => {
  it('accepts a full referral', () => {
    expect(caseCreateSchema.parse(FULL)).toEqual(FULL);
  });

  it('accepts a bare draft: a patient and an urgency', () => {
    expect(caseCreateSchema.parse({ patientId: PATIENT, urgency: 'routine' })).toEqual({
      patientId: PATIENT,
      urgency: 'routine',
    });
  });

  it('has no default urgency: it must be chosen', () => {
    expect(pathsOf(caseCreateSchema, { patientId: PATIENT })).toEqual(['urgency']);
  });

  it('refuses status on create: the workflow moves it', () => {
    expect(pathsOf(caseCreateSchema, { ...FULL, status: 'ready' })).toEqual(['status']);
  });

  it.each([
    ['primaryCancer', 'pancreas'],
    ['diagnosisDate', '2999-01-01'],
    ['referringOncologistId', 'dr-smith'],
    ['urgency', 'asap'],
    ['clinicalQuestion', ''],
    ['histology', 'x'.repeat(201)],
  ])('refuses %s = %p', (field, value) => {
    expect(pathsOf(caseCreateSchema, { ...FULL, [field]: value })).toEqual([field]);
  });

  describe('other metastatic sites', () => {
    it('accepts bone-only disease with no sites', () => {
      expect(pathsOf(caseCreateSchema, { ...FULL, otherMetastaticSites: { boneOnly: true, sites: [] } })).toEqual([]);
    });

    it.each([
      [{ boneOnly: true, sites: ['liver'] }, ['otherMetastaticSites.sites']],
      [{ boneOnly: false, sites: [] }, ['otherMetastaticSites.sites']],
      [{ boneOnly: false, sites: ['liver', 'liver'] }, ['otherMetastaticSites.sites']],
      [{ boneOnly: false, sites: ['spleen'] }, ['otherMetastaticSites.sites.0']],
      [{ boneOnly: 'yes', sites: [] }, ['otherMetastaticSites.boneOnly']],
      [{ boneOnly: true, sites: [], visceral: false }, ['otherMetastaticSites.visceral']],
    ])('refuses %j', (otherMetastaticSites, paths) => {
      expect(pathsOf(caseCreateSchema, { ...FULL, otherMetastaticSites })).toEqual(paths);
    });
  });

  describe('goals of care', () => {
    it('accepts choices with no notes', () => {
      expect(pathsOf(caseCreateSchema, { ...FULL, goalsOfCare: { choices: ['pain_control'], notes: null } })).toEqual(
        [],
      );
    });

    it.each([
      [{ choices: ['play_golf'], notes: null }, ['goalsOfCare.choices.0']],
      [{ choices: ['pain_control', 'pain_control'], notes: null }, ['goalsOfCare.choices']],
      [{ choices: [], notes: null, priority: 1 }, ['goalsOfCare.priority']],
      [{ notes: null }, ['goalsOfCare.choices']],
    ])('refuses %j', (goalsOfCare, paths) => {
      expect(pathsOf(caseCreateSchema, { ...FULL, goalsOfCare })).toEqual(paths);
    });
  });

  describe('update', () => {
    it('takes a partial change with its version, and null to clear a field', () => {
      expect(caseUpdateSchema.parse({ version: 4, clinicalQuestion: null })).toEqual({
        version: 4,
        clinicalQuestion: null,
      });
    });

    it('never moves a case to another patient nor changes its status', () => {
      expect(pathsOf(caseUpdateSchema, { version: 4, patientId: PATIENT, status: 'ready' }).sort()).toEqual([
        'patientId',
        'status',
      ]);
    });

    it('does not fill in a value the client did not send', () => {
      expect(caseUpdateSchema.parse({ version: 2 })).toEqual({ version: 2 });
    });

    it('requires the version', () => {
      expect(pathsOf(caseUpdateSchema, { urgency: 'emergency' })).toEqual(['version']);
    });
  });

  describe('response', () => {
    const META = {
      id: '00000000-0000-4000-8000-000000000001',
      version: 3,
      createdAt: '2024-05-01T09:30:00.000Z',
      updatedAt: '2024-05-02T10:00:00+02:00',
    };

    it('carries every field, status and metadata', () => {
      const response = { ...META, ...FULL, status: 'submitted' };
      expect(caseSchema.parse(response)).toEqual(response);
    });

    it('lists every field a response lacks', () => {
      expect(pathsOf(caseSchema, { ...META, patientId: PATIENT, urgency: 'routine' }).sort()).toEqual([
        'clinicalQuestion',
        'currentSystemicTherapy',
        'diagnosisDate',
        'goalsOfCare',
        'histology',
        'otherMetastaticSites',
        'presentingClinicianId',
        'primaryCancer',
        'referringOncologistId',
        'status',
      ]);
    });
  });
});
