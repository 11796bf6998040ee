import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { AppUser } from '../../modules/users/user.entity.js';
import type { UserSession } from '../../modules/auth/user-session.entity.js';

export interface Authenticated {
  user: AppUser;
  session: UserSession;
}

export type AuthenticatedRequest = Request & { auth?: Authenticated };

/** The signed-in user and session the guard resolved (undefined on a public route without one). */
export const Auth = createParamDecorator((_data: unknown, ctx: ExecutionContext): Authenticated | undefined => {
  return ctx.switchToHttp().getRequest<AuthenticatedRequest>().auth;
});
