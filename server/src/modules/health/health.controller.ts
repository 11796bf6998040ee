import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { healthSchema, readinessSchema, type Health, type Readiness } from '@tumor-board/shared';
import { Public } from '../../common/access/access.decorators.js';
import { ApiDoc } from '../../common/openapi/api-decorators.js';
import { HealthService } from './health.service.js';

@Public()
@Controller('health')
export class HealthController {
  constructor(@Inject(HealthService) private readonly health: HealthService) {}

  @Get()
  @ApiDoc({ summary: 'Liveness: the process answers', tags: ['health'], response: healthSchema })
  liveness(): Health {
    return this.health.liveness();
  }

  @Get('ready')
  @ApiDoc({
    summary: 'Readiness: database reachable and migrations applied (503 otherwise)',
    tags: ['health'],
    response: readinessSchema,
  })
  async readiness(@Res({ passthrough: true }) res: Response): Promise<Readiness> {
    const readiness = await this.health.readiness();
    if (readiness.status !== 'ready') res.status(503);
    return readiness;
  }
}
