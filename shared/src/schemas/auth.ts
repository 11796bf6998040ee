import { z } from 'zod';
import { DISCIPLINES, ROLES } from '../vocab/roles.js';

/** Password rules shared by the forms and the server (the server also checks a common-password list). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`);

export const emailSchema = z.string().trim().max(254).pipe(z.email('must be an email address'));

export const loginRequestSchema = z.strictObject({
  email: z.string().min(1, 'is required').max(254),
  password: z.string().min(1, 'is required').max(PASSWORD_MAX_LENGTH),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const roleSchema = z.enum(ROLES);
export const disciplineSchema = z.enum(DISCIPLINES);

export const currentUserSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  discipline: disciplineSchema.nullable(),
  roles: z.array(roleSchema),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

export const sessionInfoSchema = z.object({
  user: currentUserSchema,
  /** When the session ends if idle, and at the latest (ISO instants). */
  idleExpiresAt: z.string(),
  expiresAt: z.string(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

/** First admin from the one-time setup link printed on first start. */
export const setupRequestSchema = z.strictObject({
  token: z.string().min(1).max(200),
  name: z.string().trim().min(1).max(200),
  email: emailSchema,
  password: passwordSchema,
});
export type SetupRequest = z.infer<typeof setupRequestSchema>;

/** Setting a password from an invitation or a reset link. */
export const setPasswordRequestSchema = z.strictObject({
  token: z.string().min(1).max(200),
  password: passwordSchema,
});
export type SetPasswordRequest = z.infer<typeof setPasswordRequestSchema>;

export const CSRF_COOKIE = 'tb_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = 'tb_session';
