import { SPINAL_LEVELS } from '../scores/index.js';
import {
  FEMUR_SEGMENTS,
  formatSkeletalSite,
  isLongBone,
  isSpinal,
  isSpinalOrSacral,
  lateralityIssue,
  mirelsSiteFor,
  skeletalSiteSchema,
  spinalLevelOf,
  type SkeletalSite,
} from './skeletal-site.js';

function issuesOf(input: unknown): { path: string; message: string }[] {
  const result = skeletalSiteSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys'
      ? i.keys.map((key) => ({ path: [...i.path, key].join('.'), message: i.message }))
      : [{ path: i.path.join('.'), message: i.message }],
  );
}

describe('skeletal site', () => {
  describe('schema', () => {
    it.each<SkeletalSite>([
      { region: 'spine', level: 'C1' },
      { region: 'spine', level: 'S5' },
      { region: 'sacrum' },
      { region: 'pelvis', part: 'acetabulum' },
      { region: 'femur', segment: 'trochanteric' },
      { region: 'humerus', segment: 'proximal' },
      { region: 'ulna', segment: 'distal' },
      { region: 'rib', number: 12 },
      { region: 'skull' },
      { region: 'sternum' },
      { region: 'other', description: 'left patella' },
    ])('accepts %j', (site) => {
      expect(skeletalSiteSchema.parse(site)).toEqual(site);
    });

    it('accepts every spinal level C1–S5', () => {
      for (const level of SPINAL_LEVELS)
        expect(skeletalSiteSchema.safeParse({ region: 'spine', level }).success).toBe(true);
    });

    it.each([
      [{ region: 'spine', level: 'T13' }, 'level'],
      [{ region: 'spine' }, 'level'],
      [{ region: 'rib', number: 13 }, 'number'],
      [{ region: 'rib', number: 0 }, 'number'],
      [{ region: 'pelvis', part: 'sacrum' }, 'part'],
      [{ region: 'femur', segment: 'proximal' }, 'segment'],
      [{ region: 'tibia', segment: 'head_neck' }, 'segment'],
      [{ region: 'other', description: '   ' }, 'description'],
    ])('refuses %j at %s', (input, path) => {
      expect(issuesOf(input).map((i) => i.path)).toEqual([path]);
    });

    it('refuses an unknown region and names the regions it knows', () => {
      const issues = issuesOf({ region: 'patella' });
      expect(issues).toHaveLength(1);
      expect(issues[0]!.path).toBe('region');
      expect(issues[0]!.message).toMatch(/unknown region \(got a text value\); expected one of spine, sacrum, pelvis/);
    });

    it('refuses a value that is not a site object', () => {
      expect(issuesOf('T12')).toEqual([{ path: '', message: 'must be an object with a region' }]);
      expect(issuesOf(null)).toEqual([{ path: '', message: 'is required' }]);
    });

    it('refuses a missing region', () => {
      expect(issuesOf({ level: 'T12' })).toEqual([{ path: 'region', message: 'region is required' }]);
    });

    it('refuses detail that does not belong to the region', () => {
      expect(issuesOf({ region: 'skull', level: 'C1' }).map((i) => i.path)).toEqual(['level']);
      expect(issuesOf({ region: 'femur', segment: 'shaft', level: 'L1' }).map((i) => i.path)).toEqual(['level']);
    });
  });

  describe('classification', () => {
    it('calls only vertebral levels spinal; the sacrum as a whole is sacral, not a level', () => {
      expect(isSpinal({ region: 'spine', level: 'T12' })).toBe(true);
      expect(isSpinal({ region: 'spine', level: 'S1' })).toBe(true);
      expect(isSpinal({ region: 'sacrum' })).toBe(false);
      expect(isSpinalOrSacral({ region: 'sacrum' })).toBe(true);
      expect(isSpinalOrSacral({ region: 'pelvis', part: 'ilium' })).toBe(false);
      expect(spinalLevelOf({ region: 'spine', level: 'L3' })).toBe('L3');
      expect(spinalLevelOf({ region: 'sacrum' })).toBeUndefined();
    });

    it.each(['femur', 'humerus', 'tibia', 'fibula', 'radius', 'ulna'] as const)('calls the %s a long bone', (bone) => {
      const site = { region: bone, segment: 'shaft' } as SkeletalSite;
      expect(isLongBone(site)).toBe(true);
    });

    it.each<SkeletalSite>([
      { region: 'clavicle' },
      { region: 'rib', number: 4 },
      { region: 'pelvis', part: 'acetabulum' },
      { region: 'spine', level: 'L2' },
    ])('does not call %j a long bone', (site) => {
      expect(isLongBone(site)).toBe(false);
    });
  });

  describe('Mirels site', () => {
    it.each<[SkeletalSite, string | undefined]>([
      [{ region: 'humerus', segment: 'proximal' }, 'upper_limb'],
      [{ region: 'humerus', segment: 'shaft' }, 'upper_limb'],
      [{ region: 'radius', segment: 'distal' }, 'upper_limb'],
      [{ region: 'ulna', segment: 'shaft' }, 'upper_limb'],
      [{ region: 'tibia', segment: 'proximal' }, 'lower_limb'],
      [{ region: 'fibula', segment: 'shaft' }, 'lower_limb'],
      [{ region: 'femur', segment: 'shaft' }, 'lower_limb'],
      [{ region: 'femur', segment: 'distal' }, 'lower_limb'],
      [{ region: 'femur', segment: 'trochanteric' }, 'peritrochanteric'],
      [{ region: 'femur', segment: 'subtrochanteric' }, 'peritrochanteric'],
      [{ region: 'femur', segment: 'head_neck' }, 'peritrochanteric'],
      [{ region: 'spine', level: 'T12' }, undefined],
      [{ region: 'pelvis', part: 'acetabulum' }, undefined],
      [{ region: 'clavicle' }, undefined],
      [{ region: 'sacrum' }, undefined],
    ])('maps %j to %s', (site, expected) => {
      expect(mirelsSiteFor(site)).toBe(expected);
    });

    it('gives every femoral segment a Mirels site', () => {
      for (const segment of FEMUR_SEGMENTS) expect(mirelsSiteFor({ region: 'femur', segment })).toBeDefined();
    });
  });

  describe('labels', () => {
    it.each<[SkeletalSite, Parameters<typeof formatSkeletalSite>[1], string]>([
      [{ region: 'spine', level: 'T12' }, 'midline', 'T12 vertebra'],
      [{ region: 'spine', level: 'T12' }, undefined, 'T12 vertebra'],
      [{ region: 'spine', level: 'L4' }, 'left', 'L4 vertebra, left side'],
      [{ region: 'spine', level: 'C5' }, 'bilateral', 'C5 vertebra, bilateral'],
      [{ region: 'humerus', segment: 'proximal' }, 'left', 'Left humerus, proximal'],
      [{ region: 'tibia', segment: 'shaft' }, 'right', 'Right tibia, shaft'],
      [{ region: 'femur', segment: 'trochanteric' }, 'left', 'Left femur, proximal (trochanteric region)'],
      [{ region: 'femur', segment: 'head_neck' }, 'right', 'Right femur, proximal (head and neck)'],
      [{ region: 'femur', segment: 'distal' }, 'left', 'Left femur, distal'],
      [{ region: 'pelvis', part: 'acetabulum' }, 'right', 'Right pelvis, acetabulum'],
      [{ region: 'rib', number: 7 }, 'right', 'Right rib 7'],
      [{ region: 'sacrum' }, 'not_applicable', 'Sacrum'],
      [{ region: 'sacrum' }, 'left', 'Left sacrum'],
      [{ region: 'skull' }, 'right', 'Skull, right side'],
      [{ region: 'sternum' }, null, 'Sternum'],
      [{ region: 'other', description: 'patella' }, 'left', 'Left patella'],
    ])('labels %j (%s) as "%s"', (site, laterality, label) => {
      expect(formatSkeletalSite(site, laterality)).toBe(label);
    });
  });

  describe('laterality', () => {
    it.each(['midline', 'bilateral', 'not_applicable'] as const)('refuses %s for a paired bone', (laterality) => {
      expect(lateralityIssue({ region: 'femur', segment: 'shaft' }, laterality)).toEqual({
        path: ['laterality'],
        message: expect.stringMatching(/must be "left" or "right" for the femur/) as unknown,
      });
    });

    it('accepts a side for a paired bone and any laterality for the spine and sacrum', () => {
      expect(lateralityIssue({ region: 'rib', number: 3 }, 'left')).toBeUndefined();
      expect(lateralityIssue({ region: 'spine', level: 'T4' }, 'midline')).toBeUndefined();
      expect(lateralityIssue({ region: 'spine', level: 'T4' }, 'bilateral')).toBeUndefined();
      expect(lateralityIssue({ region: 'sacrum' }, 'bilateral')).toBeUndefined();
    });
  });
});
