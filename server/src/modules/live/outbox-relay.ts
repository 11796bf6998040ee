import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import type { Logger } from 'pino';
import type { Namespace } from 'socket.io';
import type { DataSource } from 'typeorm';
import { APP_LOGGER } from '../../core.module.js';
import { describeError } from '../../common/errors/describe-error.js';
import { OUTBOX_CHANNEL } from './live-outbox.writer.js';

interface OutboxRow {
  id: string;
  meeting_id: string;
  event: string;
  payload: Record<string, unknown>;
}

export const meetingRoom = (meetingId: string) => `meeting:${meetingId}`;

/** Fallback when a NOTIFY is missed (e.g. the listener was reconnecting). */
const POLL_MS = 1_000;
const BATCH = 200;
/** Delivered events are kept a day (for diagnosis), then pruned on a later pass. */
const PRUNE_EVERY_POLLS = 600;

/**
 * Delivers the live outbox: claims undelivered rows (FOR UPDATE SKIP LOCKED, so several processes
 * never send one twice), emits each to its meeting's room, and marks them delivered in the same
 * transaction. A crash before commit leaves them for the next pass: at-least-once, and clients
 * drop anything older than the state they hold. The Socket.IO Postgres adapter carries each emit
 * to the sockets connected to the other processes.
 */
@Injectable()
export class OutboxRelay implements OnModuleInit, OnApplicationShutdown {
  private namespace: Namespace | undefined;
  private listener: pg.Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private draining: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private polls = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  attach(namespace: Namespace): void {
    this.namespace = namespace;
    this.kick();
  }

  onModuleInit(): void {
    this.timer = setInterval(() => {
      this.kick();
      if (++this.polls % PRUNE_EVERY_POLLS === 0) void this.prune();
    }, POLL_MS);
    this.timer.unref();
    void this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.draining;
    await this.listener?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const options = this.dataSource.options as { url?: string; extra?: { options?: string } };
    const client = new pg.Client({
      connectionString: options.url,
      options: options.extra?.options,
      application_name: 'tumor-board-live',
    });
    // A failed connect both rejects and ends the client: one client leads to one retry, or every
    // second of an outage would double the listeners.
    let retrying = false;
    const retry = () => {
      if (this.listener === client) this.listener = undefined;
      if (retrying || this.stopped) return;
      retrying = true;
      setTimeout(() => void this.listen(), 1_000).unref();
    };
    client.on('notification', () => this.kick());
    client.on('error', (error) => this.logger.warn({ err: describeError(error) }, 'live outbox listener error'));
    client.on('end', retry);
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.listener = client;
      // Whatever was committed while nobody listened goes out now.
      this.kick();
    } catch (error) {
      this.logger.warn({ err: describeError(error) }, 'live outbox listener could not connect; retrying');
      retry();
      await client.end().catch(() => undefined);
    }
  }

  private async prune(): Promise<void> {
    await this.dataSource
      .query(`DELETE FROM live_outbox WHERE delivered_at < now() - interval '1 day'`)
      .catch((error: unknown) => this.logger.warn({ err: describeError(error) }, 'live outbox prune failed'));
  }

  /** Drain now (coalesces calls made while a drain is running). */
  kick(): void {
    if (!this.namespace || this.stopped) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drain()
      .catch((error: unknown) =>
        this.logger.warn({ err: describeError(error) }, 'live outbox delivery failed; will retry'),
      )
      .finally(() => {
        this.draining = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  private async drain(): Promise<void> {
    const namespace = this.namespace!;
    for (;;) {
      const delivered = await this.dataSource.transaction(async (manager) => {
        const rows = await manager.query<OutboxRow[]>(
          `SELECT id, meeting_id, event, payload FROM live_outbox WHERE delivered_at IS NULL ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
        );
        for (const row of rows) namespace.to(meetingRoom(row.meeting_id)).emit(row.event, row.payload);
        if (rows.length)
          await manager.query(`UPDATE live_outbox SET delivered_at = clock_timestamp() WHERE id = ANY($1::bigint[])`, [
            rows.map((r) => r.id),
          ]);
        return rows.length;
      });
      if (delivered < BATCH) return;
    }
  }
}
