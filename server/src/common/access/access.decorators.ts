import { SetMetadata } from '@nestjs/common';
import type { Role } from '@tumor-board/shared';

/**
 * Every route declares who may call it; the auth guard denies a route that declares nothing, and
 * the authorization matrix test (tests/api/authorization-matrix.test.ts) fails on it.
 */
export type AccessRule = { kind: 'public' } | { kind: 'signed_in' } | { kind: 'roles'; roles: readonly Role[] };

export const ACCESS_KEY = 'tb:access';

/** Anyone, signed in or not (health, calculators, sign-in). */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);

/** Any signed-in user, whatever their roles (their own session, for instance). */
export const SignedIn = () => SetMetadata(ACCESS_KEY, { kind: 'signed_in' } satisfies AccessRule);

/** Signed-in users holding at least one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies AccessRule);
