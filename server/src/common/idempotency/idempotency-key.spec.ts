import { isValidIdempotencyKey, requestFingerprint } from './idempotency-key.js';

describe('Idempotency-Key format', () => {
  it('accepts 1 to 255 visible ASCII characters', () => {
    expect(isValidIdempotencyKey('a')).toBe(true);
    expect(isValidIdempotencyKey('4f1c2b9e-4a57-4d38-9a4c-2f3f9d9b1a11')).toBe(true);
    expect(isValidIdempotencyKey('!~{}"\'')).toBe(true);
    expect(isValidIdempotencyKey('k'.repeat(255))).toBe(true);
  });

  it('refuses empty, too long, spaces, control and non-ASCII characters', () => {
    expect(isValidIdempotencyKey('')).toBe(false);
    expect(isValidIdempotencyKey('k'.repeat(256))).toBe(false);
    expect(isValidIdempotencyKey('two words')).toBe(false);
    expect(isValidIdempotencyKey('a, b')).toBe(false);
    expect(isValidIdempotencyKey('tab\there')).toBe(false);
    expect(isValidIdempotencyKey('clé')).toBe(false);
  });
});

describe('request fingerprint', () => {
  it('is the same for the same JSON whatever the key order', () => {
    expect(requestFingerprint({ a: 1, b: { c: [1, { d: 2, e: 3 }] } })).toBe(
      requestFingerprint({ b: { c: [1, { e: 3, d: 2 }] }, a: 1 }),
    );
  });

  it('differs when a value, an array order or the presence of a field differs', () => {
    const base = requestFingerprint({ a: 1, list: [1, 2] });
    expect(requestFingerprint({ a: 2, list: [1, 2] })).not.toBe(base);
    expect(requestFingerprint({ a: 1, list: [2, 1] })).not.toBe(base);
    expect(requestFingerprint({ a: 1, list: [1, 2], extra: null })).not.toBe(base);
  });

  it('treats a missing body as null', () => {
    expect(requestFingerprint(undefined)).toBe(requestFingerprint(null));
  });

  it('counts a password by its presence, never its value', () => {
    const withPassword = (password: string) => requestFingerprint({ email: 'a@example.org', password });
    expect(withPassword('first secret value')).toBe(withPassword('second secret value'));
    expect(withPassword('x')).not.toBe(requestFingerprint({ email: 'a@example.org' }));
  });
});
