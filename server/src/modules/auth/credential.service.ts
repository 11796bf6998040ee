import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, MoreThan, type DataSource, type EntityManager } from 'typeorm';
import type { SetPasswordRequest, SetupRequest } from '@tumor-board/shared';
import { CLOCK, type Clock } from '../../common/clock.js';
import { ProblemException, badRequest } from '../../common/problem/problem.exception.js';
import { AuditService } from '../audit/audit.service.js';
import { AppUser } from '../users/user.entity.js';
import { CredentialToken, type CredentialTokenPurpose } from './credential-token.entity.js';
import { hashPassword, passwordProblems } from './passwords.js';
import { SessionService } from './session.service.js';
import { hashToken, randomToken } from './tokens.js';
import { findUserByEmail } from './auth.service.js';

const LIFETIME_MS: Record<CredentialTokenPurpose, number> = {
  setup: 7 * 24 * 3_600_000,
  invitation: 7 * 24 * 3_600_000,
  password_reset: 24 * 3_600_000,
};

const INVALID_LINK = new ProblemException(
  400,
  'Bad Request',
  'This link is not valid any more. Ask an administrator for a new one.',
  [{ path: 'body.token', message: 'is invalid, used or expired' }],
);

/** One-time links: the first-admin setup link, invitations and password resets. */
@Injectable()
export class CredentialService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  /** Issues a link token; only its hash is stored, so the raw token is shown once. */
  async issue(
    purpose: CredentialTokenPurpose,
    userId: string | null,
    manager: EntityManager,
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = randomToken();
    const expiresAt = new Date(this.clock.now().getTime() + LIFETIME_MS[purpose]);
    await manager.insert(CredentialToken, { purpose, userId, tokenHash: hashToken(token), expiresAt, usedAt: null });
    return { token, expiresAt };
  }

  /** On first start of an empty database: a setup token for the first admin, or null if users exist. */
  async issueSetupTokenIfNoUsers(): Promise<{ token: string; expiresAt: Date } | null> {
    return this.dataSource.transaction(async (manager) => {
      if ((await manager.count(AppUser)) > 0) return null;
      return this.issue('setup', null, manager);
    });
  }

  private async consume(
    manager: EntityManager,
    token: string,
    purposes: CredentialTokenPurpose[],
  ): Promise<CredentialToken> {
    const found = await manager.findOne(CredentialToken, {
      where: { tokenHash: hashToken(token), usedAt: IsNull(), expiresAt: MoreThan(this.clock.now()) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!found || !purposes.includes(found.purpose)) throw INVALID_LINK;
    await manager.update(CredentialToken, { id: found.id }, { usedAt: this.clock.now() });
    return found;
  }

  async setupFirstAdmin(request: SetupRequest): Promise<void> {
    const problems = passwordProblems(request.password);
    if (problems.length) throw badRequest('The password does not meet the rules.', problems);
    const passwordHash = await hashPassword(request.password);
    await this.dataSource.transaction(async (manager) => {
      await this.consume(manager, request.token, ['setup']);
      // Serialise with any other setup attempt, then require an empty user table.
      await manager.query('LOCK TABLE app_user IN SHARE ROW EXCLUSIVE MODE');
      if ((await manager.count(AppUser)) > 0) throw INVALID_LINK;
      const user = manager.create(AppUser, {
        email: request.email,
        name: request.name,
        roles: ['admin'],
        discipline: null,
        passwordHash,
      });
      await manager.save(user);
      await this.audit.record(
        {
          action: 'user.setup_first_admin',
          outcome: 'success',
          userId: user.id,
          roles: user.roles,
          entityType: 'user',
          entityId: user.id,
        },
        manager,
      );
    });
  }

  async setPasswordWithToken(request: SetPasswordRequest): Promise<void> {
    const problems = passwordProblems(request.password);
    if (problems.length) throw badRequest('The password does not meet the rules.', problems);
    const passwordHash = await hashPassword(request.password);
    await this.dataSource.transaction(async (manager) => {
      const link = await this.consume(manager, request.token, ['invitation', 'password_reset']);
      if (!link.userId) throw INVALID_LINK;
      await manager.update(AppUser, { id: link.userId }, { passwordHash, failedLoginCount: 0, lockedUntil: null });
      await this.sessions.endAllForUser(link.userId, 'password_changed', manager);
      await this.audit.record(
        {
          action: 'user.set_password',
          outcome: 'success',
          userId: link.userId,
          entityType: 'user',
          entityId: link.userId,
          detail: { via: link.purpose },
        },
        manager,
      );
    });
  }

  /** Whether an email is already taken by another account (case-insensitive). */
  async emailTaken(manager: EntityManager, email: string): Promise<boolean> {
    return (await findUserByEmail(manager, email)) !== null;
  }
}
