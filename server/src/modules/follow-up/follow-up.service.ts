import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { CaseOutcomeRequest, FollowUp, Inbox, ItemOutcomeRequest, OverdueList } from '@tumor-board/shared';
import type { Authenticated } from '../../common/access/current-user.decorator.js';
import { CLOCK, type Clock } from '../../common/clock.js';
import { ProblemException, notFound, unprocessable } from '../../common/problem/problem.exception.js';
import { BoardCase } from '../cases/board-case.entity.js';
import { todayIso } from '../../common/time/today.js';
import { AuditService } from '../audit/audit.service.js';
import { idempotentTransaction } from '../../common/idempotency/idempotent-transaction.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { toPersonRef } from '../cases/case.mapper.js';
import { BoardDecision } from '../decisions/board-decision.entity.js';
import { CaseOutcome, DecisionAcknowledgement, DecisionItemOutcome, Notification } from './follow-up.entities.js';

interface InboxRow {
  decision_id: string;
  case_id: string;
  mrn: string;
  given_name: string;
  family_name: string;
  primary_cancer: Inbox['items'][number]['primaryCancer'];
  urgency: Inbox['items'][number]['urgency'];
  signed_at: Date;
  sequence: number;
  item_count: number;
  read: boolean;
  acknowledged_at: Date | null;
}

/**
 * Closing the loop: the referring oncologist's inbox, acknowledgement, what was done about each
 * item, outcomes at 30 and 90 days, and overdue items flagged to the coordinator.
 */
@Injectable()
export class FollowUpService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CaseAccessService) private readonly access: CaseAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** A signed decision within reach of the user (record-level access via its case). */
  private async signedDecision(
    manager: EntityManager,
    decisionId: string,
    auth: Authenticated,
    lock = false,
  ): Promise<{ decision: BoardDecision; patientId: string }> {
    const decision = await manager.findOneBy(BoardDecision, { id: decisionId });
    if (!decision?.signedAt) throw notFound('The signed decision');
    const boardCase = await this.access.load(manager, decision.caseId, auth, { lock });
    return { decision, patientId: boardCase.patientId };
  }

  async inbox(auth: Authenticated): Promise<Inbox> {
    const rows = await this.dataSource.query<InboxRow[]>(
      `SELECT d.id AS decision_id, c.id AS case_id, p.mrn, p.given_name, p.family_name, c.primary_cancer, c.urgency,
              d.signed_at, d.sequence, jsonb_array_length(d.items)::int AS item_count,
              (a.decision_id IS NOT NULL OR NOT EXISTS (
                 SELECT 1 FROM notification n WHERE n.decision_id = d.id AND n.user_id = $1 AND n.read_at IS NULL)) AS read,
              a.acknowledged_at
         FROM board_decision d
         JOIN board_case c ON c.id = d.case_id
         JOIN patient p ON p.id = c.patient_id
         LEFT JOIN decision_acknowledgement a ON a.decision_id = d.id
        WHERE c.referring_oncologist_id = $1 AND d.signed_at IS NOT NULL
        ORDER BY d.signed_at DESC, d.id DESC
        LIMIT 200`,
      [auth.user.id],
    );
    await this.audit.record({
      action: 'inbox.read',
      outcome: 'success',
      entityType: 'decision',
      detail: { count: rows.length },
    });
    return {
      items: rows.map((r) => ({
        decisionId: r.decision_id,
        caseId: r.case_id,
        patient: { mrn: r.mrn, givenName: r.given_name, familyName: r.family_name },
        primaryCancer: r.primary_cancer,
        urgency: r.urgency,
        signedAt: r.signed_at.toISOString(),
        sequence: r.sequence,
        itemCount: r.item_count,
        read: r.read,
        acknowledgedAt: r.acknowledged_at?.toISOString() ?? null,
      })),
      unread: rows.filter((r) => !r.read).length,
    };
  }

  async acknowledge(decisionId: string, auth: Authenticated): Promise<FollowUp> {
    return idempotentTransaction(this.dataSource, async (manager) => {
      const { decision, patientId } = await this.signedDecision(manager, decisionId, auth, true);
      const boardCase = await manager.findOneByOrFail(BoardCase, { id: decision.caseId });
      if (boardCase.referringOncologistId !== auth.user.id) {
        throw new ProblemException(403, 'Forbidden', 'Only the referring oncologist acknowledges the decision.');
      }
      const existing = await manager.findOneBy(DecisionAcknowledgement, { decisionId });
      if (!existing)
        await manager.insert(DecisionAcknowledgement, {
          decisionId,
          userId: auth.user.id,
          acknowledgedAt: this.clock.now(),
        });
      await manager.update(
        Notification,
        { decisionId, userId: auth.user.id, readAt: IsNull() },
        { readAt: this.clock.now() },
      );
      await this.audit.record(
        { action: 'decision.acknowledge', outcome: 'success', entityType: 'decision', entityId: decisionId, patientId },
        manager,
      );
      return this.followUp(decisionId, auth, manager);
    });
  }

  async followUp(
    decisionId: string,
    auth: Authenticated,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<FollowUp> {
    const { patientId } = await this.signedDecision(manager, decisionId, auth);
    const [ack, itemOutcomes, outcomes] = await Promise.all([
      manager.findOne(DecisionAcknowledgement, { where: { decisionId }, relations: { user: true } }),
      this.itemOutcomesFor(manager, decisionId),
      manager.find(CaseOutcome, { where: { decisionId }, order: { horizonDays: 'ASC' } }),
    ]);
    await this.audit.record(
      { action: 'follow_up.read', outcome: 'success', entityType: 'decision', entityId: decisionId, patientId },
      manager,
    );
    return {
      decisionId,
      acknowledgedAt: ack?.acknowledgedAt.toISOString() ?? null,
      acknowledgedBy: toPersonRef(ack?.user),
      itemOutcomes: itemOutcomes.map((o) => ({
        decisionId,
        itemId: o.itemId,
        status: o.status,
        reason: o.reason,
        occurredOn: o.occurredOn,
        recordedBy: toPersonRef(o.recordedBy),
        recordedAt: o.recordedAt.toISOString(),
      })),
      outcomes: outcomes.map((o) => ({
        id: o.id,
        decisionId,
        horizonDays: o.horizonDays,
        assessedOn: o.assessedOn,
        painResponse: o.painResponse,
        skeletalRelatedEvents: o.skeletalRelatedEvents as FollowUp['outcomes'][number]['skeletalRelatedEvents'],
        neurology: o.neurology,
        notes: o.notes,
        recordedAt: o.recordedAt.toISOString(),
      })),
    };
  }

  /**
   * Outcomes of this decision's items, including those recorded against an earlier version (an
   * amendment keeps its items' ids); the most recent record of an item wins.
   */
  private async itemOutcomesFor(manager: EntityManager, decisionId: string): Promise<DecisionItemOutcome[]> {
    const decision = await manager.findOneByOrFail(BoardDecision, { id: decisionId });
    const versions = await manager.find(BoardDecision, { where: { caseId: decision.caseId }, select: { id: true } });
    const outcomes = await manager.find(DecisionItemOutcome, {
      where: { decisionId: In(versions.map((v) => v.id)), itemId: In(decision.items.map((i) => i.id)) },
      relations: { recordedBy: true },
      order: { recordedAt: 'ASC' },
    });
    return [...new Map(outcomes.map((o) => [o.itemId, o])).values()];
  }

  /** Done / modified / not done for one item; recording again replaces the earlier answer. */
  async recordItemOutcome(
    decisionId: string,
    itemId: string,
    input: ItemOutcomeRequest,
    auth: Authenticated,
  ): Promise<FollowUp> {
    await this.dataSource.transaction(async (manager) => {
      const { decision, patientId } = await this.signedDecision(manager, decisionId, auth, true);
      if (!decision.items.some((i) => i.id === itemId)) throw notFound('The decision item');
      await manager.upsert(
        DecisionItemOutcome,
        {
          decisionId,
          itemId,
          status: input.status,
          reason: input.reason ?? null,
          occurredOn: input.occurredOn,
          recordedById: auth.user.id,
          recordedAt: this.clock.now(),
        },
        ['decisionId', 'itemId'],
      );
      await this.audit.record(
        {
          action: 'decision.item_outcome',
          outcome: 'success',
          entityType: 'decision',
          entityId: decisionId,
          patientId,
          detail: { itemId, status: input.status },
        },
        manager,
      );
    });
    return this.followUp(decisionId, auth);
  }

  async recordOutcome(decisionId: string, input: CaseOutcomeRequest, auth: Authenticated): Promise<FollowUp> {
    await this.dataSource.transaction(async (manager) => {
      const { decision, patientId } = await this.signedDecision(manager, decisionId, auth, true);
      if (input.assessedOn < decision.signedAt!.toISOString().slice(0, 10)) {
        throw unprocessable('An outcome is assessed after the decision.', [
          { path: 'body.assessedOn', message: 'must not be before the decision was signed' },
        ]);
      }
      await manager.upsert(
        CaseOutcome,
        {
          decisionId,
          horizonDays: input.horizonDays,
          assessedOn: input.assessedOn,
          painResponse: input.painResponse,
          skeletalRelatedEvents: [...new Set(input.skeletalRelatedEvents)],
          neurology: input.neurology ?? null,
          notes: input.notes ?? null,
          recordedById: auth.user.id,
          recordedAt: this.clock.now(),
        },
        ['decisionId', 'horizonDays'],
      );
      await this.audit.record(
        {
          action: 'decision.outcome',
          outcome: 'success',
          entityType: 'decision',
          entityId: decisionId,
          patientId,
          detail: { horizonDays: input.horizonDays },
        },
        manager,
      );
    });
    return this.followUp(decisionId, auth);
  }

  /** Items of current signed decisions past their due date with nothing recorded (for coordinators). */
  async overdue(): Promise<OverdueList> {
    const rows = await this.dataSource.query<
      {
        decision_id: string;
        case_id: string;
        item_id: string;
        description: string;
        due_by: string;
        mrn: string;
        given_name: string;
        family_name: string;
        referrer_id: string | null;
        referrer_name: string | null;
      }[]
    >(
      `SELECT d.id AS decision_id, d.case_id, item->>'id' AS item_id, item->>'description' AS description, item->>'dueBy' AS due_by,
              p.mrn, p.given_name, p.family_name, u.id AS referrer_id, u.name AS referrer_name
         FROM board_decision d
         CROSS JOIN LATERAL jsonb_array_elements(d.items) AS item
         JOIN board_case c ON c.id = d.case_id
         JOIN patient p ON p.id = c.patient_id
         LEFT JOIN app_user u ON u.id = c.referring_oncologist_id
        WHERE d.signed_at IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM board_decision s WHERE s.supersedes_id = d.id AND s.signed_at IS NOT NULL)
          AND item->>'dueBy' IS NOT NULL AND (item->>'dueBy')::date < $1::date
          -- An amendment keeps its items' ids, so an outcome recorded against an earlier version counts.
          AND NOT EXISTS (SELECT 1 FROM decision_item_outcome o JOIN board_decision od ON od.id = o.decision_id
                           WHERE od.case_id = d.case_id AND o.item_id = (item->>'id')::uuid)
        ORDER BY due_by, d.id
        LIMIT 500`,
      [todayIso(this.clock)],
    );
    await this.audit.record({
      action: 'follow_up.overdue.read',
      outcome: 'success',
      entityType: 'decision',
      detail: { count: rows.length },
    });
    return {
      items: rows.map((r) => ({
        decisionId: r.decision_id,
        caseId: r.case_id,
        itemId: r.item_id,
        description: r.description,
        dueBy: r.due_by,
        patient: { mrn: r.mrn, givenName: r.given_name, familyName: r.family_name },
        referrer: r.referrer_id ? { id: r.referrer_id, name: r.referrer_name ?? '' } : null,
      })),
    };
  }
}
