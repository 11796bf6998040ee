import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { lesionRuleIssues, type LesionCreate, type LesionUpdate } from '@tumor-board/shared';
import { AuditService } from '../audit/audit.service.js';
import type { BoardCase } from '../cases/board-case.entity.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { CaseChildService } from '../cases/case-child.service.js';
import { Lesion } from './lesion.entity.js';
import { toLesionView, type LesionWithScores } from './lesion.mapper.js';
import { scoreContext, scoreLesion } from './lesion-scoring.js';

/** Lesions: each write recomputes the lesion's scores from its fields (never sent by the client). */
@Injectable()
export class LesionsService extends CaseChildService<Lesion, LesionWithScores, LesionCreate, LesionUpdate> {
  protected readonly entity = Lesion;
  protected readonly noun = 'lesion';

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(CaseAccessService) access: CaseAccessService,
    @Inject(AuditService) audit: AuditService,
  ) {
    super(dataSource, access, audit);
  }

  protected toView(entity: Lesion) {
    return toLesionView(entity);
  }

  protected order() {
    return { createdAt: 'ASC' as const };
  }

  protected async build(
    manager: EntityManager,
    boardCase: BoardCase,
    input: LesionCreate,
  ): Promise<QueryDeepPartialEntity<Lesion>> {
    const lesion = {
      site: input.site,
      laterality: input.laterality,
      type: input.type ?? null,
      sizeMm: input.sizeMm ?? null,
      fracturePresent: input.fracturePresent ?? null,
      epiduralExtension: input.epiduralExtension ?? null,
      sinsInput: input.sinsInput ?? null,
      mirelsInput: input.mirelsInput ?? null,
      bilskyGrade: input.bilskyGrade ?? null,
      notes: input.notes ?? null,
    };
    const scores = scoreLesion(lesion, await scoreContext(manager, boardCase));
    return { ...lesion, scores };
  }

  protected async derive(
    manager: EntityManager,
    boardCase: BoardCase,
    merged: Lesion,
  ): Promise<QueryDeepPartialEntity<Lesion>> {
    // An update can move the site so that stored score inputs no longer apply: judge the whole record.
    this.rejectIfBroken(lesionRuleIssues(merged));
    return { scores: scoreLesion(merged, await scoreContext(manager, boardCase)) };
  }
}
