import type { z } from 'zod';
import { lesionCreateSchema, lesionRuleIssues, lesionSchema, lesionUpdateSchema } from './lesion.js';

function pathsOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys' ? i.keys.map((key) => [...i.path, key].join('.')) : [i.path.join('.')],
  );
}

const SPINAL = {
  site: { region: 'spine', level: 'T12' },
  laterality: 'midline',
  type: 'lytic',
  sizeMm: 32,
  fracturePresent: false,
  epiduralExtension: true,
  sinsInput: { pain: 'mechanical', alignment: 'normal', collapse: 'under_50', posterolateral: 'unilateral' },
  mirelsInput: null,
  bilskyGrade: '1b',
  notes: null,
};

const FEMORAL = {
  site: { region: 'femur', segment: 'subtrochanteric' },
  laterality: 'left',
  type: 'mixed',
  mirelsInput: { pain: 'functional', size: 'one_third_to_two_thirds' },
};

describe('lesion schemas', () => {
  it('accepts a scored spinal lesion and a long-bone lesion', () => {
    expect(lesionCreateSchema.parse(SPINAL)).toEqual(SPINAL);
    expect(lesionCreateSchema.parse(FEMORAL)).toEqual(FEMORAL);
  });

  it('accepts a lesion known only by its site and side', () => {
    expect(pathsOf(lesionCreateSchema, { site: { region: 'rib', number: 6 }, laterality: 'right' })).toEqual([]);
  });

  it('accepts partial score inputs while the work-up goes on', () => {
    expect(pathsOf(lesionCreateSchema, { ...SPINAL, sinsInput: { pain: 'mechanical' } })).toEqual([]);
    expect(pathsOf(lesionCreateSchema, { ...FEMORAL, mirelsInput: { size: null } })).toEqual([]);
  });

  it('requires a site and a laterality', () => {
    expect(pathsOf(lesionCreateSchema, {}).sort()).toEqual(['laterality', 'site']);
  });

  it.each([
    [{ site: { region: 'spine', level: 'T13' } }, ['site.level']],
    [{ type: 'sclerotic' }, ['type']],
    [{ sizeMm: 0 }, ['sizeMm']],
    [{ fracturePresent: 'no' }, ['fracturePresent']],
    [{ bilskyGrade: 2 }, ['bilskyGrade']],
    [{ sinsInput: { pain: 'severe' } }, ['sinsInput.pain']],
    [{ sinsInput: { location: 'junctional' } }, ['sinsInput.location']],
    [{ sinsInput: { lesion: 'lytic' } }, ['sinsInput.lesion']],
    [{ sinsScore: 9 }, ['sinsScore']],
  ])('refuses %j', (change, paths) => {
    expect(pathsOf(lesionCreateSchema, { ...SPINAL, ...change })).toEqual(paths);
  });

  it('refuses Mirels inputs it derives (site, lesion) and unknown options', () => {
    expect(
      pathsOf(lesionCreateSchema, { ...FEMORAL, mirelsInput: { site: 'lower_limb', lesion: 'lytic' } }).sort(),
    ).toEqual(['mirelsInput.lesion', 'mirelsInput.site']);
    expect(pathsOf(lesionCreateSchema, { ...FEMORAL, mirelsInput: { size: 'half' } })).toEqual(['mirelsInput.size']);
  });

  describe('rules tying fields to the site', () => {
    it('refuses a paired bone without a side', () => {
      expect(pathsOf(lesionCreateSchema, { ...FEMORAL, laterality: 'midline' })).toEqual(['laterality']);
    });

    it('refuses score inputs where the score does not apply', () => {
      expect(
        pathsOf(lesionCreateSchema, { ...FEMORAL, sinsInput: { pain: 'mechanical' }, bilskyGrade: '0' }).sort(),
      ).toEqual(['bilskyGrade', 'sinsInput']);
      expect(pathsOf(lesionCreateSchema, { ...SPINAL, mirelsInput: { pain: 'mild' } })).toEqual(['mirelsInput']);
      expect(pathsOf(lesionCreateSchema, { ...SPINAL, site: { region: 'sacrum' } }).sort()).toEqual([
        'bilskyGrade',
        'sinsInput',
      ]);
    });

    it('allows epidural extension only in the spine and sacrum', () => {
      expect(pathsOf(lesionCreateSchema, { ...FEMORAL, epiduralExtension: true })).toEqual(['epiduralExtension']);
      expect(pathsOf(lesionCreateSchema, { ...FEMORAL, epiduralExtension: false })).toEqual([]);
      expect(
        pathsOf(lesionCreateSchema, { site: { region: 'sacrum' }, laterality: 'left', epiduralExtension: true }),
      ).toEqual([]);
    });

    it('gives the server the same rules for a merged record', () => {
      expect(
        lesionRuleIssues({
          site: { region: 'humerus', segment: 'shaft' },
          laterality: 'right',
          sinsInput: { pain: null },
        }),
      ).toEqual([{ path: ['sinsInput'], message: 'applies only to a vertebral level (site region "spine")' }]);
    });
  });

  describe('update and response', () => {
    it('takes a partial change with its version', () => {
      expect(lesionUpdateSchema.parse({ version: 5, bilskyGrade: '2' })).toEqual({ version: 5, bilskyGrade: '2' });
      expect(pathsOf(lesionUpdateSchema, { bilskyGrade: '2' })).toEqual(['version']);
      expect(pathsOf(lesionUpdateSchema, { version: 5, caseId: '00000000-0000-4000-8000-000000000002' })).toEqual([
        'caseId',
      ]);
    });

    it('answers with every field, the case id and metadata', () => {
      const response = {
        id: '00000000-0000-4000-8000-000000000001',
        caseId: '00000000-0000-4000-8000-000000000002',
        version: 1,
        createdAt: '2024-05-01T09:30:00.000Z',
        updatedAt: '2024-05-01T09:30:00.000Z',
        ...SPINAL,
      };
      expect(lesionSchema.parse(response)).toEqual(response);
      expect(pathsOf(lesionSchema, { ...response, scores: {} })).toEqual(['scores']);
    });
  });
});
