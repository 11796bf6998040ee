import { Controller, Get, Inject, Patch, Post } from '@nestjs/common';
import {
  caseIdParamsSchema,
  childIdParamsSchema,
  recommendationCreateSchema,
  recommendationListSchema,
  recommendationSchema,
  recommendationUpdateSchema,
  type Recommendation,
  type RecommendationCreate,
  type RecommendationList,
  type RecommendationUpdate,
  CASE_ROLES,
  RECOMMENDING_ROLES,
} from '@tumor-board/shared';
import { Roles } from '../../common/access/access.decorators.js';
import { Auth, type Authenticated } from '../../common/access/current-user.decorator.js';
import { ApiDoc, ValidBody, ValidParams } from '../../common/openapi/api-decorators.js';
import { Idempotent } from '../../common/idempotency/idempotent.decorator.js';
import { RecommendationsService } from './recommendations.service.js';

@Controller('cases/:caseId/recommendations')
export class RecommendationsController {
  constructor(@Inject(RecommendationsService) private readonly recommendations: RecommendationsService) {}

  @Get()
  @Roles(...CASE_ROLES)
  @ApiDoc({
    summary: 'Every discipline’s recommendation on the case',
    tags: ['recommendations'],
    response: recommendationListSchema,
  })
  list(
    @ValidParams(caseIdParamsSchema) p: { caseId: string },
    @Auth() auth: Authenticated,
  ): Promise<RecommendationList> {
    return this.recommendations.list(p.caseId, auth);
  }

  @Post()
  @Idempotent()
  @Roles(...RECOMMENDING_ROLES)
  @ApiDoc({
    summary: 'Write your discipline’s recommendation (items get safety warnings)',
    tags: ['recommendations'],
    response: recommendationSchema,
  })
  create(
    @ValidParams(caseIdParamsSchema) p: { caseId: string },
    @ValidBody(recommendationCreateSchema) body: RecommendationCreate,
    @Auth() auth: Authenticated,
  ): Promise<Recommendation> {
    return this.recommendations.create(p.caseId, body, auth);
  }

  @Patch(':id')
  @Roles(...RECOMMENDING_ROLES)
  @ApiDoc({
    summary: 'Edit, propose or withdraw your discipline’s recommendation (version required)',
    tags: ['recommendations'],
    response: recommendationSchema,
  })
  update(
    @ValidParams(childIdParamsSchema) p: { caseId: string; id: string },
    @ValidBody(recommendationUpdateSchema) body: RecommendationUpdate,
    @Auth() auth: Authenticated,
  ): Promise<Recommendation> {
    return this.recommendations.update(p.caseId, p.id, body, auth);
  }
}
