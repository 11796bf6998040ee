import { Controller, Delete, Get, HttpCode, Inject, Patch, Post } from '@nestjs/common';
import { z } from 'zod';
import {
  caseIdParamsSchema,
  childIdParamsSchema,
  assessmentCreateSchema,
  assessmentSchema,
  assessmentUpdateSchema,
  versionQuerySchema,
  type AssessmentCreate,
  type Assessment,
  type AssessmentUpdate,
  CASE_ROLES,
} from '@tumor-board/shared';
import { Roles } from '../../common/access/access.decorators.js';
import { Auth, type Authenticated } from '../../common/access/current-user.decorator.js';
import { ApiDoc, ValidBody, ValidParams, ValidQuery } from '../../common/openapi/api-decorators.js';
import { Idempotent } from '../../common/idempotency/idempotent.decorator.js';
import { AssessmentsService } from './assessments.service.js';

@Controller('cases/:caseId/assessments')
@Roles(...CASE_ROLES)
export class AssessmentsController {
  constructor(@Inject(AssessmentsService) private readonly assessments: AssessmentsService) {}

  @Get()
  @ApiDoc({
    summary: 'The case’s dated assessments',
    tags: ['assessments'],
    response: z.object({ items: z.array(assessmentSchema) }),
  })
  list(@ValidParams(caseIdParamsSchema) p: { caseId: string }, @Auth() auth: Authenticated) {
    return this.assessments.list(p.caseId, auth);
  }

  @Post()
  @Idempotent()
  @ApiDoc({
    summary: 'Record an assessment (ECOG and/or Karnofsky as measured, pain, neurology, labs)',
    tags: ['assessments'],
    response: assessmentSchema,
  })
  create(
    @ValidParams(caseIdParamsSchema) p: { caseId: string },
    @ValidBody(assessmentCreateSchema) body: AssessmentCreate,
    @Auth() auth: Authenticated,
  ): Promise<Assessment> {
    return this.assessments.create(p.caseId, body, auth);
  }

  @Patch(':id')
  @ApiDoc({
    summary: 'Correct an assessment (send the version you read; 409 if stale)',
    tags: ['assessments'],
    response: assessmentSchema,
  })
  update(
    @ValidParams(childIdParamsSchema) p: { caseId: string; id: string },
    @ValidBody(assessmentUpdateSchema) body: AssessmentUpdate,
    @Auth() auth: Authenticated,
  ): Promise<Assessment> {
    return this.assessments.update(p.caseId, p.id, body, auth);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiDoc({ summary: 'Remove an assessment (`?version=` you read)', tags: ['assessments'], status: 204 })
  remove(
    @ValidParams(childIdParamsSchema) p: { caseId: string; id: string },
    @ValidQuery(versionQuerySchema) q: { version: number },
    @Auth() auth: Authenticated,
  ): Promise<void> {
    return this.assessments.remove(p.caseId, p.id, q.version, auth);
  }
}
