import { HttpException, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CurrentUser, LoginRequest, SessionInfo } from '@tumor-board/shared';
import { APP_CONFIG } from '../../core.module.js';
import type { AppConfig } from '../../config/config.js';
import { CLOCK, type Clock } from '../../common/clock.js';
import { ProblemException } from '../../common/problem/problem.exception.js';
import { AuditService } from '../audit/audit.service.js';
import { AppUser } from '../users/user.entity.js';
import { SlidingWindowCounter } from '../../common/rate-limit/sliding-window.js';
import { verifyAgainstDummy, verifyPassword } from './passwords.js';
import { SessionService, type ResolvedSession } from './session.service.js';
import type { UserSession } from './user-session.entity.js';

/** One answer for every failed sign-in, so it never tells whether the email exists. */
const SIGN_IN_FAILED = new ProblemException(
  401,
  'Unauthorized',
  'The email or password is incorrect, or the account is locked for a while.',
);

export const findUserByEmail = (manager: EntityManager, email: string) =>
  manager.createQueryBuilder(AppUser, 'u').where('lower(u.email) = lower(:email)', { email: email.trim() }).getOne();

export const toCurrentUser = (user: AppUser): CurrentUser => ({
  id: user.id,
  name: user.name,
  email: user.email,
  discipline: user.discipline,
  roles: user.roles,
});

@Injectable()
export class AuthService {
  /**
   * Per source address, in memory: stops one address spraying many accounts. The per-account limit
   * is the lockout kept in the database, which holds across processes.
   */
  private readonly limiter: SlidingWindowCounter;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {
    this.limiter = new SlidingWindowCounter(config.login.attemptsPerAddressPer15Min, 15 * 60_000);
  }

  /**
   * Checks the password (argon2id), counts failures per account and locks it after too many, and
   * starts a session. Every outcome is audited in the same transaction as its effect.
   */
  async login(
    request: LoginRequest,
    sourceIp: string | undefined,
  ): Promise<{ token: string; csrf: string; info: SessionInfo }> {
    const now = this.clock.now();
    if (!this.limiter.tryAcquire(sourceIp ?? 'unknown', now.getTime())) {
      await this.audit.record({ action: 'auth.login', outcome: 'denied', detail: { reason: 'rate_limited' } });
      throw new HttpException('Too many sign-in attempts from this address. Try again later.', 429);
    }
    const user = await findUserByEmail(this.dataSource.manager, request.email);
    if (!user?.passwordHash || !user.active) {
      await verifyAgainstDummy(request.password);
      await this.audit.record({
        action: 'auth.login',
        outcome: 'failed',
        userId: user?.id ?? null,
        detail: { reason: user ? (user.active ? 'no_password' : 'inactive') : 'unknown_account' },
      });
      throw SIGN_IN_FAILED;
    }
    if (user.lockedUntil && user.lockedUntil > now) {
      await verifyAgainstDummy(request.password);
      await this.audit.record({
        action: 'auth.login',
        outcome: 'denied',
        userId: user.id,
        roles: user.roles,
        detail: { reason: 'locked' },
      });
      throw SIGN_IN_FAILED;
    }
    if (!(await verifyPassword(user.passwordHash, request.password))) {
      await this.recordFailure(user, now);
      throw SIGN_IN_FAILED;
    }
    return this.dataSource.transaction(async (manager) => {
      await manager.update(AppUser, { id: user.id }, { failedLoginCount: 0, lockedUntil: null });
      const { token, session } = await this.sessions.start(user, sourceIp, manager);
      await this.audit.record(
        {
          action: 'auth.login',
          outcome: 'success',
          userId: user.id,
          roles: user.roles,
          entityType: 'session',
          entityId: session.id,
        },
        manager,
      );
      return { token, csrf: session.csrfToken, info: this.sessionInfo({ user, session }) };
    });
  }

  private async recordFailure(user: AppUser, now: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Counted in SQL so two failures at once both count; the row stays locked until commit.
      await manager.increment(AppUser, { id: user.id }, 'failedLoginCount', 1);
      const { failedLoginCount: failures } = await manager.findOneOrFail(AppUser, {
        where: { id: user.id },
        select: { id: true, failedLoginCount: true },
      });
      const lock = failures >= this.config.login.maxFailures;
      if (lock) {
        await manager.update(
          AppUser,
          { id: user.id },
          { failedLoginCount: 0, lockedUntil: new Date(now.getTime() + this.config.login.lockMs) },
        );
      }
      await this.audit.record(
        {
          action: 'auth.login',
          outcome: 'failed',
          userId: user.id,
          roles: user.roles,
          detail: { reason: 'bad_password', locked: lock },
        },
        manager,
      );
    });
  }

  async logout(auth: ResolvedSession): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.end(auth.session.id, auth.user.id, 'logout', manager);
      await this.audit.record(
        { action: 'auth.logout', outcome: 'success', entityType: 'session', entityId: auth.session.id },
        manager,
      );
    });
  }

  sessionInfo({ user, session }: { user: AppUser; session: UserSession }): SessionInfo {
    return {
      user: toCurrentUser(user),
      idleExpiresAt: this.sessions.idleExpiry(session).toISOString(),
      expiresAt: session.expiresAt.toISOString(),
    };
  }
}
