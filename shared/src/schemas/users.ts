import { z } from 'zod';
import { disciplineSchema, emailSchema, passwordSchema, roleSchema } from './auth.js';
import { versionField } from '../domain/fields.js';

export const userSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  discipline: disciplineSchema.nullable(),
  roles: z.array(roleSchema),
  active: z.boolean(),
  hasPassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type User = z.infer<typeof userSchema>;

export const userListSchema = z.object({ items: z.array(userSchema) });
export type UserList = z.infer<typeof userListSchema>;

/** An admin creates a user with a password, or without one to get an invitation link. */
export const createUserSchema = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(200),
  email: emailSchema,
  discipline: disciplineSchema.nullable().default(null),
  roles: z.array(roleSchema).min(1, 'needs at least one role').max(10),
  password: passwordSchema.optional(),
});
export type CreateUser = z.infer<typeof createUserSchema>;

export const updateUserSchema = z.strictObject({
  version: versionField,
  name: z.string().trim().min(1).max(200).optional(),
  discipline: disciplineSchema.nullable().optional(),
  roles: z.array(roleSchema).min(1, 'needs at least one role').max(10).optional(),
  active: z.boolean().optional(),
});
export type UpdateUser = z.infer<typeof updateUserSchema>;

/** A one-time link (invitation or password reset) shown once to the admin who asked for it. */
export const credentialLinkSchema = z.object({
  url: z.string(),
  expiresAt: z.string(),
});
export type CredentialLink = z.infer<typeof credentialLinkSchema>;

export const createdUserSchema = z.object({
  user: userSchema,
  invitation: credentialLinkSchema.nullable(),
});
export type CreatedUser = z.infer<typeof createdUserSchema>;

export const idParamsSchema = z.strictObject({ id: z.uuid('must be a UUID') });

/** Who is who, for choosing attendees, presenters and dissenters (no email, no roles). */
export const directoryEntrySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  discipline: disciplineSchema.nullable(),
});
export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;
export const directorySchema = z.object({ items: z.array(directoryEntrySchema) });
export type Directory = z.infer<typeof directorySchema>;
