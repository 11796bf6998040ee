import type { DataSource, EntityManager } from 'typeorm';
import { currentIdempotencyClaim } from '../request-context/request-context.js';
import { SECRET_WITHHELD, StoredAnswerFound, keyInFlight, replayable } from './idempotency.problems.js';
import { findAnswer, lockKey, storeAnswer } from './idempotency.store.js';

/**
 * The transaction of a create. When the request carries an `Idempotency-Key` (checked by the
 * interceptor), the key is locked first, and the create's answer (what `work` returns, which is the
 * response body) is stored under it before commit: the row and its answer commit together or not
 * at all, so a retry either replays the answer or creates the row, never both. An answer that
 * `holdsSecret` (a one-time link) is not stored: a retry gets a 409 saying so (SECRET_WITHHELD).
 */
export async function idempotentTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  { holdsSecret = false }: { holdsSecret?: boolean } = {},
): Promise<T> {
  const claim = currentIdempotencyClaim();
  if (!claim || claim.recorded) return dataSource.transaction(work);
  return dataSource.transaction(async (manager) => {
    if (!(await lockKey(manager, claim.userId, claim.key))) throw keyInFlight();
    // Under the lock: an answer committed since the interceptor looked is found here.
    const stored = await findAnswer(manager, claim.userId, claim.key);
    if (stored) throw new StoredAnswerFound(replayable(claim, stored));
    const answer = await work(manager);
    await storeAnswer(manager, claim, holdsSecret ? SECRET_WITHHELD : answer);
    claim.recorded = true;
    return answer;
  });
}
