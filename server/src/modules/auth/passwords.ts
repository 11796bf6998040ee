import { hash, verify } from '@node-rs/argon2';
import { passwordSchema, type FieldError } from '@tumor-board/shared';
import { isCommonPassword } from './common-passwords.js';

/**
 * argon2id with the library defaults, which are OWASP's recommended minimum (m = 19 MiB, t = 2,
 * p = 1; OWASP Password Storage Cheat Sheet).
 */
export const hashPassword = (password: string): Promise<string> => hash(password);

export const verifyPassword = (stored: string, password: string): Promise<boolean> =>
  verify(stored, password).catch(() => false);

/** A real hash to verify against when the account does not exist, so timing does not tell. */
let dummyHash: Promise<string> | undefined;
export const verifyAgainstDummy = async (password: string): Promise<void> => {
  dummyHash ??= hashPassword('not-a-real-account-password');
  await verifyPassword(await dummyHash, password);
};

/** Length (also checked by the shared schema) and the common-password list. */
export function passwordProblems(password: string, path = 'body.password'): FieldError[] {
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success) return parsed.error.issues.map((i) => ({ path, message: i.message }));
  if (isCommonPassword(password))
    return [{ path, message: 'is too common; choose a longer, less guessable passphrase' }];
  return [];
}
