import { Controller, Delete, Get, HttpCode, Inject, Patch, Post } from '@nestjs/common';
import { z } from 'zod';
import {
  caseIdParamsSchema,
  childIdParamsSchema,
  lesionCreateSchema,
  lesionSchema,
  lesionUpdateSchema,
  versionQuerySchema,
  type LesionCreate,
  type LesionUpdate,
  CASE_ROLES,
} from '@tumor-board/shared';
import { Roles } from '../../common/access/access.decorators.js';
import { Auth, type Authenticated } from '../../common/access/current-user.decorator.js';
import { ApiDoc, ValidBody, ValidParams, ValidQuery } from '../../common/openapi/api-decorators.js';
import { Idempotent } from '../../common/idempotency/idempotent.decorator.js';
import type { LesionWithScores } from './lesion.mapper.js';
import { LesionsService } from './lesions.service.js';

const lesionViewSchema = lesionSchema.extend({ scores: z.record(z.string(), z.unknown()) });

@Controller('cases/:caseId/lesions')
@Roles(...CASE_ROLES)
export class LesionsController {
  constructor(@Inject(LesionsService) private readonly lesions: LesionsService) {}

  @Get()
  @ApiDoc({
    summary: 'The case’s lesions with their computed scores',
    tags: ['lesions'],
    response: z.object({ items: z.array(lesionViewSchema) }),
  })
  list(@ValidParams(caseIdParamsSchema) p: { caseId: string }, @Auth() auth: Authenticated) {
    return this.lesions.list(p.caseId, auth);
  }

  @Post()
  @Idempotent()
  @ApiDoc({
    summary: 'Add a lesion; its scores are computed from its fields',
    tags: ['lesions'],
    response: lesionViewSchema,
  })
  create(
    @ValidParams(caseIdParamsSchema) p: { caseId: string },
    @ValidBody(lesionCreateSchema) body: LesionCreate,
    @Auth() auth: Authenticated,
  ): Promise<LesionWithScores> {
    return this.lesions.create(p.caseId, body, auth);
  }

  @Patch(':id')
  @ApiDoc({
    summary: 'Edit a lesion (send the version you read; 409 if stale)',
    tags: ['lesions'],
    response: lesionViewSchema,
  })
  update(
    @ValidParams(childIdParamsSchema) p: { caseId: string; id: string },
    @ValidBody(lesionUpdateSchema) body: LesionUpdate,
    @Auth() auth: Authenticated,
  ): Promise<LesionWithScores> {
    return this.lesions.update(p.caseId, p.id, body, auth);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiDoc({ summary: 'Remove a lesion (`?version=` you read)', tags: ['lesions'], status: 204 })
  remove(
    @ValidParams(childIdParamsSchema) p: { caseId: string; id: string },
    @ValidQuery(versionQuerySchema) q: { version: number },
    @Auth() auth: Authenticated,
  ): Promise<void> {
    return this.lesions.remove(p.caseId, p.id, q.version, auth);
  }
}
