import { Inject, type OnModuleDestroy } from '@nestjs/common';
import { WebSocketGateway, type OnGatewayInit } from '@nestjs/websockets';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { Subscription } from 'rxjs';
import type { Namespace, Socket } from 'socket.io';
import type { DataSource } from 'typeorm';
import { LIVE_NAMESPACE, SESSION_COOKIE, CLINICAL_ROLES } from '@tumor-board/shared';
import { APP_CONFIG, APP_LOGGER } from '../../core.module.js';
import { isDatabaseUnavailable } from '../../common/errors/describe-error.js';
import type { AppConfig } from '../../config/config.js';
import { SessionService } from '../auth/session.service.js';
import { AuditService } from '../audit/audit.service.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { LiveService } from './live.service.js';
import { OutboxRelay, meetingRoom } from './outbox-relay.js';

interface SocketData {
  userId: string;
  sessionId: string;
}

/** How often live sockets re-check that their session is still open (it may end in another process). */
const RECHECK_MS = 15_000;

export const parseCookies = (header: string | undefined): Record<string, string> =>
  Object.fromEntries(
    (header ?? '')
      .split(';')
      .map((part) => part.trim().split('='))
      .filter((kv): kv is [string, string] => kv.length === 2 && kv[0] !== '')
      .map(([k, v]) => [k, decodeURIComponent(v)]),
  );

/**
 * Socket.IO namespace /live, one room per meeting. Guards do not run on a socket's connection, so
 * the handshake is authenticated here (session cookie, same Origin), the session is re-checked
 * while connected, and sockets close when their session ends. Connection-state recovery stays off:
 * a reconnecting client authenticates again and receives the full state.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE, serveClient: false })
export class LiveGateway implements OnGatewayInit, OnModuleDestroy {
  private namespace: Namespace | undefined;
  private subscription: Subscription | undefined;
  private recheck: NodeJS.Timeout | undefined;

  constructor(
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(LiveService) private readonly live: LiveService,
    @Inject(OutboxRelay) private readonly relay: OutboxRelay,
    @Inject(AuditService) private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  afterInit(namespace: Namespace): void {
    this.namespace = namespace;
    namespace.use((socket, next) => {
      // `unavailable` (the database is away) is worth retrying shortly; `unauthorized` is not.
      this.authenticate(socket).then(
        (ok) => next(ok ? undefined : new Error('unauthorized')),
        (error: unknown) => next(new Error(isDatabaseUnavailable(error) ? 'unavailable' : 'unauthorized')),
      );
    });
    namespace.on('connection', (socket: Socket) => this.onConnection(socket));
    this.relay.attach(namespace);
    this.subscription = this.sessions.ended$.subscribe(({ sessionIds }) => {
      for (const id of sessionIds) namespace.in(`session:${id}`).disconnectSockets(true);
    });
    this.recheck = setInterval(() => void this.recheckSessions(), RECHECK_MS);
    this.recheck.unref();
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
    clearInterval(this.recheck);
  }

  private originAllowed(socket: Socket): boolean {
    const origin = socket.handshake.headers.origin;
    // Browsers omit Origin on same-origin long-polling requests but always send Sec-Fetch-Site,
    // which page scripts cannot set: a cross-site page can reach us neither way.
    if (!origin) return socket.handshake.headers['sec-fetch-site'] === 'same-origin';
    const allowed = new Set<string>();
    const host = socket.handshake.headers.host;
    if (host) {
      allowed.add(`http://${host}`);
      allowed.add(`https://${host}`);
    }
    if (this.config.publicUrl) allowed.add(new URL(this.config.publicUrl).origin);
    return allowed.has(origin);
  }

  private async authenticate(socket: Socket): Promise<boolean> {
    if (!this.originAllowed(socket)) {
      await this.audit.record({ action: 'live.connect', outcome: 'denied', detail: { reason: 'origin' } });
      return false;
    }
    const token = parseCookies(socket.handshake.headers.cookie)[SESSION_COOKIE];
    const resolved = token ? await this.sessions.resolve(token) : null;
    if (!resolved || !resolved.user.roles.some((r) => CLINICAL_ROLES.includes(r))) {
      await this.audit.record({
        action: 'live.connect',
        outcome: 'denied',
        userId: resolved?.user.id ?? null,
        detail: { reason: resolved ? 'role' : 'unauthenticated' },
      });
      return false;
    }
    (socket.data as SocketData).userId = resolved.user.id;
    (socket.data as SocketData).sessionId = resolved.session.id;
    return true;
  }

  private onConnection(socket: Socket): void {
    const data = socket.data as SocketData;
    void socket.join([`session:${data.sessionId}`, `user:${data.userId}`]);
    // Latency probe: answered at once, so clients (and the benchmark) can measure the round trip.
    socket.on('probe', (ack?: () => void) => ack?.());
    socket.on('join', (payload: unknown, ack?: (answer: unknown) => void) => {
      void this.join(socket, payload).then(
        (answer) => ack?.(answer),
        (error: unknown) => {
          this.logger.warn({ err: error instanceof Error ? error.name : 'error' }, 'live join failed');
          ack?.({ ok: false, error: isDatabaseUnavailable(error) ? 'unavailable' : 'failed' });
        },
      );
    });
  }

  /** Joins a meeting's room and hands back the full current state, so a (re)connecting client catches up. */
  private async join(socket: Socket, payload: unknown): Promise<unknown> {
    const meetingId = (payload as { meetingId?: unknown } | null)?.meetingId;
    if (typeof meetingId !== 'string' || !/^[0-9a-f-]{36}$/i.test(meetingId))
      return { ok: false, error: 'meetingId must be a UUID' };
    if (!(await this.dataSource.manager.existsBy(Meeting, { id: meetingId }))) return { ok: false, error: 'not_found' };
    for (const room of socket.rooms) if (room.startsWith('meeting:')) await socket.leave(room);
    await socket.join(meetingRoom(meetingId));
    const state = await this.live.state(meetingId);
    socket.emit('state', state);
    return { ok: true, state };
  }

  /** Sessions can end in another process (logout, deactivation, expiry): close their sockets here too. */
  private async recheckSessions(): Promise<void> {
    const namespace = this.namespace;
    if (!namespace) return;
    const sockets = [...namespace.sockets.values()];
    const ids = [...new Set(sockets.map((s) => (s.data as SocketData).sessionId))];
    if (!ids.length) return;
    const open = await this.sessions.stillOpen(ids).catch(() => null);
    if (!open) return;
    for (const socket of sockets) if (!open.has((socket.data as SocketData).sessionId)) socket.disconnect(true);
  }
}
