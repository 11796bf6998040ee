import type { z } from 'zod';
import {
  assessmentCreateSchema,
  assessmentRuleIssues,
  assessmentSchema,
  assessmentUpdateSchema,
} from './assessment.js';

function pathsOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys' ? i.keys.map((key) => [...i.path, key].join('.')) : [i.path.join('.')],
  );
}

function messageAt(schema: z.ZodType, input: unknown, path: string): string | undefined {
  return schema.safeParse(input).error?.issues.find((i) => i.path.join('.') === path)?.message;
}

const FULL = {
  assessedOn: '2024-05-01',
  ecog: 1,
  karnofsky: 70,
  painNrs: 7,
  greatestPainSource: 'Thoracolumbar junction, worse on sitting up',
  neurology: 'intact',
  correctedCalciumMmolL: 2.41,
  creatinineClearanceMlMin: 58.5,
};

describe('assessment schemas', () => {
  it('accepts ECOG and Karnofsky together, stored as measured', () => {
    expect(assessmentCreateSchema.parse(FULL)).toEqual(FULL);
  });

  it('accepts either scale alone', () => {
    expect(pathsOf(assessmentCreateSchema, { assessedOn: '2024-05-01', ecog: 2 })).toEqual([]);
    expect(pathsOf(assessmentCreateSchema, { assessedOn: '2024-05-01', karnofsky: 60, ecog: null })).toEqual([]);
  });

  it.each([0, 1, 2, 3, 4])('accepts ECOG %i', (ecog) => {
    expect(pathsOf(assessmentCreateSchema, { ...FULL, ecog })).toEqual([]);
  });

  it('refuses ECOG 5: it means dead, not an assessment', () => {
    expect(messageAt(assessmentCreateSchema, { ...FULL, ecog: 5 }, 'ecog')).toBe(
      'must be at most 4 (ECOG 5 means dead, not an assessment)',
    );
  });

  it.each([-1, 1.5, '2'])('refuses ECOG %p', (ecog) => {
    expect(pathsOf(assessmentCreateSchema, { ...FULL, ecog })).toEqual(['ecog']);
  });

  it.each([10, 20, 30, 40, 50, 60, 70, 80, 90, 100])('accepts Karnofsky %i', (karnofsky) => {
    expect(pathsOf(assessmentCreateSchema, { ...FULL, karnofsky })).toEqual([]);
  });

  it('refuses Karnofsky 75: the scale moves in tens', () => {
    expect(messageAt(assessmentCreateSchema, { ...FULL, karnofsky: 75 }, 'karnofsky')).toBe(
      'must be a multiple of 10 (Karnofsky is scored in tens)',
    );
  });

  it.each([0, 110, -10, 72.5])('refuses Karnofsky %p', (karnofsky) => {
    expect(pathsOf(assessmentCreateSchema, { ...FULL, karnofsky })).toEqual(['karnofsky']);
  });

  it('refuses Karnofsky 0 for the same reason as ECOG 5', () => {
    expect(messageAt(assessmentCreateSchema, { ...FULL, karnofsky: 0 }, 'karnofsky')).toMatch(/0 means dead/);
  });

  it.each([
    ['painNrs', 11],
    ['painNrs', -1],
    ['painNrs', 6.5],
    ['neurology', 'paraplegia'],
    ['correctedCalciumMmolL', 10.2],
    ['correctedCalciumMmolL', '2.4'],
    ['creatinineClearanceMlMin', -5],
    ['assessedOn', '2999-01-01'],
    ['assessedOn', '2024-02-30'],
    ['greatestPainSource', ''],
  ])('refuses %s = %p', (field, value) => {
    expect(pathsOf(assessmentCreateSchema, { ...FULL, [field]: value })).toEqual([field]);
  });

  it('explains a calcium typed in mg/dL', () => {
    expect(messageAt(assessmentCreateSchema, { ...FULL, correctedCalciumMmolL: 10.2 }, 'correctedCalciumMmolL')).toBe(
      'must be at most 5 mmol/L',
    );
  });

  it('requires a date and something measured', () => {
    expect(pathsOf(assessmentCreateSchema, { ecog: 1 })).toEqual(['assessedOn']);
    expect(pathsOf(assessmentCreateSchema, { assessedOn: '2024-05-01' })).toEqual(['']);
    expect(pathsOf(assessmentCreateSchema, { assessedOn: '2024-05-01', ecog: null, painNrs: null })).toEqual(['']);
    expect(messageAt(assessmentCreateSchema, { assessedOn: '2024-05-01' }, '')).toMatch(/^records nothing/);
  });

  it('refuses unknown fields such as a converted score', () => {
    expect(pathsOf(assessmentCreateSchema, { ...FULL, ecogFromKps: 2 })).toEqual(['ecogFromKps']);
  });

  it('checks a merged record with the same rule', () => {
    expect(assessmentRuleIssues({ ecog: null, karnofsky: null })).toHaveLength(1);
    expect(assessmentRuleIssues({ neurology: 'myelopathy' })).toEqual([]);
  });

  it('takes partial updates with a version', () => {
    expect(assessmentUpdateSchema.parse({ version: 2, painNrs: 3 })).toEqual({ version: 2, painNrs: 3 });
    expect(pathsOf(assessmentUpdateSchema, { painNrs: 3 })).toEqual(['version']);
    expect(pathsOf(assessmentUpdateSchema, { version: 2, ecog: 5 })).toEqual(['ecog']);
  });

  it('answers with the case id and metadata', () => {
    const response = {
      id: '00000000-0000-4000-8000-000000000001',
      caseId: '00000000-0000-4000-8000-000000000002',
      version: 1,
      createdAt: '2024-05-01T09:30:00.000Z',
      updatedAt: '2024-05-01T09:30:00.000Z',
      ...FULL,
    };
    expect(assessmentSchema.parse(response)).toEqual(response);
    expect(pathsOf(assessmentSchema, { ...response, caseId: undefined })).toEqual(['caseId']);
  });
});
