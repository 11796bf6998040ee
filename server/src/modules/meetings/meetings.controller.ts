import { Controller, Delete, Get, Header, HttpCode, Inject, Patch, Post, Put } from '@nestjs/common';
import { z } from 'zod';
import {
  addAgendaItemSchema,
  adHocMeetingSchema,
  cancelMeetingSchema,
  checkInSchema,
  idParamsSchema,
  meetingDetailSchema,
  meetingItemParamsSchema,
  meetingListQuerySchema,
  meetingListSchema,
  moveMeetingSchema,
  reorderAgendaSchema,
  updateAgendaItemSchema,
  type AddAgendaItem,
  type AdHocMeeting,
  type CheckIn,
  type MeetingDetail,
  type MeetingList,
  type ReorderAgenda,
  type UpdateAgendaItem,
  CLINICAL_ROLES,
} from '@tumor-board/shared';
import { Roles } from '../../common/access/access.decorators.js';
import { Auth, type Authenticated } from '../../common/access/current-user.decorator.js';
import { ApiDoc, ValidBody, ValidParams, ValidQuery } from '../../common/openapi/api-decorators.js';
import { Idempotent } from '../../common/idempotency/idempotent.decorator.js';
import { AgendaService } from './agenda.service.js';
import { AttendanceService } from './attendance.service.js';
import { MeetingsService } from './meetings.service.js';

const SCHEDULERS = ['coordinator', 'chair'] as const;
type Id = { id: string };
type ItemParams = { id: string; itemId: string };
const attendeeParamsSchema = z.strictObject({ id: z.uuid('must be a UUID'), userId: z.uuid('must be a UUID') });

@Controller('meetings')
@Roles(...CLINICAL_ROLES)
export class MeetingsController {
  constructor(
    @Inject(MeetingsService) private readonly meetings: MeetingsService,
    @Inject(AgendaService) private readonly agenda: AgendaService,
    @Inject(AttendanceService) private readonly attendance: AttendanceService,
  ) {}

  @Get()
  @ApiDoc({ summary: 'Meetings between two dates (calendar)', tags: ['meetings'], response: meetingListSchema })
  list(@ValidQuery(meetingListQuerySchema) q: { from: string; to: string; seriesId?: string }): Promise<MeetingList> {
    return this.meetings.list(q.from, q.to, q.seriesId);
  }

  @Post()
  @Idempotent()
  @Roles(...SCHEDULERS)
  @ApiDoc({ summary: 'Add an ad-hoc (urgent) meeting', tags: ['meetings'], response: meetingDetailSchema })
  createAdHoc(@ValidBody(adHocMeetingSchema) body: AdHocMeeting): Promise<MeetingDetail> {
    return this.meetings.createAdHoc(body);
  }

  @Get(':id')
  @ApiDoc({
    summary: 'A meeting with its agenda (planned time vs length), attendance and quorum',
    tags: ['meetings'],
    response: meetingDetailSchema,
  })
  detail(@ValidParams(idParamsSchema) p: Id): Promise<MeetingDetail> {
    return this.meetings.detail(p.id);
  }

  @Patch(':id')
  @Roles(...SCHEDULERS)
  @ApiDoc({ summary: 'Move one occurrence (version required)', tags: ['meetings'], response: meetingDetailSchema })
  move(
    @ValidParams(idParamsSchema) p: Id,
    @ValidBody(moveMeetingSchema) body: z.infer<typeof moveMeetingSchema>,
  ): Promise<MeetingDetail> {
    return this.meetings.move(p.id, body);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles(...SCHEDULERS)
  @ApiDoc({
    summary: 'Cancel one occurrence (its agenda must be empty)',
    tags: ['meetings'],
    status: 200,
    response: meetingDetailSchema,
  })
  cancel(
    @ValidParams(idParamsSchema) p: Id,
    @ValidBody(cancelMeetingSchema) body: { version: number; reason: string },
  ): Promise<MeetingDetail> {
    return this.meetings.cancel(p.id, body);
  }

  @Get(':id/ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="meeting.ics"')
  @ApiDoc({ summary: 'The meeting as an iCalendar file (no patient data)', tags: ['meetings'] })
  ics(@ValidParams(idParamsSchema) p: Id): Promise<string> {
    return this.meetings.ics(p.id);
  }

  @Post(':id/agenda')
  @Idempotent()
  @Roles(...SCHEDULERS)
  @ApiDoc({
    summary: 'Put a ready case on the agenda (422 lists what is missing; chair may override with a reason)',
    tags: ['agenda'],
    response: meetingDetailSchema,
  })
  add(
    @ValidParams(idParamsSchema) p: Id,
    @ValidBody(addAgendaItemSchema) body: AddAgendaItem,
    @Auth() auth: Authenticated,
  ): Promise<MeetingDetail> {
    return this.agenda.add(p.id, body, auth);
  }

  @Put(':id/agenda/order')
  @Roles(...SCHEDULERS)
  @ApiDoc({
    summary: 'Reorder the agenda (all item ids, with the meeting version)',
    tags: ['agenda'],
    response: meetingDetailSchema,
  })
  reorder(
    @ValidParams(idParamsSchema) p: Id,
    @ValidBody(reorderAgendaSchema) body: ReorderAgenda,
    @Auth() auth: Authenticated,
  ): Promise<MeetingDetail> {
    return this.agenda.reorder(p.id, body, auth);
  }

  @Patch(':id/agenda/:itemId')
  @Roles(...SCHEDULERS)
  @ApiDoc({
    summary: 'Set an item’s minutes or presenter (version required)',
    tags: ['agenda'],
    response: meetingDetailSchema,
  })
  updateItem(
    @ValidParams(meetingItemParamsSchema) p: ItemParams,
    @ValidBody(updateAgendaItemSchema) body: UpdateAgendaItem,
  ): Promise<MeetingDetail> {
    return this.agenda.update(p.id, p.itemId, body);
  }

  @Delete(':id/agenda/:itemId')
  @Roles(...SCHEDULERS)
  @ApiDoc({
    summary: 'Take a case off the agenda (it returns to ready)',
    tags: ['agenda'],
    response: meetingDetailSchema,
  })
  removeItem(@ValidParams(meetingItemParamsSchema) p: ItemParams, @Auth() auth: Authenticated): Promise<MeetingDetail> {
    return this.agenda.remove(p.id, p.itemId, auth);
  }

  @Post(':id/attendance')
  @Idempotent()
  @ApiDoc({
    summary: 'Check in (yourself, or someone else as coordinator/chair)',
    tags: ['attendance'],
    response: meetingDetailSchema,
  })
  checkIn(
    @ValidParams(idParamsSchema) p: Id,
    @ValidBody(checkInSchema) body: CheckIn,
    @Auth() auth: Authenticated,
  ): Promise<MeetingDetail> {
    return this.attendance.checkIn(p.id, body, auth);
  }

  @Delete(':id/attendance/:userId')
  @ApiDoc({ summary: 'Remove a check-in', tags: ['attendance'], response: meetingDetailSchema })
  checkOut(
    @ValidParams(attendeeParamsSchema) p: { id: string; userId: string },
    @Auth() auth: Authenticated,
  ): Promise<MeetingDetail> {
    return this.attendance.remove(p.id, p.userId, auth);
  }
}
