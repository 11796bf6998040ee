import {
  ZOLEDRONIC_ACID_RENAL_BANDS,
  formatZoledronicAcidDose,
  zoledronicAcidDoseMg,
  zoledronicAcidRenalBand,
} from './zoledronic-acid.js';

// Zometa label renal table (reference §10: >60 → 4.0 mg; 50–60 → 3.5; 40–49 → 3.3; 30–39 → 3.0;
// <30 not recommended), written out here with the edge rule of zoledronic-acid.ts, independently of
// its band table: x > 60 → 4.0; 50 ≤ x ≤ 60 → 3.5; 40 ≤ x < 50 → 3.3; 30 ≤ x < 40 → 3.0; x < 30 → none.
function labelDose(crcl: number): number | null {
  if (crcl > 60) return 4.0;
  if (crcl >= 50) return 3.5;
  if (crcl >= 40) return 3.3;
  if (crcl >= 30) return 3.0;
  return null;
}

describe('zoledronic acid dose by creatinine clearance (Zometa label)', () => {
  it.each([
    [0, null],
    [29, null],
    [29.9, null],
    [30, 3.0],
    [35, 3.0],
    [39, 3.0],
    [39.9, 3.0],
    [40, 3.3],
    [49, 3.3],
    [49.9, 3.3],
    [50, 3.5],
    [55, 3.5],
    [60, 3.5],
    [60.1, 4.0],
    [61, 4.0],
    [120, 4.0],
    [300, 4.0],
  ])('CrCl %p mL/min → %p mg', (crcl, dose) => {
    expect(zoledronicAcidDoseMg(crcl)).toBe(dose);
  });

  it.each([null, undefined])('returns null when CrCl is %p (not recorded)', (crcl) => {
    expect(zoledronicAcidDoseMg(crcl)).toBeNull();
  });

  it('agrees with the label rule at every 0.1 mL/min from 0 to 150', () => {
    let checked = 0;
    for (let tenths = 0; tenths <= 1500; tenths += 1) {
      const crcl = tenths / 10;
      expect(zoledronicAcidDoseMg(crcl)).toBe(labelDose(crcl));
      checked += 1;
    }
    expect(checked).toBe(1501);
  });

  it('has bands that never overlap: each value falls in exactly one', () => {
    const inBand = (crcl: number) =>
      ZOLEDRONIC_ACID_RENAL_BANDS.filter(
        (b) =>
          (b.lower === null || (b.lower.inclusive ? crcl >= b.lower.mlMin : crcl > b.lower.mlMin)) &&
          (b.upper === null || (b.upper.inclusive ? crcl <= b.upper.mlMin : crcl < b.upper.mlMin)),
      ).length;
    for (const crcl of [0, 29.99, 30, 39.99, 40, 49.99, 50, 60, 60.01, 1000]) expect(inBand(crcl)).toBe(1);
  });

  it('names the band as the label prints it', () => {
    expect(zoledronicAcidRenalBand(60).label).toBe('50–60 mL/min');
    expect(zoledronicAcidRenalBand(49.5).label).toBe('40–49 mL/min');
    expect(zoledronicAcidRenalBand(10).label).toBe('< 30 mL/min');
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('throws RangeError for an impossible CrCl %p', (crcl) => {
    expect(() => zoledronicAcidDoseMg(crcl)).toThrow(RangeError);
  });

  it('prints doses with one decimal, as the label does', () => {
    expect(formatZoledronicAcidDose(4)).toBe('4.0 mg');
    expect(formatZoledronicAcidDose(3.3)).toBe('3.3 mg');
  });
});
