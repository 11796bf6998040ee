import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, Not, type DataSource } from 'typeorm';
import type { Authenticated } from '../../common/access/current-user.decorator.js';
import { CLOCK, type Clock } from '../../common/clock.js';
import { Assessment } from '../assessments/assessment.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { BoardDecision } from '../decisions/board-decision.entity.js';
import { DecisionsService } from '../decisions/decisions.service.js';
import { DecisionItemOutcome } from '../follow-up/follow-up.entities.js';
import { ImagingSummary } from '../imaging/imaging-summary.entity.js';
import { Lesion } from '../lesions/lesion.entity.js';
import { Patient } from '../patients/patient.entity.js';
import { AppUser } from '../users/user.entity.js';
import { buildCaseBundle } from './fhir-bundle.js';
import type { FhirBundle } from './fhir-types.js';

/** One case exported as a FHIR R4 Bundle: record-level access of the case, audited with the patient. */
@Injectable()
export class FhirExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CaseAccessService) private readonly access: CaseAccessService,
    @Inject(DecisionsService) private readonly decisions: DecisionsService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async exportCase(caseId: string, auth: Authenticated): Promise<FhirBundle> {
    // One snapshot, so the conditions, scores and decision in the bundle agree with each other.
    const bundle = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const boardCase = await this.access.load(manager, caseId, auth);
      const [patient, assessments, lesions, imaging, signed, versions] = await Promise.all([
        manager.findOneByOrFail(Patient, { id: boardCase.patientId }),
        manager.find(Assessment, { where: { caseId }, order: { assessedOn: 'ASC', createdAt: 'ASC' } }),
        manager.find(Lesion, { where: { caseId }, order: { createdAt: 'ASC' } }),
        manager.find(ImagingSummary, { where: { caseId }, order: { performedOn: 'ASC', createdAt: 'ASC' } }),
        manager.find(BoardDecision, { where: { caseId, signedAt: Not(IsNull()) }, order: { sequence: 'ASC' } }),
        manager.find(BoardDecision, { where: { caseId }, select: { id: true } }),
      ]);
      const authorIds = [...new Set(imaging.flatMap((s) => (s.authorId ? [s.authorId] : [])))];
      const [authors, outcomes, decisions] = await Promise.all([
        authorIds.length
          ? manager.find(AppUser, { where: { id: In(authorIds) }, select: { id: true, name: true } })
          : [],
        versions.length
          ? manager.find(DecisionItemOutcome, { where: { decisionId: In(versions.map((v) => v.id)) } })
          : [],
        this.decisions.views(manager, signed),
      ]);
      const names = new Map(authors.map((a) => [a.id, a.name]));
      return buildCaseBundle({
        patient,
        boardCase,
        assessments,
        lesions,
        imaging: imaging.map((s) =>
          Object.assign(s, { authorName: s.authorId ? (names.get(s.authorId) ?? null) : null }),
        ),
        decisions,
        itemOutcomes: outcomes,
        generatedAt: this.clock.now(),
      });
    });
    const patient = bundle.entry[0]!.resource;
    await this.audit.record({
      action: 'case.fhir_export',
      outcome: 'success',
      entityType: 'case',
      entityId: caseId,
      patientId: patient.id,
      detail: { resources: bundle.entry.length },
    });
    return bundle;
  }
}
