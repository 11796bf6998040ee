import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/postgres-adapter';
import pg from 'pg';
import type { Logger } from 'pino';
import type { Server, ServerOptions } from 'socket.io';
import { describeError } from '../../common/errors/describe-error.js';
import { adapterPool } from './adapter-pool.js';

/**
 * Socket.IO on the app's HTTP server, sharing broadcasts between server processes through
 * PostgreSQL (LISTEN/NOTIFY; @socket.io/postgres-adapter). No CORS: the client is same-origin, and
 * the gateway checks Origin itself. Connection-state recovery is not enabled.
 */
export class PgIoAdapter extends IoAdapter {
  private readonly pool: pg.Pool;
  /** The pool as the adapter sees it (see adapter-pool.ts). */
  private readonly adapterPool: pg.Pool;
  private root: Server | undefined;

  constructor(
    app: INestApplicationContext,
    connection: { url: string; role?: string | undefined },
    private readonly log: Logger,
  ) {
    super(app);
    this.pool = new pg.Pool({
      connectionString: connection.url,
      max: 4,
      application_name: 'tumor-board-socket-adapter',
      ...(connection.role ? { options: `-c role=${connection.role}` } : {}),
    });
    // A dropped connection must not crash the process, nor keep a pool slot; the adapter reconnects.
    this.adapterPool = adapterPool(this.pool, log);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, {
      ...options,
      serveClient: false,
      maxHttpBufferSize: 64 * 1024,
    } as ServerOptions);
    this.root = server;
    server.adapter(
      createAdapter(this.adapterPool, {
        errorHandler: (error) => this.log.warn({ err: describeError(error) }, 'socket adapter error'),
      }),
    );
    return server;
  }

  private closing: Promise<void> | undefined;

  /**
   * Nest calls close once per gateway namespace, concurrently, and a namespace's close does not
   * reach the root server, so the adapter would keep its LISTEN connection (and pool.end() would
   * wait forever). Close the root once, leaving the HTTP server to Nest, then the pool.
   */
  override close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  private async shutdown(): Promise<void> {
    const root = this.root;
    if (root) {
      await this.listenerSettled(root);
      (root as unknown as { httpServer?: unknown }).httpServer = undefined;
      await root.close();
    }
    // Never let a stuck connection hold the shutdown (e.g. the database is down).
    await Promise.race([
      this.pool.end().catch(() => undefined),
      new Promise((resolve) => setTimeout(resolve, 3_000).unref()),
    ]);
  }

  /**
   * The adapter acquires its LISTEN connection asynchronously and only releases it on close if the
   * acquisition had finished; a server stopped within milliseconds of starting (tests) would leak
   * it. Wait briefly for it to settle first.
   */
  private async listenerSettled(root: Server): Promise<void> {
    const pubsub = (root.of('/').adapter as unknown as { client?: { client?: unknown } }).client;
    for (let i = 0; i < 40 && pubsub && !pubsub.client; i++) await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
