import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PRIMARY_CANCER_LABELS } from '@tumor-board/shared';
import type { Authenticated } from '../../common/access/current-user.decorator.js';
import { CLOCK, type Clock } from '../../common/clock.js';
import { unprocessable } from '../../common/problem/problem.exception.js';
import { AuditService } from '../audit/audit.service.js';
import { Patient } from '../patients/patient.entity.js';
import { AppUser } from '../users/user.entity.js';
import { DecisionLetter } from './decision-letter.entity.js';
import { DecisionsService } from './decisions.service.js';
import { renderDecisionLetter } from './letter-pdf.js';

/** The letter for the referring oncologist, generated on the server from the signed decision (audited). */
@Injectable()
export class LetterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DecisionsService) private readonly decisions: DecisionsService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async letter(caseId: string, decisionId: string, auth: Authenticated): Promise<Buffer> {
    const manager = this.dataSource.manager;
    const { boardCase, decision } = await this.decisions.loadForCase(manager, caseId, decisionId, auth);
    if (!decision.signedAt)
      throw unprocessable('A letter is written for a signed decision only.', [
        { path: 'params.id', message: 'is a draft' },
      ]);
    const [view] = await this.decisions.views(manager, [decision]);
    const patient = await manager.findOneByOrFail(Patient, { id: boardCase.patientId });
    const referrer = boardCase.referringOncologistId
      ? await manager.findOneBy(AppUser, { id: boardCase.referringOncologistId })
      : null;
    const primary = boardCase.primaryCancer ? PRIMARY_CANCER_LABELS[boardCase.primaryCancer] : 'Not recorded';
    const pdf = await renderDecisionLetter({
      decision: view!,
      patient,
      primary: boardCase.histology ? `${primary} (${boardCase.histology})` : primary,
      clinicalQuestion: boardCase.clinicalQuestion,
      referrerName: referrer?.name ?? null,
      generatedAt: this.clock.now(),
    });
    // The first production is when the letter went out (quality dashboard: decision → letter).
    await manager
      .createQueryBuilder()
      .insert()
      .into(DecisionLetter)
      .values({ decisionId, firstProducedAt: this.clock.now() })
      .orIgnore()
      .execute();
    await this.audit.record({
      action: 'decision.letter.export',
      outcome: 'success',
      entityType: 'decision',
      entityId: decisionId,
      patientId: boardCase.patientId,
    });
    return pdf;
  }
}
