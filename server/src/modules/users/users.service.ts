import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CreatedUser, CreateUser, CredentialLink, UpdateUser, User } from '@tumor-board/shared';
import {
  ProblemException,
  badRequest,
  conflict,
  notFound,
  unprocessable,
} from '../../common/problem/problem.exception.js';
import { StaleVersionError, updateVersioned } from '../../common/database/versioned-update.js';
import { idempotentTransaction } from '../../common/idempotency/idempotent-transaction.js';
import { AuditService } from '../audit/audit.service.js';
import { CredentialService } from '../auth/credential.service.js';
import { hashPassword, passwordProblems } from '../auth/passwords.js';
import { SessionService } from '../auth/session.service.js';
import { AppUser } from './user.entity.js';
import { toUserView } from './user.mapper.js';

const emailInUse = () =>
  new ProblemException(409, 'Conflict', 'Another account already uses this email.', [
    { path: 'body.email', message: 'is already in use' },
  ]);

/** Admin work on accounts: create (with a password or an invitation link), change, deactivate, reset. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CredentialService) private readonly credentials: CredentialService,
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async list(): Promise<User[]> {
    const users = await this.dataSource.manager.find(AppUser, { order: { name: 'ASC', id: 'ASC' } });
    return users.map(toUserView);
  }

  async create(input: CreateUser, baseUrl: string): Promise<CreatedUser> {
    if (input.password !== undefined) {
      const problems = passwordProblems(input.password);
      if (problems.length) throw badRequest('The password does not meet the rules.', problems);
    }
    const passwordHash = input.password !== undefined ? await hashPassword(input.password) : null;
    return idempotentTransaction(
      this.dataSource,
      async (manager) => {
        if (await this.credentials.emailTaken(manager, input.email)) throw emailInUse();
        const user = manager.create(AppUser, {
          name: input.name,
          email: input.email,
          discipline: input.discipline,
          roles: [...new Set(input.roles)],
          passwordHash,
        });
        await manager.save(user);
        let invitation: CredentialLink | null = null;
        if (!passwordHash) {
          const { token, expiresAt } = await this.credentials.issue('invitation', user.id, manager);
          invitation = { url: `${baseUrl}/set-password?token=${token}`, expiresAt: expiresAt.toISOString() };
        }
        await this.audit.record(
          {
            action: 'user.create',
            outcome: 'success',
            entityType: 'user',
            entityId: user.id,
            detail: { roles: user.roles, invited: !passwordHash },
          },
          manager,
        );
        const saved = await manager.findOneByOrFail(AppUser, { id: user.id });
        return { user: toUserView(saved), invitation };
      },
      { holdsSecret: !passwordHash },
    );
  }

  async update(id: string, input: UpdateUser): Promise<User> {
    const { version, ...changes } = input;
    if (changes.roles) changes.roles = [...new Set(changes.roles)];
    try {
      return await this.dataSource.transaction(async (manager) => {
        const before = await manager.findOneBy(AppUser, { id });
        if (!before) throw notFound('The user');
        await this.keepAnAdmin(manager, before, changes);
        const updated = await updateVersioned(manager, AppUser, id, version, changes, 'The user');
        const deactivated = before.active && !updated.active;
        const rolesChanged = changes.roles !== undefined && changes.roles.join() !== before.roles.join();
        // A deactivated user, or one whose roles changed, must sign in again under the new rules.
        if (deactivated) await this.sessions.endAllForUser(id, 'deactivated', manager);
        else if (rolesChanged) await this.sessions.endAllForUser(id, 'roles_changed', manager);
        await this.audit.record(
          {
            action: deactivated ? 'user.deactivate' : 'user.update',
            outcome: 'success',
            entityType: 'user',
            entityId: id,
            detail: { fields: Object.keys(changes) },
          },
          manager,
        );
        return toUserView(updated);
      });
    } catch (error) {
      if (error instanceof StaleVersionError)
        throw conflict('Someone else changed this user first.', toUserView(error.current as AppUser));
      throw error;
    }
  }

  /** Refuses the change that would leave no active administrator (nobody could then manage accounts). */
  private async keepAnAdmin(
    manager: EntityManager,
    before: AppUser,
    changes: Omit<UpdateUser, 'version'>,
  ): Promise<void> {
    const losesAdmin =
      before.active &&
      before.roles.includes('admin') &&
      (changes.active === false || (changes.roles !== undefined && !changes.roles.includes('admin')));
    if (!losesAdmin) return;
    // Locked so two admins demoting each other at once cannot both succeed.
    const admins = await manager.query<{ id: string }[]>(
      `SELECT id FROM app_user WHERE active AND 'admin' = ANY(roles) FOR UPDATE`,
    );
    if (admins.filter((a) => a.id !== before.id).length === 0) {
      throw unprocessable('This is the last active administrator.', [
        {
          path: changes.active === false ? 'body.active' : 'body.roles',
          message: 'would leave no active administrator',
        },
      ]);
    }
  }

  /** A one-time reset link for the admin to pass on; the user's sessions end now. */
  async issuePasswordReset(id: string, baseUrl: string): Promise<CredentialLink> {
    return idempotentTransaction(
      this.dataSource,
      async (manager) => {
        const user = await manager.findOneBy(AppUser, { id });
        if (!user) throw notFound('The user');
        const { token, expiresAt } = await this.credentials.issue('password_reset', id, manager);
        await this.sessions.endAllForUser(id, 'password_changed', manager);
        await this.audit.record(
          { action: 'user.password_reset_issued', outcome: 'success', entityType: 'user', entityId: id },
          manager,
        );
        return { url: `${baseUrl}/set-password?token=${token}`, expiresAt: expiresAt.toISOString() };
      },
      { holdsSecret: true },
    );
  }
}
