import { Controller, Get, Header, HttpCode, Inject, Patch, Post, StreamableFile } from '@nestjs/common';
import {
  amendDecisionSchema,
  caseIdParamsSchema,
  childIdParamsSchema,
  decisionCreateSchema,
  decisionListSchema,
  decisionSchema,
  decisionUpdateSchema,
  signDecisionSchema,
  type Decision,
  type DecisionCreate,
  type DecisionList,
  type DecisionUpdate,
  CASE_ROLES,
  CLINICAL_ROLES,
} from '@tumor-board/shared';
import { Roles } from '../../common/access/access.decorators.js';
import { Auth, type Authenticated } from '../../common/access/current-user.decorator.js';
import { ApiDoc, ValidBody, ValidParams } from '../../common/openapi/api-decorators.js';
import { Idempotent } from '../../common/idempotency/idempotent.decorator.js';
import { DecisionsService } from './decisions.service.js';
import { LetterService } from './letter.service.js';

type Params = { caseId: string; id: string };

@Controller('cases/:caseId/decisions')
export class DecisionsController {
  constructor(
    @Inject(DecisionsService) private readonly decisions: DecisionsService,
    @Inject(LetterService) private readonly letters: LetterService,
  ) {}

  @Get()
  @Roles(...CASE_ROLES)
  @ApiDoc({
    summary: 'The case’s decisions, newest version first (amended ones kept)',
    tags: ['decisions'],
    response: decisionListSchema,
  })
  list(@ValidParams(caseIdParamsSchema) p: { caseId: string }, @Auth() auth: Authenticated): Promise<DecisionList> {
    return this.decisions.list(p.caseId, auth);
  }

  @Post()
  @Idempotent()
  @Roles(...CLINICAL_ROLES)
  @ApiDoc({ summary: 'Open the draft decision for the case', tags: ['decisions'], response: decisionSchema })
  create(
    @ValidParams(caseIdParamsSchema) p: { caseId: string },
    @ValidBody(decisionCreateSchema) body: DecisionCreate,
    @Auth() auth: Authenticated,
  ): Promise<Decision> {
    return this.decisions.create(p.caseId, body, auth);
  }

  @Patch(':id')
  @Roles(...CLINICAL_ROLES)
  @ApiDoc({
    summary: 'Edit the draft decision (send the version you read; 409 with the current draft if stale)',
    tags: ['decisions'],
    response: decisionSchema,
  })
  update(
    @ValidParams(childIdParamsSchema) p: Params,
    @ValidBody(decisionUpdateSchema) body: DecisionUpdate,
    @Auth() auth: Authenticated,
  ): Promise<Decision> {
    return this.decisions.update(p.caseId, p.id, body, auth);
  }

  @Post(':id/sign')
  @HttpCode(200)
  @Roles('chair')
  @ApiDoc({
    summary: 'Sign the decision (chair): immutable from now on; the case becomes decided',
    tags: ['decisions'],
    status: 200,
    response: decisionSchema,
  })
  sign(
    @ValidParams(childIdParamsSchema) p: Params,
    @ValidBody(signDecisionSchema) body: { version: number },
    @Auth() auth: Authenticated,
  ): Promise<Decision> {
    return this.decisions.sign(p.caseId, p.id, body.version, auth);
  }

  @Post(':id/amendments')
  @Idempotent()
  @Roles('chair')
  @ApiDoc({
    summary: 'Amend a signed decision: a new draft that supersedes it once signed',
    tags: ['decisions'],
    response: decisionSchema,
  })
  amend(
    @ValidParams(childIdParamsSchema) p: Params,
    @ValidBody(amendDecisionSchema) body: { reason: string },
    @Auth() auth: Authenticated,
  ): Promise<Decision> {
    return this.decisions.amend(p.caseId, p.id, body.reason, auth);
  }

  @Get(':id/letter')
  @Roles(...CASE_ROLES)
  @Header('Content-Type', 'application/pdf')
  @Header('Content-Disposition', 'attachment; filename="tumor-board-letter.pdf"')
  @ApiDoc({ summary: 'The letter to the referring oncologist (PDF; audited export)', tags: ['decisions'] })
  async letter(@ValidParams(childIdParamsSchema) p: Params, @Auth() auth: Authenticated): Promise<StreamableFile> {
    return new StreamableFile(await this.letters.letter(p.caseId, p.id, auth));
  }
}
