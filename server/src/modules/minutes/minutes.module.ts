import { Module } from '@nestjs/common';
import { DecisionsModule } from '../decisions/decisions.module.js';
import { MinutesController } from './minutes.controller.js';
import { MinutesService } from './minutes.service.js';

/** Meeting minutes (JSON for the printable page, and PDF). */
@Module({
  imports: [DecisionsModule],
  controllers: [MinutesController],
  providers: [MinutesService],
})
export class MinutesModule {}
