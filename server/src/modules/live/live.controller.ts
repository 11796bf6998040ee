import { Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import {
  idParamsSchema,
  liveCommandSchema,
  liveRoomSchema,
  liveStateSchema,
  type LiveCommand,
  type LiveRoom,
  type LiveState,
  CLINICAL_ROLES,
} from '@tumor-board/shared';
import { Roles } from '../../common/access/access.decorators.js';
import { Auth, type Authenticated } from '../../common/access/current-user.decorator.js';
import { ApiDoc, ValidBody, ValidParams } from '../../common/openapi/api-decorators.js';
import { LiveService } from './live.service.js';

@Controller('meetings/:id/live')
@Roles(...CLINICAL_ROLES)
export class LiveController {
  constructor(@Inject(LiveService) private readonly live: LiveService) {}

  @Get()
  @ApiDoc({
    summary: 'Everything the meeting room shows, for every case on the agenda, in one answer',
    tags: ['live'],
    response: liveRoomSchema,
  })
  room(@ValidParams(idParamsSchema) p: { id: string }): Promise<LiveRoom> {
    return this.live.room(p.id);
  }

  @Get('state')
  @ApiDoc({
    summary: 'The live state (current case, timer, presenter, outcomes)',
    tags: ['live'],
    response: liveStateSchema,
  })
  state(@ValidParams(idParamsSchema) p: { id: string }): Promise<LiveState> {
    return this.live.state(p.id);
  }

  @Post('commands')
  @HttpCode(200)
  @ApiDoc({
    summary:
      'Drive the meeting (chair, coordinator or presenter): start, next, previous, goto, timer, mark discussed/deferred, end',
    tags: ['live'],
    status: 200,
    response: liveStateSchema,
  })
  command(
    @ValidParams(idParamsSchema) p: { id: string },
    @ValidBody(liveCommandSchema) body: LiveCommand,
    @Auth() auth: Authenticated,
  ): Promise<LiveState> {
    return this.live.command(p.id, body, auth);
  }
}
