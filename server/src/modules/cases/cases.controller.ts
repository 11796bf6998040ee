import { Controller, Get, HttpCode, Inject, Patch, Post } from '@nestjs/common';
import {
  caseCreateSchema,
  caseDetailSchema,
  caseHistorySchema,
  caseIdParamsSchema,
  caseSchema,
  caseTransitionRequestSchema,
  caseUpdateSchema,
  worklistPageSchema,
  worklistQuerySchema,
  type Case,
  type CaseCreate,
  type CaseDetail,
  type CaseHistory,
  type CaseTransitionRequest,
  type CaseUpdate,
  type WorklistPage,
  type WorklistQuery,
  CASE_ROLES,
} from '@tumor-board/shared';
import { Roles } from '../../common/access/access.decorators.js';
import { Auth, type Authenticated } from '../../common/access/current-user.decorator.js';
import { ApiDoc, ValidBody, ValidParams, ValidQuery } from '../../common/openapi/api-decorators.js';
import { Idempotent } from '../../common/idempotency/idempotent.decorator.js';
import { CasesService } from './cases.service.js';
import { WorklistService } from './worklist.service.js';

type CaseParams = { caseId: string };

@Controller('cases')
@Roles(...CASE_ROLES)
export class CasesController {
  constructor(
    @Inject(CasesService) private readonly cases: CasesService,
    @Inject(WorklistService) private readonly worklist: WorklistService,
  ) {}

  @Get()
  @ApiDoc({
    summary: 'Worklist: search, filter and sort cases (keyset pages)',
    tags: ['cases'],
    response: worklistPageSchema,
  })
  search(@ValidQuery(worklistQuerySchema) query: WorklistQuery, @Auth() auth: Authenticated): Promise<WorklistPage> {
    return this.worklist.search(query, auth);
  }

  @Post()
  @Idempotent()
  @ApiDoc({ summary: 'Refer a patient: create a draft case', tags: ['cases'], response: caseSchema })
  create(@ValidBody(caseCreateSchema) body: CaseCreate, @Auth() auth: Authenticated): Promise<Case> {
    return this.cases.create(body, auth);
  }

  @Get(':caseId')
  @ApiDoc({
    summary: 'A case with its patient, people, readiness and allowed moves',
    tags: ['cases'],
    response: caseDetailSchema,
  })
  detail(@ValidParams(caseIdParamsSchema) params: CaseParams, @Auth() auth: Authenticated): Promise<CaseDetail> {
    return this.cases.detail(params.caseId, auth);
  }

  @Patch(':caseId')
  @ApiDoc({ summary: 'Edit a case (send the version you read; 409 if stale)', tags: ['cases'], response: caseSchema })
  update(
    @ValidParams(caseIdParamsSchema) params: CaseParams,
    @ValidBody(caseUpdateSchema) body: CaseUpdate,
    @Auth() auth: Authenticated,
  ): Promise<Case> {
    return this.cases.update(params.caseId, body, auth);
  }

  @Post(':caseId/transitions')
  @HttpCode(200)
  @ApiDoc({
    summary: 'Move a case through the workflow (422 names the allowed moves or the missing items)',
    tags: ['cases'],
    status: 200,
    response: caseDetailSchema,
  })
  transition(
    @ValidParams(caseIdParamsSchema) params: CaseParams,
    @ValidBody(caseTransitionRequestSchema) body: CaseTransitionRequest,
    @Auth() auth: Authenticated,
  ): Promise<CaseDetail> {
    return this.cases.transition(params.caseId, body, auth);
  }

  @Get(':caseId/history')
  @ApiDoc({ summary: 'The case’s status history', tags: ['cases'], response: caseHistorySchema })
  history(@ValidParams(caseIdParamsSchema) params: CaseParams, @Auth() auth: Authenticated): Promise<CaseHistory> {
    return this.cases.history(params.caseId, auth);
  }
}
