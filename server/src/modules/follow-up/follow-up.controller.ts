import { Controller, Get, HttpCode, Inject, Post, Put } from '@nestjs/common';
import { z } from 'zod';
import {
  caseOutcomeRequestSchema,
  followUpSchema,
  idParamsSchema,
  inboxSchema,
  itemOutcomeRequestSchema,
  overdueListSchema,
  type CaseOutcomeRequest,
  type FollowUp,
  type Inbox,
  type ItemOutcomeRequest,
  type OverdueList,
  CASE_ROLES,
} from '@tumor-board/shared';
import { Roles } from '../../common/access/access.decorators.js';
import { Auth, type Authenticated } from '../../common/access/current-user.decorator.js';
import { ApiDoc, ValidBody, ValidParams } from '../../common/openapi/api-decorators.js';
import { Idempotent } from '../../common/idempotency/idempotent.decorator.js';
import { FollowUpService } from './follow-up.service.js';

const itemParamsSchema = z.strictObject({ id: z.uuid('must be a UUID'), itemId: z.uuid('must be a UUID') });

@Controller()
export class FollowUpController {
  constructor(@Inject(FollowUpService) private readonly followUp: FollowUpService) {}

  @Get('inbox')
  @Roles(...CASE_ROLES)
  @ApiDoc({
    summary: 'Signed decisions for the patients you referred, newest first, unread marked',
    tags: ['follow-up'],
    response: inboxSchema,
  })
  inbox(@Auth() auth: Authenticated): Promise<Inbox> {
    return this.followUp.inbox(auth);
  }

  @Get('decisions/:id/follow-up')
  @Roles(...CASE_ROLES)
  @ApiDoc({
    summary: 'Acknowledgement, item outcomes and 30/90-day outcomes of a signed decision',
    tags: ['follow-up'],
    response: followUpSchema,
  })
  get(@ValidParams(idParamsSchema) p: { id: string }, @Auth() auth: Authenticated): Promise<FollowUp> {
    return this.followUp.followUp(p.id, auth);
  }

  @Post('decisions/:id/acknowledge')
  @Idempotent()
  @HttpCode(200)
  @Roles(...CASE_ROLES)
  @ApiDoc({
    summary: 'The referring oncologist acknowledges the decision',
    tags: ['follow-up'],
    status: 200,
    response: followUpSchema,
  })
  acknowledge(@ValidParams(idParamsSchema) p: { id: string }, @Auth() auth: Authenticated): Promise<FollowUp> {
    return this.followUp.acknowledge(p.id, auth);
  }

  @Put('decisions/:id/items/:itemId/outcome')
  @Roles(...CASE_ROLES)
  @ApiDoc({
    summary: 'Record whether an item was done, modified or not done (with why) and when',
    tags: ['follow-up'],
    response: followUpSchema,
  })
  itemOutcome(
    @ValidParams(itemParamsSchema) p: { id: string; itemId: string },
    @ValidBody(itemOutcomeRequestSchema) body: ItemOutcomeRequest,
    @Auth() auth: Authenticated,
  ): Promise<FollowUp> {
    return this.followUp.recordItemOutcome(p.id, p.itemId, body, auth);
  }

  @Put('decisions/:id/outcomes')
  @Roles(...CASE_ROLES)
  @ApiDoc({
    summary: 'Record the outcome at 30 or 90 days (pain response, skeletal-related events, neurology)',
    tags: ['follow-up'],
    response: followUpSchema,
  })
  outcome(
    @ValidParams(idParamsSchema) p: { id: string },
    @ValidBody(caseOutcomeRequestSchema) body: CaseOutcomeRequest,
    @Auth() auth: Authenticated,
  ): Promise<FollowUp> {
    return this.followUp.recordOutcome(p.id, body, auth);
  }

  @Get('follow-up/overdue')
  @Roles('coordinator', 'chair')
  @ApiDoc({
    summary: 'Decision items past their due date with nothing recorded',
    tags: ['follow-up'],
    response: overdueListSchema,
  })
  overdue(): Promise<OverdueList> {
    return this.followUp.overdue();
  }
}
