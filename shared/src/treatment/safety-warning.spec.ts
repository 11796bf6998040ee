import {
  SAFETY_PRIMARY_CANCERS,
  SAFETY_WARNING_CODES,
  highestSeverity,
  sortBySeverity,
  storedSafetyWarningSchema,
} from './safety-warning.js';

describe('safety warnings', () => {
  it('sorts most severe first and keeps the order within a severity', () => {
    const sorted = sortBySeverity([
      { id: 'a', severity: 'info' },
      { id: 'b', severity: 'contraindication' },
      { id: 'c', severity: 'warning' },
      { id: 'd', severity: 'info' },
      { id: 'e', severity: 'warning' },
    ] as const);
    expect(sorted.map((w) => w.id)).toEqual(['b', 'c', 'e', 'a', 'd']);
  });

  it('names the highest severity, or null for none', () => {
    expect(highestSeverity([])).toBeNull();
    expect(highestSeverity([{ severity: 'info' }, { severity: 'warning' }])).toBe('warning');
    expect(highestSeverity([{ severity: 'contraindication' }, { severity: 'info' }])).toBe('contraindication');
  });

  it('has unique warning codes', () => {
    expect(new Set(SAFETY_WARNING_CODES).size).toBe(SAFETY_WARNING_CODES.length);
  });

  it('lists the primary cancers of the case record (DESIGN §3)', () => {
    expect([...SAFETY_PRIMARY_CANCERS]).toEqual([
      'breast',
      'prostate',
      'lung',
      'kidney',
      'thyroid',
      'melanoma',
      'myeloma',
      'other',
    ]);
  });

  it('reads back stored warnings, including codes retired since', () => {
    const stored = { code: 'some_retired_code', severity: 'warning', message: 'm', source: 's' };
    expect(storedSafetyWarningSchema.parse(stored)).toEqual(stored);
    expect(storedSafetyWarningSchema.safeParse({ ...stored, severity: 'blocker' }).success).toBe(false);
    expect(storedSafetyWarningSchema.safeParse({ ...stored, extra: 1 }).success).toBe(false);
  });
});
