import { Module } from '@nestjs/common';
import { ClinicalRecordModule } from '../cases/cases.module.js';
import { FollowUpController } from '../follow-up/follow-up.controller.js';
import { FollowUpService } from '../follow-up/follow-up.service.js';
import { RecommendationsController } from '../recommendations/recommendations.controller.js';
import { RecommendationsService } from '../recommendations/recommendations.service.js';
import { DecisionsController } from './decisions.controller.js';
import { DecisionsService } from './decisions.service.js';
import { LetterService } from './letter.service.js';

/** What the board produces: discipline recommendations, the signed decision, and its follow-up. */
@Module({
  imports: [ClinicalRecordModule],
  controllers: [RecommendationsController, DecisionsController, FollowUpController],
  providers: [RecommendationsService, DecisionsService, LetterService, FollowUpService],
  exports: [DecisionsService],
})
export class DecisionsModule {}
