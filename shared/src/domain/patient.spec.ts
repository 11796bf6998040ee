import type { z } from 'zod';
import { addDays, latestCalendarDate } from './calendar-date.js';
import { patientCreateSchema, patientSchema, patientUpdateSchema } from './patient.js';

/** Dotted paths of the issues, one per unknown key (as the server reports them). */
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

const VALID = { mrn: 'MRN-00042', givenName: 'Ada', familyName: 'Example', birthDate: '1956-07-14', sex: 'female' };
const META = {
  id: '00000000-0000-4000-8000-000000000001',
  version: 1,
  createdAt: '2024-05-01T09:30:00.000Z',
  updatedAt: '2024-05-01T09:30:00.000Z',
};

describe('patient schemas', () => {
  it('accepts a complete patient and trims names', () => {
    expect(patientCreateSchema.parse({ ...VALID, givenName: '  Ada ' })).toEqual(VALID);
  });

  it('requires every field and names each one', () => {
    expect(pathsOf(patientCreateSchema, {}).sort()).toEqual(['birthDate', 'familyName', 'givenName', 'mrn', 'sex']);
    expect(messageAt(patientCreateSchema, {}, 'givenName')).toBe('is required');
  });

  it('refuses an unknown field by name', () => {
    expect(pathsOf(patientCreateSchema, { ...VALID, nhsNumber: '123' })).toEqual(['nhsNumber']);
  });

  it.each(['MRN 42', 'MRN_42', 'A'.repeat(33), '', 'MRN/42', 'é123'])('refuses the MRN %p', (mrn) => {
    expect(pathsOf(patientCreateSchema, { ...VALID, mrn })).toEqual(['mrn']);
  });

  it.each(['a', 'A'.repeat(32), '12-34-AB'])('accepts the MRN %p', (mrn) => {
    expect(pathsOf(patientCreateSchema, { ...VALID, mrn })).toEqual([]);
  });

  it('does not echo a refused MRN in the message (PHI)', () => {
    expect(messageAt(patientCreateSchema, { ...VALID, mrn: 'SECRET 1' }, 'mrn')).not.toMatch(/SECRET/);
  });

  it('refuses a birth date in the future', () => {
    const tomorrowEverywhere = addDays(latestCalendarDate(new Date()), 1);
    expect(messageAt(patientCreateSchema, { ...VALID, birthDate: tomorrowEverywhere }, 'birthDate')).toBe(
      'must not be in the future',
    );
    expect(pathsOf(patientCreateSchema, { ...VALID, birthDate: '2999-01-01' })).toEqual(['birthDate']);
  });

  it('accepts a birth date of today', () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(pathsOf(patientCreateSchema, { ...VALID, birthDate: today })).toEqual([]);
  });

  it.each(['1899-12-31', '1956-02-30', '14/07/1956', '1956-07-14T00:00:00Z'])(
    'refuses the birth date %p',
    (birthDate) => {
      expect(pathsOf(patientCreateSchema, { ...VALID, birthDate })).toEqual(['birthDate']);
    },
  );

  it('refuses an unknown sex', () => {
    expect(messageAt(patientCreateSchema, { ...VALID, sex: 'f' }, 'sex')).toMatch(/unknown value \(got a text value\)/);
  });

  describe('update', () => {
    it('takes any subset of fields with the version read', () => {
      expect(patientUpdateSchema.parse({ familyName: 'Sample', version: 2 })).toEqual({
        familyName: 'Sample',
        version: 2,
      });
    });

    it('requires the version and refuses unknown fields', () => {
      expect(pathsOf(patientUpdateSchema, { familyName: 'Sample' })).toEqual(['version']);
      expect(pathsOf(patientUpdateSchema, { version: 1, id: META.id })).toEqual(['id']);
    });

    it('still validates the fields it is given', () => {
      expect(pathsOf(patientUpdateSchema, { version: 1, birthDate: '2999-01-01', mrn: 'a b' }).sort()).toEqual([
        'birthDate',
        'mrn',
      ]);
    });
  });

  describe('response', () => {
    it('carries id, version and timestamps', () => {
      expect(patientSchema.parse({ ...META, ...VALID })).toEqual({ ...META, ...VALID });
    });

    it('refuses a response that leaks an unknown field, or lacks its metadata', () => {
      expect(pathsOf(patientSchema, { ...META, ...VALID, passwordHash: 'x' })).toEqual(['passwordHash']);
      expect(pathsOf(patientSchema, VALID).sort()).toEqual(['createdAt', 'id', 'updatedAt', 'version']);
      expect(pathsOf(patientSchema, { ...META, ...VALID, id: 'patient-1', createdAt: '2024-05-01' }).sort()).toEqual([
        'createdAt',
        'id',
      ]);
    });
  });
});
