import { Module } from '@nestjs/common';
import { QualityController } from './quality.controller.js';
import { QualityService } from './quality.service.js';

/** The board's quality dashboard: aggregate figures computed in SQL, as JSON and CSV. */
@Module({
  controllers: [QualityController],
  providers: [QualityService],
})
export class QualityModule {}
