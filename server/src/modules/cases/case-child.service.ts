import type { DataSource, EntityManager, EntityTarget } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import type { FieldError } from '@tumor-board/shared';
import type { Authenticated } from '../../common/access/current-user.decorator.js';
import { StaleVersionError, updateVersioned } from '../../common/database/versioned-update.js';
import { idempotentTransaction } from '../../common/idempotency/idempotent-transaction.js';
import { conflict, notFound, unprocessable } from '../../common/problem/problem.exception.js';
import type { AuditService } from '../audit/audit.service.js';
import type { BoardCase } from './board-case.entity.js';
import type { CaseAccessService } from './case-access.service.js';

export interface ChildEntity {
  id: string;
  caseId: string;
  version: number;
}

/** A broken cross-field rule of a merged record, as zod-like issues (path within the record). */
export type RuleIssues = readonly { path: readonly string[]; message: string }[];

export const rulesToFieldErrors = (issues: RuleIssues): FieldError[] =>
  issues.map((i) => ({ path: ['body', ...i.path].join('.'), message: i.message }));

/**
 * What assessments, lesions and imaging summaries share: they belong to one case, are reached
 * only through it (so the case's record-level access applies), carry a version, and every read and
 * write is audited with the case's patient. Subclasses supply the mapping and their own rules.
 */
export abstract class CaseChildService<E extends ChildEntity, View, Create, Update extends { version: number }> {
  protected abstract readonly entity: EntityTarget<E>;
  /** Singular noun for messages and audit actions, e.g. "lesion". */
  protected abstract readonly noun: string;

  protected constructor(
    protected readonly dataSource: DataSource,
    protected readonly access: CaseAccessService,
    protected readonly audit: AuditService,
  ) {}

  protected abstract toView(entity: E): View;
  /** The row to insert for a create request (rules checked; throw 422 on a broken one). */
  protected abstract build(
    manager: EntityManager,
    boardCase: BoardCase,
    input: Create,
    auth: Authenticated,
  ): Promise<QueryDeepPartialEntity<E>>;
  /** Extra columns derived from the merged record on update (e.g. recomputed scores); throw 422 on a broken rule. */
  protected abstract derive(
    manager: EntityManager,
    boardCase: BoardCase,
    merged: E,
    changes: Omit<Update, 'version'>,
  ): Promise<QueryDeepPartialEntity<E>>;
  /** Called after any change, inside the transaction (e.g. rescoring lesions when an assessment changes). */
  protected afterChange(_manager: EntityManager, _boardCase: BoardCase): Promise<void> {
    return Promise.resolve();
  }
  protected abstract order(): Record<string, 'ASC' | 'DESC'>;

  private get what() {
    return `The ${this.noun}`;
  }

  async list(caseId: string, auth: Authenticated): Promise<{ items: View[] }> {
    const manager = this.dataSource.manager;
    const boardCase = await this.access.load(manager, caseId, auth);
    const rows = await manager.find(this.entity, { where: { caseId } as never, order: this.order() as never });
    await this.audit.record({
      action: `${this.noun}.list`,
      outcome: 'success',
      entityType: this.noun,
      entityId: caseId,
      patientId: boardCase.patientId,
    });
    return { items: rows.map((r) => this.toView(r)) };
  }

  async create(caseId: string, input: Create, auth: Authenticated): Promise<View> {
    return idempotentTransaction(this.dataSource, async (manager) => {
      const boardCase = await this.access.load(manager, caseId, auth, { lock: true });
      const values = await this.build(manager, boardCase, input, auth);
      const result = await manager.insert(this.entity, { ...values, caseId });
      const id = (result.identifiers[0] as { id: string }).id;
      await this.afterChange(manager, boardCase);
      await this.audit.record(
        {
          action: `${this.noun}.create`,
          outcome: 'success',
          entityType: this.noun,
          entityId: id,
          patientId: boardCase.patientId,
        },
        manager,
      );
      return this.toView(await manager.findOneByOrFail(this.entity, { id } as never));
    });
  }

  async update(caseId: string, id: string, input: Update, auth: Authenticated): Promise<View> {
    const { version, ...changes } = input;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const boardCase = await this.access.load(manager, caseId, auth, { lock: true });
        const current = await manager.findOneBy(this.entity, { id, caseId } as never);
        if (!current) throw notFound(this.what);
        const merged = { ...current, ...changes } as E;
        const derived = await this.derive(manager, boardCase, merged, changes);
        const updated = await updateVersioned(
          manager,
          this.entity,
          id,
          version,
          { ...changes, ...derived } as QueryDeepPartialEntity<E>,
          this.what,
        );
        await this.afterChange(manager, boardCase);
        await this.audit.record(
          {
            action: `${this.noun}.update`,
            outcome: 'success',
            entityType: this.noun,
            entityId: id,
            patientId: boardCase.patientId,
            detail: { fields: Object.keys(changes) },
          },
          manager,
        );
        return this.toView(updated);
      });
    } catch (error) {
      if (error instanceof StaleVersionError)
        throw conflict(`Someone else changed this ${this.noun} first.`, this.toView(error.current as E));
      throw error;
    }
  }

  async remove(caseId: string, id: string, version: number, auth: Authenticated): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const boardCase = await this.access.load(manager, caseId, auth, { lock: true });
      const current = await manager.findOneBy(this.entity, { id, caseId } as never);
      if (!current) throw notFound(this.what);
      if (current.version !== version)
        throw conflict(`Someone else changed this ${this.noun} first.`, this.toView(current));
      await manager.delete(this.entity, { id, version });
      await this.afterChange(manager, boardCase);
      await this.audit.record(
        {
          action: `${this.noun}.delete`,
          outcome: 'success',
          entityType: this.noun,
          entityId: id,
          patientId: boardCase.patientId,
        },
        manager,
      );
    });
  }

  protected rejectIfBroken(issues: RuleIssues): void {
    if (issues.length) throw unprocessable(`The ${this.noun} breaks a rule.`, rulesToFieldErrors(issues));
  }
}
