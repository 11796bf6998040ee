import type { EntityManager } from 'typeorm';
import type { IdempotencyClaim } from '../request-context/request-context.js';
import { IDEMPOTENCY_TTL_HOURS } from './idempotency-key.js';

/** The answer a create got, as stored under its key. */
export interface StoredAnswer {
  route: string;
  requestHash: string;
  status: number;
  body: unknown;
}

interface AnswerRow {
  route: string;
  request_hash: string;
  response_status: number;
  response_body: unknown;
}

/** First half of the two-int advisory lock key space: "idempotency keys". */
const LOCK_NAMESPACE = 7_231_100;

const LIVE = `created_at > now() - make_interval(hours => $3)`;

/** The answer stored under the user's key in the last 24 hours, if any. */
export async function findAnswer(manager: EntityManager, userId: string, key: string): Promise<StoredAnswer | null> {
  const [row] = await manager.query<AnswerRow[]>(
    `SELECT route, request_hash, response_status, response_body FROM idempotency_key WHERE user_id = $1 AND key = $2 AND ${LIVE}`,
    [userId, key, IDEMPOTENCY_TTL_HOURS],
  );
  return row
    ? { route: row.route, requestHash: row.request_hash, status: row.response_status, body: row.response_body }
    : null;
}

/**
 * Holds the key for the rest of the transaction (a transaction-scoped advisory lock, so a crash
 * releases it). False when another transaction, in any process, is writing under the same key.
 */
export async function lockKey(manager: EntityManager, userId: string, key: string): Promise<boolean> {
  const [row] = await manager.query<{ locked: boolean }[]>(
    'SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS locked',
    [LOCK_NAMESPACE, `${userId}:${key}`],
  );
  return row?.locked === true;
}

/** Stores the answer in the caller's transaction; an expired row of the same key is replaced. */
export async function storeAnswer(manager: EntityManager, claim: IdempotencyClaim, body: unknown): Promise<void> {
  const stored = await manager.query<unknown[]>(
    `INSERT INTO idempotency_key (user_id, key, route, request_hash, response_status, response_body)
     VALUES ($1, $2, $4, $5, $6, $7::jsonb)
     ON CONFLICT (user_id, key) DO UPDATE SET
       route = EXCLUDED.route, request_hash = EXCLUDED.request_hash, response_status = EXCLUDED.response_status,
       response_body = EXCLUDED.response_body, created_at = now()
     WHERE NOT (idempotency_key.${LIVE})
     RETURNING 1`,
    [
      claim.userId,
      claim.key,
      IDEMPOTENCY_TTL_HOURS,
      claim.route,
      claim.requestHash,
      claim.status,
      JSON.stringify(body ?? null),
    ],
  );
  // Unreachable while the key is locked and was found free; refuse rather than overwrite.
  if (stored.length !== 1) throw new Error('idempotency key already holds a live answer');
}

/** Deletes keys older than the time they are kept for. */
export async function purgeExpired(manager: EntityManager): Promise<void> {
  await manager.query(`DELETE FROM idempotency_key WHERE created_at <= now() - make_interval(hours => $1)`, [
    IDEMPOTENCY_TTL_HOURS,
  ]);
}
