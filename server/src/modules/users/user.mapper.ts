import type { User } from '@tumor-board/shared';
import type { AppUser } from './user.entity.js';

/** Entity → API shape. The password hash and failure counter never leave the server. */
export const toUserView = (u: AppUser): User => ({
  id: u.id,
  name: u.name,
  email: u.email,
  discipline: u.discipline,
  roles: u.roles,
  active: u.active,
  hasPassword: u.passwordHash !== null,
  lockedUntil: u.lockedUntil?.toISOString() ?? null,
  createdAt: u.createdAt.toISOString(),
  updatedAt: u.updatedAt.toISOString(),
  version: u.version,
});
