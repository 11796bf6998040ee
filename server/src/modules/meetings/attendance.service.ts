import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { CheckIn, MeetingDetail } from '@tumor-board/shared';
import type { Authenticated } from '../../common/access/current-user.decorator.js';
import { CLOCK, type Clock } from '../../common/clock.js';
import { ProblemException, notFound, unprocessable } from '../../common/problem/problem.exception.js';
import { AuditService } from '../audit/audit.service.js';
import { idempotentTransaction } from '../../common/idempotency/idempotent-transaction.js';
import { publishLive } from '../live/live-outbox.writer.js';
import { AppUser } from '../users/user.entity.js';
import { Attendance } from './attendance.entity.js';
import { MeetingsService } from './meetings.service.js';

/** Who may record someone else's attendance. */
const RECORDERS = ['coordinator', 'chair'] as const;

/** Check-in (in person or virtual), by the attendee or recorded by the coordinator; quorum follows. */
@Injectable()
export class AttendanceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MeetingsService) private readonly meetings: MeetingsService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async checkIn(meetingId: string, input: CheckIn, auth: Authenticated): Promise<MeetingDetail> {
    const userId = input.userId ?? auth.user.id;
    if (userId !== auth.user.id && !RECORDERS.some((r) => auth.user.roles.includes(r))) {
      throw new ProblemException(
        403,
        'Forbidden',
        'Only a coordinator or the chair records someone else’s attendance.',
      );
    }
    return idempotentTransaction(this.dataSource, async (manager) => {
      const meeting = await this.meetings.load(manager, meetingId);
      if (meeting.status === 'cancelled' || meeting.status === 'ended') {
        throw unprocessable(`The meeting is ${meeting.status}.`, [
          { path: 'meeting.status', message: `is ${meeting.status}` },
        ]);
      }
      const user = await manager.findOneBy(AppUser, { id: userId, active: true });
      if (!user)
        throw unprocessable('That person cannot attend.', [{ path: 'body.userId', message: 'is not an active user' }]);
      await manager.upsert(
        Attendance,
        {
          meetingId,
          userId,
          discipline: user.discipline,
          mode: input.mode,
          checkedInAt: this.clock.now(),
          recordedById: auth.user.id,
        },
        ['meetingId', 'userId'],
      );
      await publishLive(manager, meetingId, 'attendance', { userId });
      await this.audit.record(
        {
          action: 'meeting.check_in',
          outcome: 'success',
          entityType: 'meeting',
          entityId: meetingId,
          detail: { attendee: userId, mode: input.mode },
        },
        manager,
      );
      return this.meetings.detail(meetingId, manager, false);
    });
  }

  async remove(meetingId: string, userId: string, auth: Authenticated): Promise<MeetingDetail> {
    await this.dataSource.transaction(async (manager) => {
      const attendance = await manager.findOneBy(Attendance, { meetingId, userId });
      if (!attendance) throw notFound('The attendance');
      if (userId !== auth.user.id && !RECORDERS.some((r) => auth.user.roles.includes(r))) {
        throw new ProblemException(
          403,
          'Forbidden',
          'Only a coordinator or the chair changes someone else’s attendance.',
        );
      }
      await manager.delete(Attendance, { meetingId, userId });
      await publishLive(manager, meetingId, 'attendance', { userId });
      await this.audit.record(
        {
          action: 'meeting.check_out',
          outcome: 'success',
          entityType: 'meeting',
          entityId: meetingId,
          detail: { attendee: userId },
        },
        manager,
      );
    });
    return this.meetings.detail(meetingId, this.dataSource.manager, false);
  }
}
