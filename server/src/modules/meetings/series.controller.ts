import { Controller, Get, Header, Inject, Patch, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { z } from 'zod';
import {
  idParamsSchema,
  meetingSeriesCreateSchema,
  meetingSeriesSchema,
  meetingSeriesUpdateSchema,
  type MeetingSeriesCreate,
  type MeetingSeriesUpdate,
  type MeetingSeriesView,
  CLINICAL_ROLES,
} from '@tumor-board/shared';
import { Public, Roles } from '../../common/access/access.decorators.js';
import { ApiDoc, ValidBody, ValidParams, ValidQuery } from '../../common/openapi/api-decorators.js';
import { Idempotent } from '../../common/idempotency/idempotent.decorator.js';
import { RateLimit } from '../../common/rate-limit/rate-limit.js';
import { APP_CONFIG } from '../../core.module.js';
import type { AppConfig } from '../../config/config.js';
import { SeriesService } from './series.service.js';

const feedQuerySchema = z.strictObject({ token: z.string().min(16).max(100) });

@Controller('meeting-series')
@Roles(...CLINICAL_ROLES)
export class SeriesController {
  constructor(
    @Inject(SeriesService) private readonly series: SeriesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiDoc({
    summary: 'Meeting series',
    tags: ['meetings'],
    response: z.object({ items: z.array(meetingSeriesSchema) }),
  })
  list(): Promise<{ items: MeetingSeriesView[] }> {
    return this.series.list();
  }

  @Post()
  @Idempotent()
  @Roles('coordinator', 'chair')
  @ApiDoc({
    summary: 'Create a series (RFC 5545 rule in an IANA zone); occurrences are generated ahead',
    tags: ['meetings'],
    response: meetingSeriesSchema,
  })
  create(@ValidBody(meetingSeriesCreateSchema) body: MeetingSeriesCreate): Promise<MeetingSeriesView> {
    return this.series.create(body);
  }

  @Patch(':id')
  @Roles('coordinator', 'chair')
  @ApiDoc({
    summary: 'Change a series (version required); empty future occurrences follow the new rule',
    tags: ['meetings'],
    response: meetingSeriesSchema,
  })
  update(
    @ValidParams(idParamsSchema) p: { id: string },
    @ValidBody(meetingSeriesUpdateSchema) body: MeetingSeriesUpdate,
  ): Promise<MeetingSeriesView> {
    return this.series.update(p.id, body);
  }

  @Get(':id/feed-url')
  @ApiDoc({
    summary: 'The secret address of the series’ calendar feed, to subscribe to',
    tags: ['meetings'],
    response: z.object({ url: z.string() }),
  })
  feedUrl(@ValidParams(idParamsSchema) p: { id: string }, @Req() req: Request): Promise<{ url: string }> {
    return this.series.feedUrl(p.id, this.config.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`);
  }

  @Get(':id/feed.ics')
  @Public()
  @RateLimit({ limit: 60, windowMs: 60_000 })
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @ApiDoc({
    summary: 'Subscribable calendar feed (secret token; titles, times and places only, no patient data)',
    tags: ['meetings'],
  })
  feed(
    @ValidParams(idParamsSchema) p: { id: string },
    @ValidQuery(feedQuerySchema) q: { token: string },
  ): Promise<string> {
    return this.series.feed(p.id, q.token);
  }
}
