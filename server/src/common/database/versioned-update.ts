import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { notFound } from '../problem/problem.exception.js';

/** Thrown when the version sent is not the current one; carries the current row for the 409. */
export class StaleVersionError<T> extends Error {
  constructor(readonly current: T) {
    super('stale version');
  }
}

/**
 * Optimistic concurrency done right: `UPDATE … SET version = version + 1 WHERE id = $1 AND
 * version = $2`. TypeORM's save() with @VersionColumn adds no such condition, so two writers could
 * both "win"; here the second one updates 0 rows and gets the current record back.
 */
export async function updateVersioned<T extends ObjectLiteral & { id: string; version: number }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  expectedVersion: number,
  changes: QueryDeepPartialEntity<T>,
  what: string,
): Promise<T> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
    .where('id = :id AND version = :version', { id, version: expectedVersion })
    .execute();
  const current = await manager.findOneBy(entity, { id } as never);
  if (!current) throw notFound(what);
  if (result.affected === 0) throw new StaleVersionError(current);
  return current;
}
