import { Injectable } from '@nestjs/common';
import { calculateScore, ScoreInputError, WHOLE_INPUT, type ScoreResult, type ScoreTool } from '@tumor-board/shared';
import { badRequest } from '../../common/problem/problem.exception.js';

/** The shared calculators behind HTTP: a bad component becomes a 400 naming each one. */
@Injectable()
export class ScoresService {
  calculate(tool: ScoreTool, input: unknown): ScoreResult {
    try {
      return calculateScore(tool, input);
    } catch (error) {
      if (error instanceof ScoreInputError) {
        throw badRequest(
          `The ${tool} components are incomplete or invalid.`,
          error.issues.map((i) => ({
            path: i.component === WHOLE_INPUT ? 'body' : `body.${i.component}`,
            message: i.message,
          })),
        );
      }
      throw error;
    }
  }
}
