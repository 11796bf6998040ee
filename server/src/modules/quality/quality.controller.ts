import { Controller, Get, Header, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  QUALITY_ROLES,
  qualityQuerySchema,
  qualityReportSchema,
  type QualityQuery,
  type QualityReport,
} from '@tumor-board/shared';
import { Roles } from '../../common/access/access.decorators.js';
import { ApiDoc, ValidQuery } from '../../common/openapi/api-decorators.js';
import { QualityService } from './quality.service.js';

@Controller('quality')
@Roles(...QUALITY_ROLES)
export class QualityController {
  constructor(@Inject(QualityService) private readonly quality: QualityService) {}

  @Get()
  @ApiDoc({
    summary:
      'Quality figures for a period (UTC days, both included) and optionally one series: referrals, discussions, deferrals and why, completeness when scheduled, quorum, decision → letter, item outcomes, 30/90-day outcomes, time to decision by urgency (aggregates only, audited)',
    tags: ['quality'],
    response: qualityReportSchema,
  })
  report(@ValidQuery(qualityQuerySchema) query: QualityQuery): Promise<QualityReport> {
    return this.quality.report(query);
  }

  @Get('export.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiDoc({ summary: 'The same figures as CSV, one per line (audited export)', tags: ['quality'] })
  async csv(
    @ValidQuery(qualityQuerySchema) query: QualityQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const csv = await this.quality.csv(query);
    // The dates are validated (YYYY-MM-DD), so they are safe in the header.
    res.setHeader('Content-Disposition', `attachment; filename="quality-${query.from}-to-${query.to}.csv"`);
    return csv;
  }
}
