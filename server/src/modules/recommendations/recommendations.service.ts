import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  DISCIPLINE_ROLE,
  RECOMMENDATION_TRANSITIONS,
  type Recommendation as RecommendationView,
  type RecommendationCreate,
  type RecommendationList,
  type RecommendationUpdate,
  type RecommendingDiscipline,
} from '@tumor-board/shared';
import type { Authenticated } from '../../common/access/current-user.decorator.js';
import { StaleVersionError, updateVersioned } from '../../common/database/versioned-update.js';
import { ProblemException, conflict, notFound, unprocessable } from '../../common/problem/problem.exception.js';
import { AuditService } from '../audit/audit.service.js';
import { idempotentTransaction } from '../../common/idempotency/idempotent-transaction.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { toPersonRef } from '../cases/case.mapper.js';
import { Recommendation } from './recommendation.entity.js';
import { safetyContext, storeItem } from './treatment-items.js';
import { publishCaseChange } from '../live/live-outbox.writer.js';

const toView = (r: Recommendation): RecommendationView => ({
  id: r.id,
  caseId: r.caseId,
  discipline: r.discipline,
  status: r.status,
  summary: r.summary,
  items: r.items,
  author: toPersonRef(r.author),
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  version: r.version,
});

/** Discipline recommendations: only that discipline writes its opinion; everyone on the case reads it. */
@Injectable()
export class RecommendationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CaseAccessService) private readonly access: CaseAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  private async assertDiscipline(
    discipline: RecommendingDiscipline,
    auth: Authenticated,
    caseId: string,
  ): Promise<void> {
    if (auth.user.roles.includes(DISCIPLINE_ROLE[discipline])) return;
    await this.audit.record({
      action: 'recommendation.write',
      outcome: 'denied',
      entityType: 'case',
      entityId: caseId,
      detail: { reason: 'discipline', discipline },
    });
    throw new ProblemException(
      403,
      'Forbidden',
      `Only ${DISCIPLINE_ROLE[discipline].replace(/_/g, ' ')}s write the ${discipline.replace(/_/g, ' ')} recommendation.`,
    );
  }

  private async load(
    id: string,
    caseId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Recommendation> {
    const found = await manager.findOne(Recommendation, {
      where: { id, caseId },
      relations: { author: true },
    });
    if (!found) throw notFound('The recommendation');
    return found;
  }

  async list(caseId: string, auth: Authenticated): Promise<RecommendationList> {
    const boardCase = await this.access.load(this.dataSource.manager, caseId, auth);
    const rows = await this.dataSource.manager.find(Recommendation, {
      where: { caseId },
      relations: { author: true },
      order: { discipline: 'ASC' },
    });
    await this.audit.record({
      action: 'recommendation.list',
      outcome: 'success',
      entityType: 'case',
      entityId: caseId,
      patientId: boardCase.patientId,
    });
    return { items: rows.map(toView) };
  }

  async create(caseId: string, input: RecommendationCreate, auth: Authenticated): Promise<RecommendationView> {
    await this.assertDiscipline(input.discipline, auth, caseId);
    return idempotentTransaction(this.dataSource, async (manager) => {
      const boardCase = await this.access.load(manager, caseId, auth, { lock: true });
      const existing = await manager.findOne(Recommendation, {
        where: { caseId, discipline: input.discipline },
        relations: { author: true },
      });
      if (existing)
        throw conflict(
          `The ${input.discipline.replace(/_/g, ' ')} recommendation already exists; edit it instead.`,
          toView(existing),
        );
      const context = await safetyContext(manager, boardCase);
      const created = manager.create(Recommendation, {
        caseId,
        discipline: input.discipline,
        summary: input.summary ?? null,
        items: input.items.map((item) => storeItem(item, context)),
        authorId: auth.user.id,
        status: 'draft',
      });
      await manager.save(created);
      await publishCaseChange(manager, caseId, 'recommendation');
      await this.audit.record(
        {
          action: 'recommendation.create',
          outcome: 'success',
          entityType: 'recommendation',
          entityId: created.id,
          patientId: boardCase.patientId,
        },
        manager,
      );
      return toView(await this.load(created.id, caseId, manager));
    });
  }

  async update(
    caseId: string,
    id: string,
    input: RecommendationUpdate,
    auth: Authenticated,
  ): Promise<RecommendationView> {
    const { version, ...changes } = input;
    const current = await this.load(id, caseId);
    await this.assertDiscipline(current.discipline, auth, caseId);
    if (
      changes.status &&
      changes.status !== current.status &&
      !RECOMMENDATION_TRANSITIONS[current.status].includes(changes.status)
    ) {
      const allowed = RECOMMENDATION_TRANSITIONS[current.status];
      throw unprocessable(`A ${current.status} recommendation cannot become ${changes.status}.`, [
        { path: 'body.status', message: `must be one of: ${allowed.join(', ')}` },
      ]);
    }
    try {
      await this.dataSource.transaction(async (manager) => {
        const boardCase = await this.access.load(manager, caseId, auth, { lock: true });
        const context = await safetyContext(manager, boardCase);
        await updateVersioned(
          manager,
          Recommendation,
          id,
          version,
          {
            ...(changes.status ? { status: changes.status } : {}),
            ...(changes.summary !== undefined ? { summary: changes.summary } : {}),
            ...(changes.items ? { items: changes.items.map((item) => storeItem(item, context)) } : {}),
            authorId: auth.user.id,
          },
          'The recommendation',
        );
        await publishCaseChange(manager, caseId, 'recommendation');
        await this.audit.record(
          {
            action: 'recommendation.update',
            outcome: 'success',
            entityType: 'recommendation',
            entityId: id,
            patientId: boardCase.patientId,
            detail: { fields: Object.keys(changes) },
          },
          manager,
        );
      });
    } catch (error) {
      if (error instanceof StaleVersionError)
        throw conflict('Someone else changed this recommendation first.', toView(await this.load(id, caseId)));
      throw error;
    }
    return toView(await this.load(id, caseId));
  }
}
