import type pg from 'pg';
import type { Logger } from 'pino';
import { describeError } from '../../common/errors/describe-error.js';

/**
 * What @socket.io/postgres-adapter gets instead of the bare pool. The adapter checks one client out
 * for good (its LISTEN connection); when PostgreSQL restarts or the backend is terminated:
 *  - the pool only listens for errors on idle clients, and an 'error' on a checked-out client with
 *    no listener is thrown, which would end the process: every client gets a listener;
 *  - the adapter drops the ended client and reconnects without releasing it, so each outage would
 *    keep one of the pool's few slots until none is left and reconnecting waits forever: the
 *    ended client is released (and so removed) here.
 */
export function adapterPool(pool: pg.Pool, log: Logger): pg.Pool {
  pool.on('error', (error) => log.warn({ err: describeError(error) }, 'socket adapter pool error'));
  pool.on('connect', (client) =>
    client.on('error', (error) => log.warn({ err: describeError(error) }, 'socket adapter connection error')),
  );
  const connect = async (): Promise<pg.PoolClient> => {
    const client = await pool.connect();
    // The adapter removes every 'end' listener before it releases a client itself (on close).
    client.once('end', () => {
      try {
        client.release(new Error('connection ended'));
      } catch {
        // Already released.
      }
    });
    return client;
  };
  return { connect, query: pool.query.bind(pool) } as unknown as pg.Pool;
}
