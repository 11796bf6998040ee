import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { assessCaseReadiness, type LiveCommand, type LiveRoom, type LiveState } from '@tumor-board/shared';
import type { Authenticated } from '../../common/access/current-user.decorator.js';
import { CLOCK, type Clock } from '../../common/clock.js';
import { ProblemException, unprocessable } from '../../common/problem/problem.exception.js';
import { todayIso } from '../../common/time/today.js';
import { AuditService } from '../audit/audit.service.js';
import { Assessment } from '../assessments/assessment.entity.js';
import { toAssessmentView } from '../assessments/assessment.mapper.js';
import { BoardCase } from '../cases/board-case.entity.js';
import { CaseStatusEvent } from '../cases/case-status-event.entity.js';
import { BoardDecision } from '../decisions/board-decision.entity.js';
import { DecisionsService } from '../decisions/decisions.service.js';
import { ImagingSummary } from '../imaging/imaging-summary.entity.js';
import { toImagingSummaryView } from '../imaging/imaging-summary.mapper.js';
import { Lesion } from '../lesions/lesion.entity.js';
import { toLesionView } from '../lesions/lesion.mapper.js';
import { Recommendation } from '../recommendations/recommendation.entity.js';
import { AppUser } from '../users/user.entity.js';
import { AgendaItem } from '../meetings/agenda-item.entity.js';
import { AgendaService } from '../meetings/agenda.service.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import { publishLive } from './live-outbox.writer.js';
import { toLiveState } from './live-state.js';
import { OutboxRelay } from './outbox-relay.js';

const groupBy = <T extends { caseId: string }>(rows: T[]) => {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.caseId, [...(map.get(row.caseId) ?? []), row]);
  return map;
};

/**
 * The live meeting room. The state lives in PostgreSQL (meeting row + agenda outcomes); every
 * command changes it and writes the new state to the outbox in one transaction, and the relay
 * broadcasts it. Only the chair, a coordinator or the current presenter drives the meeting.
 */
@Injectable()
export class LiveService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MeetingsService) private readonly meetings: MeetingsService,
    @Inject(AgendaService) private readonly agenda: AgendaService,
    @Inject(DecisionsService) private readonly decisions: DecisionsService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(OutboxRelay) private readonly relay: OutboxRelay,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async state(meetingId: string, manager: EntityManager = this.dataSource.manager): Promise<LiveState> {
    const meeting = await this.meetings.load(manager, meetingId);
    const [items, presenter] = await Promise.all([
      manager.find(AgendaItem, { where: { meetingId }, select: { id: true, outcome: true } }),
      meeting.presenterId
        ? manager.findOne(AppUser, { where: { id: meeting.presenterId }, select: { id: true, name: true } })
        : null,
    ]);
    return toLiveState(meeting, items, presenter);
  }

  /** Everything the room shows, for every case on the agenda, in one answer (batched queries). */
  async room(meetingId: string): Promise<LiveRoom> {
    const manager = this.dataSource.manager;
    const [meeting, state] = await Promise.all([
      this.meetings.detail(meetingId, manager, false),
      this.state(meetingId, manager),
    ]);
    const caseIds = meeting.agenda.map((a) => a.caseId);
    const [cases, assessments, lesions, imaging, recommendations, decisions] = await Promise.all([
      manager.find(BoardCase, { where: { id: In(caseIds) } }),
      manager.find(Assessment, { where: { caseId: In(caseIds) }, order: { assessedOn: 'ASC' } }),
      manager.find(Lesion, { where: { caseId: In(caseIds) }, order: { createdAt: 'ASC' } }),
      manager.find(ImagingSummary, { where: { caseId: In(caseIds) }, order: { performedOn: 'DESC' } }),
      manager.find(Recommendation, {
        where: { caseId: In(caseIds) },
        relations: { author: true },
        order: { discipline: 'ASC' },
      }),
      manager.find(BoardDecision, { where: { caseId: In(caseIds) }, order: { sequence: 'DESC' } }),
    ]);
    const byCase = {
      assessments: groupBy(assessments),
      lesions: groupBy(lesions),
      imaging: groupBy(imaging),
      recommendations: groupBy(recommendations),
      decisions: groupBy(decisions),
    };
    const latestDecisions = [...byCase.decisions.values()].map((list) => list[0]!);
    const decisionViews = new Map((await this.decisions.views(manager, latestDecisions)).map((d) => [d.caseId, d]));
    const today = todayIso(this.clock);
    const caseById = new Map(cases.map((c) => [c.id, c]));
    // One row per patient shown (a patient with two cases on the agenda is read once).
    await this.audit.recordMany(
      [...new Set(cases.map((c) => c.patientId))].map((patientId) => ({
        action: 'meeting.room.read',
        outcome: 'success' as const,
        entityType: 'meeting',
        entityId: meetingId,
        patientId,
      })),
    );
    return {
      meeting,
      state,
      cases: meeting.agenda.map((item) => {
        const c = caseById.get(item.caseId)!;
        const caseLesions = byCase.lesions.get(item.caseId) ?? [];
        const caseAssessments = byCase.assessments.get(item.caseId) ?? [];
        const caseImaging = byCase.imaging.get(item.caseId) ?? [];
        return {
          itemId: item.id,
          caseId: item.caseId,
          readiness: assessCaseReadiness(
            { case: c, assessments: caseAssessments, lesions: caseLesions, imaging: caseImaging },
            today,
          ),
          lesions: caseLesions.map(toLesionView),
          imaging: caseImaging.map(toImagingSummaryView),
          assessments: caseAssessments.map(toAssessmentView),
          recommendations: (byCase.recommendations.get(item.caseId) ?? []).map((r) => ({
            id: r.id,
            discipline: r.discipline,
            status: r.status,
            summary: r.summary,
            items: r.items,
            author: r.author ? { id: r.author.id, name: r.author.name } : null,
            version: r.version,
          })),
          decision: decisionViews.get(item.caseId) ?? null,
        };
      }),
    };
  }

  private assertMayDrive(meeting: Meeting, current: AgendaItem | null, auth: Authenticated): void {
    const roles = auth.user.roles;
    const isPresenter = current?.presenterId === auth.user.id || meeting.presenterId === auth.user.id;
    if (roles.includes('chair') || roles.includes('coordinator') || isPresenter) return;
    throw new ProblemException(403, 'Forbidden', 'Only the chair, a coordinator or the presenter drives the meeting.');
  }

  async command(meetingId: string, command: LiveCommand, auth: Authenticated): Promise<LiveState> {
    const state = await this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.load(manager, meetingId, true);
      const items = (await manager.find(AgendaItem, { where: { meetingId }, order: { position: 'ASC' } })).filter(
        (i) => i.outcome !== 'rolled_over',
      );
      const current = items.find((i) => i.id === meeting.currentItemId) ?? null;
      this.assertMayDrive(meeting, current, auth);
      const now = this.clock.now();
      const target = command.itemId ? items.find((i) => i.id === command.itemId) : current;
      if (command.itemId && !target)
        throw unprocessable('That agenda item is not on this meeting.', [
          { path: 'body.itemId', message: 'is not an item of this meeting' },
        ]);
      const running = meeting.status === 'in_progress';
      const needRunning = () => {
        if (!running)
          throw unprocessable(`The meeting is ${meeting.status.replace('_', ' ')}.`, [
            { path: 'command', message: 'needs a meeting in progress' },
          ]);
      };
      const goTo = (item: AgendaItem | undefined) => {
        meeting.currentItemId = item?.id ?? null;
        meeting.presenterId = item?.presenterId ?? null;
        meeting.timerStartedAt = null;
      };
      switch (command.command) {
        case 'start':
          if (meeting.status !== 'scheduled')
            throw unprocessable(`The meeting is ${meeting.status.replace('_', ' ')}.`, [
              { path: 'command', message: 'start needs a scheduled meeting' },
            ]);
          meeting.status = 'in_progress';
          meeting.startedAt = now;
          goTo(items.find((i) => i.outcome === 'pending') ?? items[0]);
          break;
        case 'next':
        case 'previous': {
          needRunning();
          const index = current ? items.indexOf(current) : -1;
          const step = command.command === 'next' ? 1 : -1;
          const to = items[index + step];
          if (!to)
            throw unprocessable(`There is no ${command.command} case.`, [
              { path: 'command', message: `no ${command.command} case` },
            ]);
          goTo(to);
          break;
        }
        case 'goto':
          needRunning();
          goTo(target ?? undefined);
          break;
        case 'timer_start':
          needRunning();
          meeting.timerStartedAt = now;
          break;
        case 'timer_stop':
          needRunning();
          meeting.timerStartedAt = null;
          break;
        case 'mark_discussed':
        case 'mark_deferred': {
          needRunning();
          if (!target)
            throw unprocessable('No case is selected.', [
              { path: 'body.itemId', message: 'is required when no case is current' },
            ]);
          const outcome = command.command === 'mark_discussed' ? 'discussed' : 'deferred';
          // The reason outlives the outcome (ending the meeting turns a deferral into rolled_over).
          const deferralReason = outcome === 'deferred' ? (command.reason ?? 'not_stated') : null;
          await manager.update(AgendaItem, { id: target.id }, { outcome, deferralReason });
          target.outcome = outcome;
          const boardCase = await manager.findOneByOrFail(BoardCase, { id: target.caseId });
          if (outcome === 'discussed' && boardCase.status === 'scheduled') {
            await manager.insert(CaseStatusEvent, {
              caseId: boardCase.id,
              fromStatus: 'scheduled',
              toStatus: 'discussed',
              reason: null,
              userId: auth.user.id,
            });
            await manager.update(
              BoardCase,
              { id: boardCase.id },
              { status: 'discussed', version: boardCase.version + 1 },
            );
          }
          break;
        }
        case 'end':
          needRunning();
          meeting.status = 'ended';
          meeting.endedAt = now;
          goTo(undefined);
          break;
      }
      meeting.liveSequence += 1;
      await manager.update(
        Meeting,
        { id: meetingId },
        {
          status: meeting.status,
          startedAt: meeting.startedAt,
          endedAt: meeting.endedAt,
          currentItemId: meeting.currentItemId,
          presenterId: meeting.presenterId,
          timerStartedAt: meeting.timerStartedAt,
          liveSequence: meeting.liveSequence,
        },
      );
      const rolled = command.command === 'end' ? await this.agenda.rollOver(manager, meeting) : null;
      const next = await this.state(meetingId, manager);
      await publishLive(manager, meetingId, 'state', next);
      await this.audit.record(
        {
          action: `meeting.live.${command.command}`,
          outcome: 'success',
          entityType: 'meeting',
          entityId: meetingId,
          detail: {
            itemId: command.command.startsWith('mark_') ? (target?.id ?? null) : meeting.currentItemId,
            ...(rolled ? { rolledOver: rolled.rolled } : {}),
            ...(command.reason ? { reason: command.reason } : {}),
          },
        },
        manager,
      );
      return next;
    });
    this.relay.kick();
    return state;
  }
}
