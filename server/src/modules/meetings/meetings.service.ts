import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, In, type DataSource, type EntityManager } from 'typeorm';
import { meetingToIcs, type AdHocMeeting, type MeetingDetail, type MeetingList } from '@tumor-board/shared';
import { StaleVersionError, updateVersioned } from '../../common/database/versioned-update.js';
import { conflict, notFound, unprocessable } from '../../common/problem/problem.exception.js';
import { AuditService } from '../audit/audit.service.js';
import { idempotentTransaction } from '../../common/idempotency/idempotent-transaction.js';
import { publishLive } from '../live/live-outbox.writer.js';
import { AgendaItem } from './agenda-item.entity.js';
import { Attendance } from './attendance.entity.js';
import { Meeting } from './meeting.entity.js';
import { quorumOf, toAgendaItemView, toAttendee, toMeetingSummary, type AgendaRow } from './meeting.mapper.js';

const minutesBetween = (a: Date, b: Date) => Math.round((b.getTime() - a.getTime()) / 60_000);

/** Meetings: the calendar, one meeting with its agenda and attendance, ad-hoc meetings, moves and cancellations. */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async list(from: string, to: string, seriesId?: string): Promise<MeetingList> {
    const meetings = await this.dataSource.manager.find(Meeting, {
      where: { startsAt: Between(new Date(from), new Date(to)), ...(seriesId ? { seriesId } : {}) },
      order: { startsAt: 'ASC' },
    });
    const counts = meetings.length
      ? await this.dataSource.manager
          .createQueryBuilder(AgendaItem, 'a')
          .select('a.meeting_id', 'meetingId')
          .addSelect('count(*)::int', 'n')
          .where({ meetingId: In(meetings.map((m) => m.id)) })
          .groupBy('a.meeting_id')
          .getRawMany<{ meetingId: string; n: number }>()
      : [];
    const byMeeting = new Map(counts.map((c) => [c.meetingId, c.n]));
    return { items: meetings.map((m) => toMeetingSummary(m, byMeeting.get(m.id) ?? 0)) };
  }

  async load(manager: EntityManager, id: string, lock = false): Promise<Meeting> {
    const meeting = await manager.findOne(Meeting, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!meeting) throw notFound('The meeting');
    return meeting;
  }

  async agenda(manager: EntityManager, meetingId: string): Promise<AgendaRow[]> {
    return (await manager.find(AgendaItem, {
      where: { meetingId },
      relations: { case: { patient: true }, presenter: true },
      order: { position: 'ASC' },
    })) as AgendaRow[];
  }

  async detail(id: string, manager: EntityManager = this.dataSource.manager, audit = true): Promise<MeetingDetail> {
    const meeting = await this.load(manager, id);
    const [agenda, attendance] = await Promise.all([
      this.agenda(manager, id),
      manager.find(Attendance, { where: { meetingId: id }, relations: { user: true }, order: { checkedInAt: 'ASC' } }),
    ]);
    const plannedMinutes = agenda.filter((a) => a.outcome !== 'rolled_over').reduce((sum, a) => sum + a.minutes, 0);
    const meetingMinutes = minutesBetween(meeting.startsAt, meeting.endsAt);
    if (audit)
      await this.audit.record({
        action: 'meeting.read',
        outcome: 'success',
        entityType: 'meeting',
        entityId: id,
        detail: { cases: agenda.length },
      });
    return {
      ...toMeetingSummary(meeting, agenda.length),
      defaultMinutesPerCase: meeting.defaultMinutesPerCase,
      requiredDisciplines: meeting.requiredDisciplines,
      cancelReason: meeting.cancelReason,
      agenda: agenda.map(toAgendaItemView),
      plannedMinutes,
      meetingMinutes,
      overTime: plannedMinutes > meetingMinutes,
      overCapacity: agenda.length > meeting.capacity,
      attendees: attendance.map(toAttendee),
      quorum: quorumOf(meeting.requiredDisciplines, attendance),
    };
  }

  /** An urgent meeting outside the series (e.g. for a suspected cord compression). */
  async createAdHoc(input: AdHocMeeting): Promise<MeetingDetail> {
    const startsAt = new Date(input.startsAt);
    return idempotentTransaction(this.dataSource, async (manager) => {
      const meeting = manager.create(Meeting, {
        title: input.title,
        startsAt,
        endsAt: new Date(startsAt.getTime() + input.durationMinutes * 60_000),
        adHoc: true,
        seriesId: null,
        occurrenceDate: null,
        location: input.location ?? null,
        videoUrl: input.videoUrl ?? null,
        capacity: input.capacity,
        defaultMinutesPerCase: input.defaultMinutesPerCase,
        requiredDisciplines: input.requiredDisciplines,
      });
      await manager.save(meeting);
      await this.audit.record(
        { action: 'meeting.create_ad_hoc', outcome: 'success', entityType: 'meeting', entityId: meeting.id },
        manager,
      );
      return this.detail(meeting.id, manager, false);
    });
  }

  private async versioned(
    id: string,
    version: number,
    changes: Partial<Meeting>,
    action: string,
  ): Promise<MeetingDetail> {
    try {
      await this.dataSource.transaction(async (manager) => {
        const meeting = await this.load(manager, id, true);
        if (meeting.status !== 'scheduled')
          throw unprocessable(`A meeting that is ${meeting.status.replace('_', ' ')} cannot be changed.`, [
            { path: 'status', message: `is ${meeting.status}` },
          ]);
        await updateVersioned(manager, Meeting, id, version, changes as never, 'The meeting');
        await publishLive(manager, id, 'meeting', { reason: action });
        await this.audit.record({ action, outcome: 'success', entityType: 'meeting', entityId: id }, manager);
      });
    } catch (error) {
      if (error instanceof StaleVersionError)
        throw conflict(
          'Someone else changed this meeting first.',
          await this.detail(id, this.dataSource.manager, false),
        );
      throw error;
    }
    return this.detail(id, this.dataSource.manager, false);
  }

  async move(
    id: string,
    input: { version: number; startsAt: string; durationMinutes?: number; location?: string | null },
  ): Promise<MeetingDetail> {
    const meeting = await this.load(this.dataSource.manager, id);
    const startsAt = new Date(input.startsAt);
    const duration = input.durationMinutes ?? minutesBetween(meeting.startsAt, meeting.endsAt);
    return this.versioned(
      id,
      input.version,
      {
        startsAt,
        endsAt: new Date(startsAt.getTime() + duration * 60_000),
        ...(input.location !== undefined ? { location: input.location } : {}),
      },
      'meeting.move',
    );
  }

  async cancel(id: string, input: { version: number; reason: string }): Promise<MeetingDetail> {
    const agenda = await this.dataSource.manager.count(AgendaItem, { where: { meetingId: id, outcome: 'pending' } });
    if (agenda > 0) {
      throw unprocessable('Move the cases on this agenda to another meeting before cancelling it.', [
        { path: 'agenda', message: `${agenda} case(s) still on the agenda` },
      ]);
    }
    return this.versioned(id, input.version, { status: 'cancelled', cancelReason: input.reason }, 'meeting.cancel');
  }

  /** One meeting as an ICS file: title, times and place only — never patient data. */
  async ics(id: string): Promise<string> {
    const m = await this.load(this.dataSource.manager, id);
    return meetingToIcs({
      uid: `${m.id}@tumor-board`,
      title: m.title,
      startsAt: m.startsAt,
      endsAt: m.endsAt,
      location: m.location,
      url: m.videoUrl,
      description: null,
      sequence: m.version - 1,
      cancelled: m.status === 'cancelled',
    });
  }
}
