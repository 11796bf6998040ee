import { CASE_ROLES, CLINICAL_ROLES, isReferrerOnly } from './role-groups.js';

describe('role groups', () => {
  it('treats a user who only refers as referrer-only', () => {
    expect(isReferrerOnly(['referrer'])).toBe(true);
  });

  it('does not scope a referrer who also holds a clinical role', () => {
    expect(isReferrerOnly(['referrer', 'medical_oncologist'])).toBe(false);
    expect(isReferrerOnly(['coordinator'])).toBe(false);
  });

  it('does not count admin as a referrer or as clinical staff', () => {
    expect(isReferrerOnly(['admin'])).toBe(false);
    expect(CLINICAL_ROLES).not.toContain('admin');
    expect(CASE_ROLES).not.toContain('admin');
  });

  it('lets referrers reach the clinical record, scoped by the server', () => {
    expect(CASE_ROLES).toEqual([...CLINICAL_ROLES, 'referrer']);
  });
});
