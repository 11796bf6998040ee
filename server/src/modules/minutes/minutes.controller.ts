import { Controller, Get, Header, Inject, StreamableFile } from '@nestjs/common';
import { idParamsSchema, CLINICAL_ROLES } from '@tumor-board/shared';
import { Roles } from '../../common/access/access.decorators.js';
import { ApiDoc, ValidParams } from '../../common/openapi/api-decorators.js';
import { meetingMinutesSchema, type MeetingMinutes } from '@tumor-board/shared';
import { MinutesService } from './minutes.service.js';

type Id = { id: string };

@Controller('meetings')
export class MinutesController {
  constructor(@Inject(MinutesService) private readonly minutes: MinutesService) {}

  @Get(':id/minutes')
  @Roles(...CLINICAL_ROLES)
  @ApiDoc({
    summary:
      'Minutes of a meeting for the printable page: date, attendees and quorum, each case discussed with its decision and dissent, deferred and rolled-over cases (audited export)',
    tags: ['meetings'],
    response: meetingMinutesSchema,
  })
  json(@ValidParams(idParamsSchema) p: Id): Promise<MeetingMinutes> {
    return this.minutes.json(p.id);
  }

  @Get(':id/minutes.pdf')
  @Roles(...CLINICAL_ROLES)
  @Header('Content-Type', 'application/pdf')
  @Header('Content-Disposition', 'attachment; filename="meeting-minutes.pdf"')
  @ApiDoc({ summary: 'Minutes of a meeting as a PDF (audited export)', tags: ['meetings'] })
  async pdf(@ValidParams(idParamsSchema) p: Id): Promise<StreamableFile> {
    return new StreamableFile(await this.minutes.pdf(p.id));
  }
}
