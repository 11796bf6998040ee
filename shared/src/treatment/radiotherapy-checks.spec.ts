import { checkRadiotherapy } from './radiotherapy-checks.js';
import { recommendationItemSchema, type RadiotherapyItem } from './recommendation-kinds.js';

function item(technique: string, totalDoseGy: number, fractions: number): RadiotherapyItem {
  const parsed = recommendationItemSchema.parse({
    kind: 'radiotherapy',
    target: 'T12',
    technique,
    totalDoseGy,
    fractions,
    rationale: '',
  });
  if (parsed.kind !== 'radiotherapy') throw new Error('test setup: not radiotherapy');
  return parsed;
}

const codes = (technique: string, gy: number, fractions: number) =>
  checkRadiotherapy(item(technique, gy, fractions)).map((w) => w.code);

// ASTRO 2024 and the SBRT trials (reference §9), written out independently of the catalogue.
const CATALOGUE: [string, number, number][] = [
  ['conventional_ebrt', 8, 1],
  ['conventional_ebrt', 16, 2],
  ['conventional_ebrt', 20, 5],
  ['conventional_ebrt', 24, 6],
  ['conventional_ebrt', 30, 10],
  ['conventional_ebrt', 20, 8],
  ['sbrt', 24, 2],
  ['sbrt', 16, 1],
  ['sbrt', 18, 1],
  ['sbrt', 24, 1],
];

describe('radiotherapy prescription prompts', () => {
  it.each(CATALOGUE)('%s %p Gy / %p: catalogue regimen, no prompt', (technique, gy, fractions) => {
    expect(codes(technique, gy, fractions)).toEqual([]);
  });

  it.each([
    ['conventional_ebrt', 25, 5],
    ['conventional_ebrt', 36, 12],
    ['sbrt', 27, 3],
    ['sbrt', 8, 1],
    ['sbrt', 30, 5],
  ])('%s %p Gy / %p: not a catalogue regimen → info only', (technique, gy, fractions) => {
    const warnings = checkRadiotherapy(item(technique, gy, fractions));
    expect(warnings.map((w) => [w.code, w.severity])).toEqual([['radiotherapy_not_catalogue_regimen', 'info']]);
    expect(warnings[0]!.message).toMatch(/not a catalogue regimen — check.*Free entry is allowed/);
  });

  it.each([
    [13, 1, '13 Gy per fraction'],
    [12.01, 1, '12.01 Gy per fraction'],
    [24, 1, '24 Gy per fraction'],
    [27, 2, '13.5 Gy per fraction'],
  ])('conventional EBRT %p Gy / %p (> 12 Gy per fraction) → looks like SBRT', (gy, fractions, perFraction) => {
    const warnings = checkRadiotherapy(item('conventional_ebrt', gy, fractions));
    const flag = warnings.find((w) => w.code === 'radiotherapy_conventional_high_dose_per_fraction');
    expect(flag?.severity).toBe('warning');
    expect(flag?.message).toContain(perFraction);
    expect(flag?.message).toMatch(/looks like SBRT/);
    expect(warnings.map((w) => w.code)).toContain('radiotherapy_not_catalogue_regimen');
  });

  it.each([
    ['conventional_ebrt', 12, 1],
    ['conventional_ebrt', 24, 2],
    ['sbrt', 24, 1],
    ['sbrt', 30, 1],
  ])('%s %p Gy / %p: no "looks like SBRT" warning (exactly 12 Gy, or SBRT)', (technique, gy, fractions) => {
    expect(codes(technique, gy, fractions)).not.toContain('radiotherapy_conventional_high_dose_per_fraction');
  });
});
