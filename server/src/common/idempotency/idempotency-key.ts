import { createHash } from 'node:crypto';

/** The request header a client sends with a create it may retry (IETF draft "The Idempotency-Key HTTP Header Field"). */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
/** Set on an answer that was replayed from an earlier request with the same key. */
export const REPLAYED_HEADER = 'Idempotent-Replayed';
/** How long a key and its answer are kept; a retry after that is a new request. */
export const IDEMPOTENCY_TTL_HOURS = 24;

/** 1–255 visible ASCII characters (no spaces, so a list of keys can never pass for one). */
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;

export const isValidIdempotencyKey = (key: string): boolean => KEY_FORMAT.test(key);

/** Fields whose values must not be derivable from the stored fingerprint: they count by presence only. */
const SECRET_FIELDS = new Set(['password']);

/** JSON with object keys sorted at every level, so `{a,b}` and `{b,a}` fingerprint alike. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, SECRET_FIELDS.has(k) ? '[secret]' : canonical((value as Record<string, unknown>)[k])]),
  );
}

/**
 * SHA-256 of the request body as canonical JSON: a retry must send the same body, and a different
 * body under a used key is refused. A password is fingerprinted by its presence, never its value
 * (an unsalted fast hash of it would be open to guessing).
 */
export function requestFingerprint(body: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(body ?? null)))
    .digest('hex');
}
