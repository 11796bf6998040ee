import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import type {
  ImagingSummary as ImagingSummaryView,
  ImagingSummaryCreate,
  ImagingSummaryUpdate,
} from '@tumor-board/shared';
import type { Authenticated } from '../../common/access/current-user.decorator.js';
import { AuditService } from '../audit/audit.service.js';
import type { BoardCase } from '../cases/board-case.entity.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { CaseChildService } from '../cases/case-child.service.js';
import { Lesion } from '../lesions/lesion.entity.js';
import { ImagingSummary } from './imaging-summary.entity.js';
import { toImagingSummaryView } from './imaging-summary.mapper.js';

/** Imaging summaries; the author is the signed-in radiologist, and linked lesions must be the case's own. */
@Injectable()
export class ImagingService extends CaseChildService<
  ImagingSummary,
  ImagingSummaryView,
  ImagingSummaryCreate,
  ImagingSummaryUpdate
> {
  protected readonly entity = ImagingSummary;
  protected readonly noun = 'imaging_summary';

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(CaseAccessService) access: CaseAccessService,
    @Inject(AuditService) audit: AuditService,
  ) {
    super(dataSource, access, audit);
  }

  protected toView(entity: ImagingSummary) {
    return toImagingSummaryView(entity);
  }

  protected order() {
    return { performedOn: 'DESC' as const, createdAt: 'DESC' as const };
  }

  private async checkLesions(manager: EntityManager, caseId: string, lesionIds: readonly string[]): Promise<void> {
    if (!lesionIds.length) return;
    const found = await manager.find(Lesion, { where: { id: In([...lesionIds]), caseId }, select: { id: true } });
    const known = new Set(found.map((l) => l.id));
    this.rejectIfBroken(
      lesionIds.flatMap((id, i) =>
        known.has(id) ? [] : [{ path: ['lesionIds', String(i)], message: 'is not a lesion of this case' }],
      ),
    );
  }

  protected async build(
    manager: EntityManager,
    boardCase: BoardCase,
    input: ImagingSummaryCreate,
    auth: Authenticated,
  ): Promise<QueryDeepPartialEntity<ImagingSummary>> {
    const lesionIds = input.lesionIds ?? [];
    await this.checkLesions(manager, boardCase.id, lesionIds);
    return {
      authorId: auth.user.id,
      modality: input.modality,
      performedOn: input.performedOn,
      region: input.region,
      impression: input.impression,
      findings: input.findings ?? null,
      lesionIds,
      pacsUrl: input.pacsUrl ?? null,
    };
  }

  protected async derive(
    manager: EntityManager,
    boardCase: BoardCase,
    merged: ImagingSummary,
  ): Promise<QueryDeepPartialEntity<ImagingSummary>> {
    await this.checkLesions(manager, boardCase.id, merged.lesionIds);
    return {};
  }
}
