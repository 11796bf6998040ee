import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Subject } from 'rxjs';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../core.module.js';
import type { AppConfig } from '../../config/config.js';
import { CLOCK, type Clock } from '../../common/clock.js';
import { AppUser } from '../users/user.entity.js';
import { UserSession } from './user-session.entity.js';
import { hashToken, randomToken } from './tokens.js';

export type SessionEndReason = 'logout' | 'idle' | 'absolute' | 'deactivated' | 'password_changed' | 'roles_changed';

export interface ResolvedSession {
  session: UserSession;
  user: AppUser;
}

/** Refreshing last_seen_at on every request would write on every read; a minute is precise enough. */
const TOUCH_INTERVAL_MS = 60_000;

/**
 * Server-side sessions in PostgreSQL. The browser holds an opaque random token; the table holds its
 * hash. A session ends when idle too long, at its absolute limit, at logout, or when the user is
 * deactivated or changes password; `ended$` tells live connections to close.
 */
@Injectable()
export class SessionService {
  readonly ended$ = new Subject<{ userId: string; sessionIds: string[]; reason: SessionEndReason }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async start(
    user: AppUser,
    sourceIp: string | undefined,
    manager: EntityManager,
  ): Promise<{ token: string; session: UserSession }> {
    const token = randomToken();
    const now = this.clock.now();
    const session = manager.create(UserSession, {
      userId: user.id,
      tokenHash: hashToken(token),
      csrfToken: randomToken(),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.config.session.absoluteMs),
      endedAt: null,
      endReason: null,
      sourceIp: sourceIp ?? null,
    });
    await manager.insert(UserSession, session);
    return { token, session };
  }

  idleExpiry(session: UserSession): Date {
    const idle = new Date(session.lastSeenAt.getTime() + this.config.session.idleMs);
    return idle < session.expiresAt ? idle : session.expiresAt;
  }

  /** The live session for a cookie token, or null (unknown, ended, expired, or user inactive). */
  async resolve(token: string): Promise<ResolvedSession | null> {
    // One statement, run on every signed-in request: `findOne` with a relation would send two (it
    // pages by distinct ids first). The token hash is unique, so no LIMIT is needed.
    const session = await this.dataSource.manager
      .createQueryBuilder(UserSession, 'session')
      .innerJoinAndSelect('session.user', 'user')
      .where('session.tokenHash = :tokenHash AND session.endedAt IS NULL', { tokenHash: hashToken(token) })
      .getOne();
    if (!session?.user) return null;
    const now = this.clock.now();
    if (now >= session.expiresAt) {
      await this.end(session.id, session.userId, 'absolute');
      return null;
    }
    if (now.getTime() - session.lastSeenAt.getTime() >= this.config.session.idleMs) {
      await this.end(session.id, session.userId, 'idle');
      return null;
    }
    if (!session.user.active) {
      await this.end(session.id, session.userId, 'deactivated');
      return null;
    }
    if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
      await this.dataSource.manager.update(UserSession, { id: session.id }, { lastSeenAt: now });
      session.lastSeenAt = now;
    }
    const { user } = session;
    return { session, user };
  }

  /** Which of these sessions are still open (not ended, not idle too long, not past their limit). */
  async stillOpen(sessionIds: readonly string[]): Promise<Set<string>> {
    const now = this.clock.now();
    const rows = await this.dataSource.manager.find(UserSession, {
      where: { id: In([...sessionIds]), endedAt: IsNull() },
      relations: { user: true },
    });
    return new Set(
      rows
        .filter(
          (s) =>
            s.user?.active && now < s.expiresAt && now.getTime() - s.lastSeenAt.getTime() < this.config.session.idleMs,
        )
        .map((s) => s.id),
    );
  }

  async end(
    sessionId: string,
    userId: string,
    reason: SessionEndReason,
    manager = this.dataSource.manager,
  ): Promise<void> {
    await manager.update(
      UserSession,
      { id: sessionId, endedAt: IsNull() },
      { endedAt: this.clock.now(), endReason: reason },
    );
    this.ended$.next({ userId, sessionIds: [sessionId], reason });
  }

  /** Ends every open session of a user at once (deactivation, password change). */
  async endAllForUser(userId: string, reason: SessionEndReason, manager = this.dataSource.manager): Promise<number> {
    const open = await manager.find(UserSession, { where: { userId, endedAt: IsNull() }, select: { id: true } });
    if (open.length === 0) return 0;
    await manager.update(UserSession, { userId, endedAt: IsNull() }, { endedAt: this.clock.now(), endReason: reason });
    this.ended$.next({ userId, sessionIds: open.map((s) => s.id), reason });
    return open.length;
  }
}
