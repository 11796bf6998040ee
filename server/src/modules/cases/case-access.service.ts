import { Inject, Injectable } from '@nestjs/common';
import { isReferrerOnly } from '@tumor-board/shared';
import type { EntityManager } from 'typeorm';
import type { Authenticated } from '../../common/access/current-user.decorator.js';
import { notFound } from '../../common/problem/problem.exception.js';
import { AuditService } from '../audit/audit.service.js';
import { BoardCase } from './board-case.entity.js';

/**
 * Record-level access to cases, checked in the service (not only by the route's roles): a referrer
 * reaches only the cases they referred. Someone else's case answers 404, as if it did not exist,
 * and the refusal is audited.
 */
@Injectable()
export class CaseAccessService {
  constructor(@Inject(AuditService) private readonly audit: AuditService) {}

  canSee(auth: Authenticated, boardCase: Pick<BoardCase, 'referringOncologistId'>): boolean {
    return !isReferrerOnly(auth.user.roles) || boardCase.referringOncologistId === auth.user.id;
  }

  /** The case, locked FOR UPDATE when about to be changed; 404 if absent or out of the user's reach. */
  async load(
    manager: EntityManager,
    caseId: string,
    auth: Authenticated,
    options: { lock?: boolean } = {},
  ): Promise<BoardCase> {
    const found = await manager.findOne(BoardCase, {
      where: { id: caseId },
      ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!found) throw notFound('The case');
    if (!this.canSee(auth, found)) {
      // Recorded outside the caller's transaction, which is about to roll back.
      await this.audit.record({
        action: 'case.access',
        outcome: 'denied',
        entityType: 'case',
        entityId: caseId,
        patientId: found.patientId,
        detail: { reason: 'not_referrer' },
      });
      throw notFound('The case');
    }
    return found;
  }
}
