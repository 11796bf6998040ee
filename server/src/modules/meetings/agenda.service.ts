import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, MoreThan, type DataSource, type EntityManager } from 'typeorm';
import type { AddAgendaItem, FieldError, MeetingDetail, ReorderAgenda, UpdateAgendaItem } from '@tumor-board/shared';
import type { Authenticated } from '../../common/access/current-user.decorator.js';
import { StaleVersionError, updateVersioned } from '../../common/database/versioned-update.js';
import { ProblemException, conflict, notFound, unprocessable } from '../../common/problem/problem.exception.js';
import { AuditService } from '../audit/audit.service.js';
import { idempotentTransaction } from '../../common/idempotency/idempotent-transaction.js';
import { BoardCase } from '../cases/board-case.entity.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { CaseReadinessService } from '../cases/case-readiness.service.js';
import { CaseStatusEvent } from '../cases/case-status-event.entity.js';
import { publishLive } from '../live/live-outbox.writer.js';
import { AppUser } from '../users/user.entity.js';
import { AgendaItem } from './agenda-item.entity.js';
import { Meeting } from './meeting.entity.js';
import { MeetingsService } from './meetings.service.js';

/** Cases a meeting can take: ready ones, or any not yet decided when a chair overrides. */
const SCHEDULABLE = new Set(['ready']);
const OVERRIDABLE = new Set(['draft', 'submitted', 'ready']);

/** Urgent and emergency cases sort first; the rest keep the order they were added in. */
const URGENCY_RANK: Record<string, number> = { emergency: 0, urgent: 1, routine: 2 };

@Injectable()
export class AgendaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MeetingsService) private readonly meetings: MeetingsService,
    @Inject(CaseAccessService) private readonly access: CaseAccessService,
    @Inject(CaseReadinessService) private readonly readiness: CaseReadinessService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  private async moveCase(
    manager: EntityManager,
    boardCase: BoardCase,
    to: BoardCase['status'],
    reason: string | null,
    userId: string | null,
  ): Promise<void> {
    await manager.insert(CaseStatusEvent, {
      caseId: boardCase.id,
      fromStatus: boardCase.status,
      toStatus: to,
      reason,
      userId,
    });
    await manager.update(BoardCase, { id: boardCase.id }, { status: to, version: boardCase.version + 1 });
  }

  /**
   * Puts a case on the agenda. Readiness is enforced (422 listing what is missing); a chair may
   * override for an urgent case with a reason, which is audited. The case becomes scheduled.
   */
  async add(meetingId: string, input: AddAgendaItem, auth: Authenticated): Promise<MeetingDetail> {
    return idempotentTransaction(this.dataSource, async (manager) => {
      const meeting = await this.meetings.load(manager, meetingId, true);
      if (meeting.status !== 'scheduled' && meeting.status !== 'in_progress') {
        throw unprocessable(`The meeting is ${meeting.status}.`, [
          { path: 'meeting.status', message: 'must be scheduled or in progress' },
        ]);
      }
      const boardCase = await this.access.load(manager, input.caseId, auth, { lock: true });
      const taken = await manager.findOne(AgendaItem, {
        where: { caseId: boardCase.id, outcome: 'pending' },
        relations: { meeting: true },
      });
      if (taken && taken.meeting?.status !== 'cancelled') {
        throw conflict('The case is already on an agenda.', { meetingId: taken.meetingId, itemId: taken.id });
      }
      const override = input.overrideReason;
      if (override && !auth.user.roles.includes('chair'))
        throw new ProblemException(403, 'Forbidden', 'Only the chair may override readiness.');
      const readiness = await this.readiness.assess(manager, boardCase);
      if (!override && (!SCHEDULABLE.has(boardCase.status) || !readiness.ready)) {
        const errors: FieldError[] = readiness.items
          .filter((i) => !i.met)
          .map((i) => ({ path: `readiness.${i.code}`, message: i.detail ? `${i.label}: ${i.detail}` : i.label }));
        if (!SCHEDULABLE.has(boardCase.status))
          errors.unshift({ path: 'case.status', message: `is ${boardCase.status}; only a ready case is scheduled` });
        throw new ProblemException(422, 'Unprocessable Content', 'The case is not ready for the board.', errors, {
          readiness,
        });
      }
      if (override && !OVERRIDABLE.has(boardCase.status)) {
        throw unprocessable(`A ${boardCase.status} case cannot be put on an agenda.`, [
          { path: 'case.status', message: `is ${boardCase.status}` },
        ]);
      }
      await this.assertPresenter(manager, input.presenterId);
      const last = await manager.findOne(AgendaItem, { where: { meetingId }, order: { position: 'DESC' } });
      await manager.insert(AgendaItem, {
        meetingId,
        caseId: boardCase.id,
        position: (last?.position ?? 0) + 1,
        minutes: input.minutes ?? meeting.defaultMinutesPerCase,
        presenterId: input.presenterId ?? boardCase.presentingClinicianId,
        overrideReason: override ?? null,
      });
      await this.sortByUrgency(manager, meetingId);
      await this.moveCase(
        manager,
        boardCase,
        'scheduled',
        override ? `Readiness overridden by the chair: ${override}` : null,
        auth.user.id,
      );
      await manager.update(Meeting, { id: meetingId }, { version: meeting.version + 1 });
      await publishLive(manager, meetingId, 'agenda', { reason: 'added' });
      await this.audit.record(
        {
          action: override ? 'agenda.add_override' : 'agenda.add',
          outcome: 'success',
          entityType: 'meeting',
          entityId: meetingId,
          patientId: boardCase.patientId,
          detail: override
            ? {
                caseId: boardCase.id,
                readinessOverridden: true,
                unmet: readiness.items.filter((i) => !i.met).map((i) => i.code),
              }
            : { caseId: boardCase.id },
        },
        manager,
      );
      return this.meetings.detail(meetingId, manager, false);
    });
  }

  /** A presenter must be a user: an unknown id would otherwise fail the foreign key (a 500). */
  private async assertPresenter(manager: EntityManager, presenterId: string | null | undefined): Promise<void> {
    if (presenterId && !(await manager.existsBy(AppUser, { id: presenterId }))) {
      throw unprocessable('The presenter is not a user.', [{ path: 'body.presenterId', message: 'is not a user' }]);
    }
  }

  /** Keeps emergencies, then urgent cases, at the top; within a rank the order is kept. */
  private async sortByUrgency(manager: EntityManager, meetingId: string): Promise<void> {
    const items = await manager.find(AgendaItem, {
      where: { meetingId },
      relations: { case: true },
      order: { position: 'ASC' },
    });
    const sorted = [...items].sort(
      (a, b) => URGENCY_RANK[a.case!.urgency]! - URGENCY_RANK[b.case!.urgency]! || a.position - b.position,
    );
    await this.renumber(
      manager,
      sorted.map((i) => i.id),
    );
  }

  private async renumber(manager: EntityManager, ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    // Two statements so the new positions never collide with old ones mid-update.
    await manager.query(`UPDATE agenda_item SET position = position + 100000 WHERE id = ANY($1::uuid[])`, [ids]);
    await manager.query(
      `UPDATE agenda_item a SET position = o.ord FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, ord) WHERE a.id = o.id`,
      [ids],
    );
  }

  async reorder(meetingId: string, input: ReorderAgenda, auth: Authenticated): Promise<MeetingDetail> {
    await this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.load(manager, meetingId, true);
      if (meeting.version !== input.version)
        throw conflict(
          'Someone else changed this agenda first.',
          await this.meetings.detail(meetingId, manager, false),
        );
      const items = await manager.find(AgendaItem, { where: { meetingId }, select: { id: true } });
      const current = new Set(items.map((i) => i.id));
      const sent = new Set(input.itemIds);
      if (
        sent.size !== input.itemIds.length ||
        sent.size !== current.size ||
        input.itemIds.some((id) => !current.has(id))
      ) {
        throw unprocessable('Send every agenda item of the meeting exactly once.', [
          { path: 'body.itemIds', message: 'must list each agenda item once' },
        ]);
      }
      await this.renumber(manager, input.itemIds);
      await manager.update(Meeting, { id: meetingId }, { version: meeting.version + 1 });
      await publishLive(manager, meetingId, 'agenda', { reason: 'reordered' });
      await this.audit.record(
        {
          action: 'agenda.reorder',
          outcome: 'success',
          entityType: 'meeting',
          entityId: meetingId,
          userId: auth.user.id,
        },
        manager,
      );
    });
    return this.meetings.detail(meetingId, this.dataSource.manager, false);
  }

  async update(meetingId: string, itemId: string, input: UpdateAgendaItem): Promise<MeetingDetail> {
    const { version, ...changes } = input;
    try {
      await this.dataSource.transaction(async (manager) => {
        const item = await manager.findOneBy(AgendaItem, { id: itemId, meetingId });
        if (!item) throw notFound('The agenda item');
        await this.assertPresenter(manager, changes.presenterId);
        await updateVersioned(manager, AgendaItem, itemId, version, changes, 'The agenda item');
        await publishLive(manager, meetingId, 'agenda', { reason: 'updated' });
        await this.audit.record(
          {
            action: 'agenda.update',
            outcome: 'success',
            entityType: 'meeting',
            entityId: meetingId,
            detail: { itemId, fields: Object.keys(changes) },
          },
          manager,
        );
      });
    } catch (error) {
      if (error instanceof StaleVersionError)
        throw conflict(
          'Someone else changed this agenda item first.',
          await this.meetings.detail(meetingId, this.dataSource.manager, false),
        );
      throw error;
    }
    return this.meetings.detail(meetingId, this.dataSource.manager, false);
  }

  /** Takes a pending case off the agenda; it goes back to ready. */
  async remove(meetingId: string, itemId: string, auth: Authenticated): Promise<MeetingDetail> {
    await this.dataSource.transaction(async (manager) => {
      const item = await manager.findOne(AgendaItem, { where: { id: itemId, meetingId }, relations: { case: true } });
      if (!item) throw notFound('The agenda item');
      if (item.outcome !== 'pending')
        throw unprocessable('Only a case not yet discussed comes off the agenda.', [
          { path: 'outcome', message: `is ${item.outcome}` },
        ]);
      await manager.delete(AgendaItem, { id: itemId });
      if (item.case!.status === 'scheduled')
        await this.moveCase(manager, item.case!, 'ready', 'Taken off the agenda', auth.user.id);
      const rest = await manager.find(AgendaItem, {
        where: { meetingId },
        order: { position: 'ASC' },
        select: { id: true },
      });
      await this.renumber(
        manager,
        rest.map((r) => r.id),
      );
      await manager.increment(Meeting, { id: meetingId }, 'version', 1);
      await publishLive(manager, meetingId, 'agenda', { reason: 'removed' });
      await this.audit.record(
        {
          action: 'agenda.remove',
          outcome: 'success',
          entityType: 'meeting',
          entityId: meetingId,
          patientId: item.case!.patientId,
        },
        manager,
      );
    });
    return this.meetings.detail(meetingId, this.dataSource.manager, false);
  }

  /**
   * After a meeting ends, every case not discussed (pending or deferred) moves to the next
   * scheduled meeting of the same series (or the next meeting at all), keeping its history:
   * the old item is marked rolled_over and the new one points back to it.
   */
  async rollOver(manager: EntityManager, meeting: Meeting): Promise<{ rolled: number; toMeetingId: string | null }> {
    const left = await manager.find(AgendaItem, {
      where: { meetingId: meeting.id, outcome: In(['pending', 'deferred']) },
      relations: { case: true },
      order: { position: 'ASC' },
    });
    // Only cases still waiting for the board move on; one decided or withdrawn meanwhile stays here.
    const waiting = left.filter((i) => i.case!.status === 'scheduled');
    for (const item of left.filter((i) => i.case!.status !== 'scheduled')) {
      await manager.update(
        AgendaItem,
        { id: item.id },
        { outcome: item.case!.status === 'withdrawn' ? 'deferred' : 'discussed' },
      );
    }
    if (!waiting.length) return { rolled: 0, toMeetingId: null };
    const next =
      (meeting.seriesId
        ? await manager.findOne(Meeting, {
            where: { seriesId: meeting.seriesId, status: 'scheduled', startsAt: MoreThan(meeting.startsAt) },
            order: { startsAt: 'ASC' },
          })
        : null) ??
      (await manager.findOne(Meeting, {
        where: { status: 'scheduled', startsAt: MoreThan(meeting.startsAt) },
        order: { startsAt: 'ASC' },
      }));
    if (!next) {
      // Nowhere to go yet: the cases go back to ready so the coordinator can put them on a new meeting.
      for (const item of waiting) {
        await manager.update(AgendaItem, { id: item.id }, { outcome: 'rolled_over' });
        await this.moveCase(manager, item.case!, 'ready', 'Not discussed; no later meeting to roll over to', null);
      }
      return { rolled: 0, toMeetingId: null };
    }
    const last = await manager.findOne(AgendaItem, { where: { meetingId: next.id }, order: { position: 'DESC' } });
    let position = last?.position ?? 0;
    for (const item of waiting) {
      // The new item points back here (rolled_from_id), so the history of the case is kept.
      await manager.update(AgendaItem, { id: item.id }, { outcome: 'rolled_over' });
      const already = await manager.existsBy(AgendaItem, { meetingId: next.id, caseId: item.caseId });
      if (!already) {
        await manager.insert(AgendaItem, {
          meetingId: next.id,
          caseId: item.caseId,
          position: ++position,
          minutes: item.minutes,
          presenterId: item.presenterId,
          rolledFromId: item.id,
        });
      }
    }
    await this.sortByUrgency(manager, next.id);
    await manager.increment(Meeting, { id: next.id }, 'version', 1);
    await publishLive(manager, next.id, 'agenda', { reason: 'rolled_over' });
    return { rolled: waiting.length, toMeetingId: next.id };
  }
}
