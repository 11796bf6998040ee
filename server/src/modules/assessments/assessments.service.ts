import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import {
  assessmentRuleIssues,
  type Assessment as AssessmentView,
  type AssessmentCreate,
  type AssessmentUpdate,
} from '@tumor-board/shared';
import { AuditService } from '../audit/audit.service.js';
import type { BoardCase } from '../cases/board-case.entity.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { CaseChildService } from '../cases/case-child.service.js';
import { rescoreCase } from '../lesions/lesion-scoring.js';
import { Assessment } from './assessment.entity.js';
import { toAssessmentView } from './assessment.mapper.js';

/** Dated assessments. Lesion scores read the latest neurology and ECOG, so a change rescores them. */
@Injectable()
export class AssessmentsService extends CaseChildService<
  Assessment,
  AssessmentView,
  AssessmentCreate,
  AssessmentUpdate
> {
  protected readonly entity = Assessment;
  protected readonly noun = 'assessment';

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(CaseAccessService) access: CaseAccessService,
    @Inject(AuditService) audit: AuditService,
  ) {
    super(dataSource, access, audit);
  }

  protected toView(entity: Assessment) {
    return toAssessmentView(entity);
  }

  protected order() {
    return { assessedOn: 'ASC' as const, createdAt: 'ASC' as const };
  }

  protected build(
    _manager: EntityManager,
    _boardCase: BoardCase,
    input: AssessmentCreate,
  ): Promise<QueryDeepPartialEntity<Assessment>> {
    return Promise.resolve({
      assessedOn: input.assessedOn,
      ecog: input.ecog ?? null,
      karnofsky: input.karnofsky ?? null,
      painNrs: input.painNrs ?? null,
      greatestPainSource: input.greatestPainSource ?? null,
      neurology: input.neurology ?? null,
      correctedCalciumMmolL: input.correctedCalciumMmolL ?? null,
      creatinineClearanceMlMin: input.creatinineClearanceMlMin ?? null,
    });
  }

  protected derive(
    _manager: EntityManager,
    _boardCase: BoardCase,
    merged: Assessment,
  ): Promise<QueryDeepPartialEntity<Assessment>> {
    this.rejectIfBroken(assessmentRuleIssues(merged));
    return Promise.resolve({});
  }

  protected override afterChange(manager: EntityManager, boardCase: BoardCase): Promise<void> {
    return rescoreCase(manager, boardCase);
  }
}
