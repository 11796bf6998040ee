import { Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { z } from 'zod';
import { SCORE_TOOLS, type ScoreResult, type ScoreTool } from '@tumor-board/shared';
import { Public } from '../../common/access/access.decorators.js';
import { ApiDoc, ValidBody, ValidParams } from '../../common/openapi/api-decorators.js';
import { RateLimit } from '../../common/rate-limit/rate-limit.js';
import { ScoresService } from './scores.service.js';

const toolParamsSchema = z.strictObject({ tool: z.enum(SCORE_TOOLS) });
// The components are checked by the calculator itself, which names every offending one.
const scoreInputSchema = z.record(z.string(), z.unknown());

/** Calculators hold no patient data, so they answer without sign-in (rate limited per address). */
@Controller('scores')
export class ScoresController {
  constructor(@Inject(ScoresService) private readonly scores: ScoresService) {}

  @Post(':tool')
  @HttpCode(200)
  @Public()
  @RateLimit({ limit: 120, windowMs: 60_000 })
  @ApiDoc({
    summary: 'Compute a score (sins, mirels, bilsky, tokuhashi, tomita, noms) from its components',
    tags: ['scores'],
    status: 200,
  })
  calculate(
    @ValidParams(toolParamsSchema) params: { tool: ScoreTool },
    @ValidBody(scoreInputSchema) body: Record<string, unknown>,
  ): ScoreResult {
    return this.scores.calculate(params.tool, body);
  }
}
