import { Module } from '@nestjs/common';
import { ClinicalRecordModule } from '../cases/cases.module.js';
import { DecisionsModule } from '../decisions/decisions.module.js';
import { LiveController } from '../live/live.controller.js';
import { LiveGateway } from '../live/live.gateway.js';
import { LiveService } from '../live/live.service.js';
import { OutboxRelay } from '../live/outbox-relay.js';
import { AgendaService } from './agenda.service.js';
import { AttendanceService } from './attendance.service.js';
import { MeetingsController } from './meetings.controller.js';
import { MeetingsService } from './meetings.service.js';
import { SeriesController } from './series.controller.js';
import { SeriesService } from './series.service.js';

/** Meetings, agendas, attendance and the live meeting room. */
@Module({
  imports: [ClinicalRecordModule, DecisionsModule],
  controllers: [SeriesController, MeetingsController, LiveController],
  providers: [SeriesService, MeetingsService, AgendaService, AttendanceService, LiveService, OutboxRelay, LiveGateway],
  exports: [MeetingsService],
})
export class MeetingsModule {}
