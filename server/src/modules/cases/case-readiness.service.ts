import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { assessCaseReadiness, type CaseReadiness } from '@tumor-board/shared';
import { CLOCK, type Clock } from '../../common/clock.js';
import { todayIso } from '../../common/time/today.js';
import { Assessment } from '../assessments/assessment.entity.js';
import { ImagingSummary } from '../imaging/imaging-summary.entity.js';
import { Lesion } from '../lesions/lesion.entity.js';
import type { BoardCase } from './board-case.entity.js';

/** Runs the shared readiness rules on a case's stored record. */
@Injectable()
export class CaseReadinessService {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  async assess(manager: EntityManager, boardCase: BoardCase): Promise<CaseReadiness> {
    const [assessments, lesions, imaging] = await Promise.all([
      manager.find(Assessment, { where: { caseId: boardCase.id } }),
      manager.find(Lesion, {
        where: { caseId: boardCase.id },
        select: { id: true, site: true, laterality: true, scores: true },
      }),
      manager.find(ImagingSummary, { where: { caseId: boardCase.id }, select: { id: true, performedOn: true } }),
    ]);
    return assessCaseReadiness({ case: boardCase, assessments, lesions, imaging }, todayIso(this.clock));
  }
}
