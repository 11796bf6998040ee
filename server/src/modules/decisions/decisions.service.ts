import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, Not, type DataSource, type EntityManager } from 'typeorm';
import type {
  Decision,
  DecisionCreate,
  DecisionItem,
  DecisionItemInput,
  DecisionList,
  DecisionUpdate,
  FieldError,
} from '@tumor-board/shared';
import type { Authenticated } from '../../common/access/current-user.decorator.js';
import { CLOCK, type Clock } from '../../common/clock.js';
import { StaleVersionError, updateVersioned } from '../../common/database/versioned-update.js';
import { ProblemException, conflict, notFound, unprocessable } from '../../common/problem/problem.exception.js';
import { AuditService } from '../audit/audit.service.js';
import { idempotentTransaction } from '../../common/idempotency/idempotent-transaction.js';
import type { BoardCase } from '../cases/board-case.entity.js';
import { BoardCase as BoardCaseEntity } from '../cases/board-case.entity.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { CaseStatusEvent } from '../cases/case-status-event.entity.js';
import { DecisionAcknowledgement, Notification } from '../follow-up/follow-up.entities.js';
import { safetyContext, storeItem } from '../recommendations/treatment-items.js';
import { AppUser } from '../users/user.entity.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { BoardDecision } from './board-decision.entity.js';
import { peopleIn, toDecisionView } from './decision.mapper.js';
import { publishCaseChange } from '../live/live-outbox.writer.js';

const immutable = () =>
  new ProblemException(
    409,
    'Conflict',
    'A signed decision cannot be changed. Amend it instead: the amendment keeps the original.',
  );

/**
 * The board's decision: a draft the board edits together (versioned, 409 on a stale write), signed
 * by the chair, then immutable; corrections are amendments that supersede it and keep it visible.
 */
@Injectable()
export class DecisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CaseAccessService) private readonly access: CaseAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async views(manager: EntityManager, decisions: BoardDecision[]): Promise<Decision[]> {
    const ids = decisions.map((d) => d.id);
    const [people, successors, acks] = await Promise.all([
      manager.find(AppUser, { where: { id: In(peopleIn(decisions)) }, select: { id: true, name: true } }),
      manager.find(BoardDecision, {
        where: { supersedesId: In(ids), signedAt: Not(IsNull()) },
        select: { id: true, supersedesId: true },
      }),
      manager.find(DecisionAcknowledgement, { where: { decisionId: In(ids) } }),
    ]);
    const ctx = {
      people: new Map(people.map((p) => [p.id, p])),
      supersededIds: new Set(successors.map((s) => s.supersedesId!)),
      acknowledgedAt: new Map(acks.map((a) => [a.decisionId, a.acknowledgedAt])),
    };
    return decisions.map((d) => toDecisionView(d, ctx));
  }

  private async view(manager: EntityManager, id: string): Promise<Decision> {
    return (await this.views(manager, [await manager.findOneByOrFail(BoardDecision, { id })]))[0]!;
  }

  async list(caseId: string, auth: Authenticated): Promise<DecisionList> {
    const manager = this.dataSource.manager;
    const boardCase = await this.access.load(manager, caseId, auth);
    const rows = await manager.find(BoardDecision, { where: { caseId }, order: { sequence: 'DESC' } });
    await this.audit.record({
      action: 'decision.list',
      outcome: 'success',
      entityType: 'case',
      entityId: caseId,
      patientId: boardCase.patientId,
    });
    return { items: await this.views(manager, rows) };
  }

  /** The decision within the case, or 404 (the case's record-level access applies). */
  async loadForCase(
    manager: EntityManager,
    caseId: string,
    id: string,
    auth: Authenticated,
    lock = false,
  ): Promise<{ boardCase: BoardCase; decision: BoardDecision }> {
    const boardCase = await this.access.load(manager, caseId, auth, { lock });
    const decision = await manager.findOneBy(BoardDecision, { id, caseId });
    if (!decision) throw notFound('The decision');
    return { boardCase, decision };
  }

  /** People named must be users; items keep their id when they already were in the draft. */
  private async buildContent(
    manager: EntityManager,
    boardCase: BoardCase,
    draft: BoardDecision | null,
    input: Partial<Pick<DecisionCreate, 'items' | 'dissent' | 'attendeeIds'>>,
  ) {
    const named = [...(input.attendeeIds ?? []), ...(input.dissent ?? []).map((d) => d.userId)];
    if (named.length) {
      const found = new Set(
        (await manager.find(AppUser, { where: { id: In(named) }, select: { id: true } })).map((u) => u.id),
      );
      const errors: FieldError[] = [
        ...(input.attendeeIds ?? []).flatMap((id, i) =>
          found.has(id) ? [] : [{ path: `body.attendeeIds.${i}`, message: 'is not a user' }],
        ),
        ...(input.dissent ?? []).flatMap((d, i) =>
          found.has(d.userId) ? [] : [{ path: `body.dissent.${i}.userId`, message: 'is not a user' }],
        ),
      ];
      if (errors.length) throw unprocessable('The decision names people who are not users.', errors);
    }
    if (!input.items) return {};
    const context = await safetyContext(manager, boardCase);
    const existing = new Set(draft?.items.map((i) => i.id));
    const items: DecisionItem[] = input.items.map((i: DecisionItemInput) => ({
      ...storeItem(i.item, context, i.id && existing.has(i.id) ? i.id : undefined),
      sourceRecommendationId: i.sourceRecommendationId ?? null,
      sourceItemId: i.sourceItemId ?? null,
      dueBy: i.dueBy ?? null,
    }));
    return { items };
  }

  async create(caseId: string, input: DecisionCreate, auth: Authenticated): Promise<Decision> {
    return idempotentTransaction(this.dataSource, async (manager) => {
      const boardCase = await this.access.load(manager, caseId, auth, { lock: true });
      const latest = await manager.findOne(BoardDecision, { where: { caseId }, order: { sequence: 'DESC' } });
      if (latest) {
        throw conflict(
          latest.signedAt
            ? 'This case already has a signed decision: amend it instead.'
            : 'A draft decision is already open for this case.',
          (await this.views(manager, [latest]))[0],
        );
      }
      // A meeting that does not exist would otherwise fail the foreign key (a 500).
      if (input.meetingId && !(await manager.existsBy(Meeting, { id: input.meetingId }))) {
        throw unprocessable('The decision names a meeting that does not exist.', [
          { path: 'body.meetingId', message: 'is not a meeting' },
        ]);
      }
      const content = await this.buildContent(manager, boardCase, null, input);
      const draft = manager.create(BoardDecision, {
        caseId,
        meetingId: input.meetingId ?? null,
        sequence: 1,
        rationale: input.rationale ?? null,
        dissent: input.dissent,
        attendeeIds: input.attendeeIds,
        items: content.items ?? [],
      });
      await manager.save(draft);
      await publishCaseChange(manager, caseId, 'decision');
      await this.audit.record(
        {
          action: 'decision.create',
          outcome: 'success',
          entityType: 'decision',
          entityId: draft.id,
          patientId: boardCase.patientId,
        },
        manager,
      );
      return this.view(manager, draft.id);
    });
  }

  async update(caseId: string, id: string, input: DecisionUpdate, auth: Authenticated): Promise<Decision> {
    const { version, ...changes } = input;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const { boardCase, decision } = await this.loadForCase(manager, caseId, id, auth, true);
        if (decision.signedAt) throw immutable();
        const content = await this.buildContent(manager, boardCase, decision, changes);
        await updateVersioned(
          manager,
          BoardDecision,
          id,
          version,
          {
            ...(changes.rationale !== undefined ? { rationale: changes.rationale } : {}),
            ...(changes.dissent ? { dissent: changes.dissent } : {}),
            ...(changes.attendeeIds ? { attendeeIds: changes.attendeeIds } : {}),
            ...(content.items ? { items: content.items } : {}),
          },
          'The decision',
        );
        await publishCaseChange(manager, caseId, 'decision');
        await this.audit.record(
          {
            action: 'decision.update',
            outcome: 'success',
            entityType: 'decision',
            entityId: id,
            patientId: boardCase.patientId,
            detail: { fields: Object.keys(changes) },
          },
          manager,
        );
        return this.view(manager, id);
      });
    } catch (error) {
      if (error instanceof StaleVersionError)
        throw conflict('Someone else changed this decision first.', await this.view(this.dataSource.manager, id));
      throw error;
    }
  }

  /**
   * The chair signs: the draft becomes immutable, the case moves to decided, and the referring
   * oncologist is notified — all in one transaction.
   */
  async sign(caseId: string, id: string, version: number, auth: Authenticated): Promise<Decision> {
    return this.dataSource.transaction(async (manager) => {
      const { boardCase, decision } = await this.loadForCase(manager, caseId, id, auth, true);
      if (decision.signedAt) throw immutable();
      if (decision.version !== version)
        throw conflict('Someone else changed this decision first.', await this.view(manager, id));
      const problems: FieldError[] = [];
      if (decision.items.length === 0)
        problems.push({ path: 'items', message: 'a decision needs at least one agreed item' });
      if (decision.attendeeIds.length === 0) problems.push({ path: 'attendeeIds', message: 'record who was present' });
      if (decision.sequence === 1 && !['scheduled', 'discussed'].includes(boardCase.status)) {
        problems.push({
          path: 'case.status',
          message: `the case is ${boardCase.status}; it must be on a meeting's agenda (scheduled or discussed)`,
        });
      }
      if (problems.length) throw unprocessable('The decision cannot be signed yet.', problems);
      const signedAt = this.clock.now();
      await manager.update(BoardDecision, { id }, { signedById: auth.user.id, signedAt, version: version + 1 });
      if (decision.sequence === 1) await this.markDecided(manager, boardCase, auth);
      if (boardCase.referringOncologistId) {
        await manager.insert(Notification, {
          userId: boardCase.referringOncologistId,
          kind: 'decision_signed',
          caseId,
          decisionId: id,
        });
      }
      await publishCaseChange(manager, caseId, 'decision');
      await this.audit.record(
        {
          action: 'decision.sign',
          outcome: 'success',
          entityType: 'decision',
          entityId: id,
          patientId: boardCase.patientId,
          detail: { sequence: decision.sequence },
        },
        manager,
      );
      return this.view(manager, id);
    });
  }

  private async markDecided(manager: EntityManager, boardCase: BoardCase, auth: Authenticated): Promise<void> {
    // A case signed straight from the agenda was discussed at that meeting: record both steps.
    const steps = boardCase.status === 'scheduled' ? (['discussed', 'decided'] as const) : (['decided'] as const);
    let from = boardCase.status;
    for (const to of steps) {
      await manager.insert(CaseStatusEvent, {
        caseId: boardCase.id,
        fromStatus: from,
        toStatus: to,
        reason: null,
        userId: auth.user.id,
      });
      from = to;
    }
    await manager.update(BoardCaseEntity, { id: boardCase.id }, { status: 'decided', version: boardCase.version + 1 });
  }

  /** A correction to a signed decision: a new draft, copied from it, that will supersede it once signed. */
  async amend(caseId: string, id: string, reason: string, auth: Authenticated): Promise<Decision> {
    return idempotentTransaction(this.dataSource, async (manager) => {
      const { boardCase, decision } = await this.loadForCase(manager, caseId, id, auth, true);
      const latest = await manager.findOneOrFail(BoardDecision, { where: { caseId }, order: { sequence: 'DESC' } });
      if (!decision.signedAt)
        throw unprocessable('Only a signed decision is amended; edit the draft instead.', [
          { path: 'id', message: 'is a draft' },
        ]);
      if (latest.id !== decision.id)
        throw conflict(
          'This decision was already amended: amend the latest version.',
          await this.view(manager, latest.id),
        );
      const draft = manager.create(BoardDecision, {
        caseId,
        meetingId: decision.meetingId,
        sequence: decision.sequence + 1,
        supersedesId: decision.id,
        amendmentReason: reason,
        items: decision.items,
        rationale: decision.rationale,
        dissent: decision.dissent,
        attendeeIds: decision.attendeeIds,
      });
      await manager.save(draft);
      await publishCaseChange(manager, caseId, 'decision');
      await this.audit.record(
        {
          action: 'decision.amend',
          outcome: 'success',
          entityType: 'decision',
          entityId: draft.id,
          patientId: boardCase.patientId,
          detail: { supersedes: decision.id },
        },
        manager,
      );
      return this.view(manager, draft.id);
    });
  }
}
