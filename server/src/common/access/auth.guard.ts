import { HttpException, Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Logger } from 'pino';
import { CSRF_HEADER, SESSION_COOKIE } from '@tumor-board/shared';
import { ProblemException } from '../problem/problem.exception.js';
import { isDatabaseUnavailable } from '../errors/describe-error.js';
import { setActor } from '../request-context/request-context.js';
import { AuditService } from '../../modules/audit/audit.service.js';
import { SessionService } from '../../modules/auth/session.service.js';
import { constantTimeEqual } from '../../modules/auth/tokens.js';
import { ACCESS_KEY, type AccessRule } from './access.decorators.js';
import type { AuthenticatedRequest } from './current-user.decorator.js';
import { APP_LOGGER } from '../../core.module.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one gate in front of every route: deny by default, resolve the session from its cookie,
 * require the CSRF token on unsafe methods, check roles, and audit every denial.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true; // sockets authenticate in their gateway
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const route = `${req.method} ${(req.route as { path?: string } | undefined)?.path ?? req.path}`;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      this.logger.error({ route }, 'route declares no access rule; denied');
      return this.deny(403, 'no_access_rule', route);
    }

    const token = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const resolved = token ? await this.resolveSession(token, rule) : null;
    if (resolved) {
      req.auth = resolved;
      setActor({ userId: resolved.user.id, roles: resolved.user.roles, sessionId: resolved.session.id });
    }
    if (rule.kind === 'public') return true;
    if (!resolved) return this.deny(401, token ? 'session_expired' : 'unauthenticated', route);

    if (!SAFE_METHODS.has(req.method)) {
      const sent = req.header(CSRF_HEADER);
      if (!sent || !constantTimeEqual(sent, resolved.session.csrfToken)) return this.deny(403, 'csrf', route);
    }
    if (rule.kind === 'roles' && !rule.roles.some((r) => resolved.user.roles.includes(r))) {
      return this.deny(403, 'role', route);
    }
    return true;
  }

  /**
   * No public route needs the session, so there a database that is away means "anonymous": liveness,
   * the score calculators and the API docs keep answering a signed-in browser during an outage.
   */
  private async resolveSession(token: string, rule: AccessRule) {
    try {
      return await this.sessions.resolve(token);
    } catch (error) {
      if (rule.kind === 'public' && isDatabaseUnavailable(error)) return null;
      throw error;
    }
  }

  private async deny(status: 401 | 403, reason: string, route: string): Promise<never> {
    await this.audit.record({ action: 'access.denied', outcome: 'denied', detail: { reason, route } });
    if (status === 401) {
      throw new ProblemException(
        401,
        'Unauthorized',
        reason === 'session_expired' ? 'Your session has ended. Sign in again.' : 'Sign in to continue.',
      );
    }
    throw new HttpException(
      reason === 'csrf' ? 'The CSRF token is missing or wrong. Reload the page.' : 'You do not have access to this.',
      403,
    );
  }
}
