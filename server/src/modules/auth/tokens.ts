import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 bits from the OS CSPRNG, URL-safe. */
export const randomToken = (): string => randomBytes(32).toString('base64url');

/** What is stored for a token: its SHA-256 (hex). A database leak gives no usable cookie. */
export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

export function constantTimeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
