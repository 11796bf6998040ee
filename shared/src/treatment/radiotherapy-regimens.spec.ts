import {
  RADIOTHERAPY_REGIMENS,
  RADIOTHERAPY_REGIMEN_CODES,
  doseCGy,
  doseGyFromCGy,
  dosePerFractionGy,
  findRegimen,
  findRegimenByCode,
  formatPrescription,
  regimensForContext,
} from './radiotherapy-regimens.js';

// Reference §9, written out independently of the catalogue: [total Gy, fractions].
const ASTRO_2024_CONVENTIONAL: [number, number][] = [
  [8, 1],
  [20, 5],
  [24, 6],
  [30, 10],
];
const ASTRO_2024_CORD_COMPRESSION: [number, number][] = [
  [8, 1],
  [16, 2],
  [20, 5],
  [30, 10],
];
const ASTRO_2024_REIRRADIATION_SPINE: [number, number][] = [
  [8, 1],
  [20, 5],
  [24, 6],
  [20, 8],
];
const ASTRO_2024_REIRRADIATION_NON_SPINE: [number, number][] = [
  [8, 1],
  [20, 5],
  [24, 6],
];
// SC.24 24/2; RTOG 0631 16×1 and 18×1; institutional 24×1 [M].
const SBRT: [number, number][] = [
  [24, 2],
  [16, 1],
  [18, 1],
  [24, 1],
];

const asPairs = (regimens: readonly { totalDoseGy: number; fractions: number }[]) =>
  regimens.map((r) => [r.totalDoseGy, r.fractions]).sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
const sorted = (pairs: [number, number][]) => [...pairs].sort((a, b) => a[0] - b[0] || a[1] - b[1]);

describe('palliative radiotherapy regimen catalogue', () => {
  describe('findRegimen finds each ASTRO 2024 conventional regimen', () => {
    it.each([
      ...ASTRO_2024_CONVENTIONAL,
      ...ASTRO_2024_CORD_COMPRESSION,
      ...ASTRO_2024_REIRRADIATION_SPINE,
      ...ASTRO_2024_REIRRADIATION_NON_SPINE,
    ])('%p Gy in %p fractions', (gy, fractions) => {
      const regimen = findRegimen('conventional_ebrt', gy, fractions);
      expect(regimen).not.toBeNull();
      expect(regimen!.technique).toBe('conventional_ebrt');
      expect(regimen!.totalDoseGy).toBe(gy);
      expect(regimen!.fractions).toBe(fractions);
      expect(regimen!.source).toMatch(/Alcorn S.*Pract Radiat Oncol 2024.*10\.1016\/j\.prro\.2024\.04\.018/);
    });
  });

  it.each(SBRT)('findRegimen finds SBRT %p Gy in %p fraction(s)', (gy, fractions) => {
    const regimen = findRegimen('sbrt', gy, fractions);
    expect(regimen).not.toBeNull();
    expect([regimen!.totalDoseGy, regimen!.fractions, regimen!.technique]).toEqual([gy, fractions, 'sbrt']);
  });

  it('cites SC.24 for 24 Gy/2, RTOG 0631 for 16 and 18 Gy × 1, and marks 24 Gy × 1 as [M]', () => {
    expect(findRegimen('sbrt', 24, 2)!.source).toMatch(/Sahgal A.*Lancet Oncol 2021/);
    expect(findRegimen('sbrt', 16, 1)!.source).toMatch(/Ryu S.*JAMA Oncol 2023/);
    expect(findRegimen('sbrt', 18, 1)!.source).toMatch(/RTOG 0631/);
    expect(findRegimen('sbrt', 24, 1)!.verification).toBe('M');
    expect(findRegimen('sbrt', 24, 1)!.source).toMatch(/\[M/);
  });

  it('holds exactly the ten regimens of the reference, each once', () => {
    const expected = [
      ...new Set(
        [...ASTRO_2024_CONVENTIONAL, ...ASTRO_2024_CORD_COMPRESSION, ...ASTRO_2024_REIRRADIATION_SPINE].map(
          ([gy, n]) => `conventional_ebrt ${gy}/${n}`,
        ),
      ),
      ...SBRT.map(([gy, n]) => `sbrt ${gy}/${n}`),
    ].sort();
    expect(RADIOTHERAPY_REGIMENS.map((r) => `${r.technique} ${r.totalDoseGy}/${r.fractions}`).sort()).toEqual(expected);
    expect(RADIOTHERAPY_REGIMENS.map((r) => r.code)).toEqual([...RADIOTHERAPY_REGIMEN_CODES]);
  });

  it.each([
    ['conventional_ebrt', 25, 5],
    ['conventional_ebrt', 8, 2],
    ['conventional_ebrt', 24, 2],
    ['conventional_ebrt', 20.01, 5],
    ['sbrt', 8, 1],
    ['sbrt', 20, 5],
    ['sbrt', 27, 3],
  ] as const)('finds no regimen for %s %p Gy / %p', (technique, gy, fractions) => {
    expect(findRegimen(technique, gy, fractions)).toBeNull();
  });

  it('matches in whole cGy, so float noise in the entered Gy does not matter', () => {
    expect(findRegimen('conventional_ebrt', 0.1 + 0.2 + 7.7, 1)?.code).toBe('ebrt_8gy_1fx');
  });

  it('gives doses in cGy and dose per fraction consistent with total / fractions', () => {
    for (const r of RADIOTHERAPY_REGIMENS) {
      expect(r.totalDoseCGy).toBe(r.totalDoseGy * 100);
      expect(r.dosePerFractionGy).toBeCloseTo(r.totalDoseGy / r.fractions, 2);
      expect(r.label).toBe(`${r.totalDoseGy} Gy in ${r.fractions} ${r.fractions === 1 ? 'fraction' : 'fractions'}`);
      expect(r.indicationNote.length).toBeGreaterThan(10);
    }
    expect(findRegimenByCode('ebrt_20gy_8fx').dosePerFractionGy).toBe(2.5);
    expect(findRegimenByCode('sbrt_24gy_2fx').dosePerFractionGy).toBe(12);
  });

  it('lists the right regimens per clinical situation', () => {
    expect(asPairs(regimensForContext('symptomatic_bone_metastases'))).toEqual(sorted(ASTRO_2024_CONVENTIONAL));
    expect(asPairs(regimensForContext('spinal_cord_compression'))).toEqual(sorted(ASTRO_2024_CORD_COMPRESSION));
    expect(asPairs(regimensForContext('re_irradiation_spine'))).toEqual(sorted(ASTRO_2024_REIRRADIATION_SPINE));
    expect(asPairs(regimensForContext('re_irradiation_non_spine'))).toEqual(sorted(ASTRO_2024_REIRRADIATION_NON_SPINE));
    expect(asPairs(regimensForContext('sbrt_selected_patients'))).toEqual(sorted(SBRT));
  });

  it('converts between Gy and cGy', () => {
    expect(doseCGy(8)).toBe(800);
    expect(doseCGy(2.5)).toBe(250);
    expect(doseCGy(0.1 + 0.2)).toBe(30);
    expect(doseGyFromCGy(2400)).toBe(24);
    expect(dosePerFractionGy(30, 10)).toBe(3);
    expect(dosePerFractionGy(20, 3)).toBe(6.67);
    expect(() => dosePerFractionGy(20, 0)).toThrow(RangeError);
  });

  it('formats prescriptions', () => {
    expect(formatPrescription(8, 1)).toBe('8 Gy in 1 fraction');
    expect(formatPrescription(24, 2)).toBe('24 Gy in 2 fractions');
    expect(formatPrescription(7.5, 3)).toBe('7.5 Gy in 3 fractions');
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(RADIOTHERAPY_REGIMENS)).toBe(true);
    expect(Object.isFrozen(RADIOTHERAPY_REGIMENS[0])).toBe(true);
  });
});
