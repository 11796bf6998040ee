import { Controller, Delete, Get, HttpCode, Inject, Patch, Post } from '@nestjs/common';
import { z } from 'zod';
import {
  caseIdParamsSchema,
  childIdParamsSchema,
  imagingSummaryCreateSchema,
  imagingSummarySchema,
  imagingSummaryUpdateSchema,
  versionQuerySchema,
  type ImagingSummary,
  type ImagingSummaryCreate,
  type ImagingSummaryUpdate,
  CASE_ROLES,
  IMAGING_AUTHOR_ROLES,
} from '@tumor-board/shared';
import { Roles } from '../../common/access/access.decorators.js';
import { Auth, type Authenticated } from '../../common/access/current-user.decorator.js';
import { ApiDoc, ValidBody, ValidParams, ValidQuery } from '../../common/openapi/api-decorators.js';
import { Idempotent } from '../../common/idempotency/idempotent.decorator.js';
import { ImagingService } from './imaging.service.js';

/** Written by radiologists, read by everyone on the case. */
@Controller('cases/:caseId/imaging')
export class ImagingController {
  constructor(@Inject(ImagingService) private readonly imaging: ImagingService) {}

  @Get()
  @Roles(...CASE_ROLES)
  @ApiDoc({
    summary: 'The case’s imaging summaries, newest first',
    tags: ['imaging'],
    response: z.object({ items: z.array(imagingSummarySchema) }),
  })
  list(@ValidParams(caseIdParamsSchema) p: { caseId: string }, @Auth() auth: Authenticated) {
    return this.imaging.list(p.caseId, auth);
  }

  @Post()
  @Idempotent()
  @Roles(...IMAGING_AUTHOR_ROLES)
  @ApiDoc({ summary: 'Write an imaging summary (radiologists)', tags: ['imaging'], response: imagingSummarySchema })
  create(
    @ValidParams(caseIdParamsSchema) p: { caseId: string },
    @ValidBody(imagingSummaryCreateSchema) body: ImagingSummaryCreate,
    @Auth() auth: Authenticated,
  ): Promise<ImagingSummary> {
    return this.imaging.create(p.caseId, body, auth);
  }

  @Patch(':id')
  @Roles(...IMAGING_AUTHOR_ROLES)
  @ApiDoc({
    summary: 'Edit an imaging summary (send the version you read; 409 if stale)',
    tags: ['imaging'],
    response: imagingSummarySchema,
  })
  update(
    @ValidParams(childIdParamsSchema) p: { caseId: string; id: string },
    @ValidBody(imagingSummaryUpdateSchema) body: ImagingSummaryUpdate,
    @Auth() auth: Authenticated,
  ): Promise<ImagingSummary> {
    return this.imaging.update(p.caseId, p.id, body, auth);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(...IMAGING_AUTHOR_ROLES)
  @ApiDoc({ summary: 'Remove an imaging summary (`?version=` you read)', tags: ['imaging'], status: 204 })
  remove(
    @ValidParams(childIdParamsSchema) p: { caseId: string; id: string },
    @ValidQuery(versionQuerySchema) q: { version: number },
    @Auth() auth: Authenticated,
  ): Promise<void> {
    return this.imaging.remove(p.caseId, p.id, q.version, auth);
  }
}
