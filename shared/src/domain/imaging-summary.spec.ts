import type { z } from 'zod';
import { imagingSummaryCreateSchema, imagingSummarySchema, imagingSummaryUpdateSchema } from './imaging-summary.js';

function pathsOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys' ? i.keys.map((key) => [...i.path, key].join('.')) : [i.path.join('.')],
  );
}

const LESION_A = '00000000-0000-4000-8000-0000000000a1';
const LESION_B = '00000000-0000-4000-8000-0000000000b2';

const FULL = {
  modality: 'mri',
  performedOn: '2024-04-28',
  region: 'Whole spine',
  findings: 'Lytic T12 lesion with <50 % collapse and ventral epidural tumour.',
  impression: 'T12 metastasis, ESCC 1b; no cord compression.',
  lesionIds: [LESION_A, LESION_B],
  pacsUrl: 'https://pacs.hospital.example/viewer?study=1.2.840.1',
};

describe('imaging summary schemas', () => {
  it('accepts a full summary', () => {
    expect(imagingSummaryCreateSchema.parse(FULL)).toEqual(FULL);
  });

  it('needs only modality, date, region and impression', () => {
    const { findings: _f, lesionIds: _l, pacsUrl: _p, ...minimal } = FULL;
    expect(pathsOf(imagingSummaryCreateSchema, minimal)).toEqual([]);
    expect(pathsOf(imagingSummaryCreateSchema, {}).sort()).toEqual(['impression', 'modality', 'performedOn', 'region']);
  });

  it.each(['xray', 'ct', 'mri', 'pet_ct', 'psma_pet', 'bone_scan'])('accepts the modality %s', (modality) => {
    expect(pathsOf(imagingSummaryCreateSchema, { ...FULL, modality })).toEqual([]);
  });

  it.each([
    ['modality', 'ultrasound'],
    ['performedOn', '2999-01-01'],
    ['performedOn', '2024-04-28T10:00:00Z'],
    ['impression', '  '],
    ['lesionIds', [LESION_A, LESION_A]],
    ['lesionIds', 'a1'],
    ['pacsUrl', 'http://pacs.hospital.example/viewer'],
    ['pacsUrl', 'javascript:alert(1)'],
    ['pacsUrl', 'pacs.hospital.example/viewer'],
  ])('refuses %s = %p', (field, value) => {
    expect(pathsOf(imagingSummaryCreateSchema, { ...FULL, [field]: value })).toEqual([field]);
  });

  it('names the bad lesion id by its index', () => {
    expect(pathsOf(imagingSummaryCreateSchema, { ...FULL, lesionIds: [LESION_A, 'lesion-2'] })).toEqual([
      'lesionIds.1',
    ]);
  });

  it('accepts an https link to an internal PACS host', () => {
    expect(pathsOf(imagingSummaryCreateSchema, { ...FULL, pacsUrl: 'https://pacs01:8443/wado?study=1' })).toEqual([]);
  });

  it('refuses an author in the request: the server takes it from the session', () => {
    expect(pathsOf(imagingSummaryCreateSchema, { ...FULL, authorId: LESION_A })).toEqual(['authorId']);
  });

  it('takes a partial change with its version', () => {
    expect(imagingSummaryUpdateSchema.parse({ version: 2, pacsUrl: null })).toEqual({ version: 2, pacsUrl: null });
    expect(pathsOf(imagingSummaryUpdateSchema, { pacsUrl: null })).toEqual(['version']);
  });

  it('answers with author, case id and metadata', () => {
    const response = {
      id: '00000000-0000-4000-8000-000000000001',
      caseId: '00000000-0000-4000-8000-000000000002',
      authorId: null,
      version: 1,
      createdAt: '2024-05-01T09:30:00.000Z',
      updatedAt: '2024-05-01T09:30:00.000Z',
      ...FULL,
    };
    expect(imagingSummarySchema.parse(response)).toEqual(response);
    expect(pathsOf(imagingSummarySchema, { ...response, version: 0 })).toEqual(['version']);
  });
});
