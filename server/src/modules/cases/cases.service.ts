import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  allowedTransitions,
  canTransition,
  requiresReadiness,
  transitionNeedsReason,
  type Case,
  type CaseCreate,
  type CaseDetail,
  type CaseHistory,
  type CaseTransitionRequest,
  type CaseUpdate,
  type FieldError,
  isReferrerOnly,
  REFERRER_MOVES,
} from '@tumor-board/shared';
import type { Authenticated } from '../../common/access/current-user.decorator.js';
import { StaleVersionError, updateVersioned } from '../../common/database/versioned-update.js';
import { idempotentTransaction } from '../../common/idempotency/idempotent-transaction.js';
import { ProblemException, conflict, unprocessable } from '../../common/problem/problem.exception.js';
import { AuditService } from '../audit/audit.service.js';
import { Patient } from '../patients/patient.entity.js';
import { toPatientView } from '../patients/patient.mapper.js';
import { AppUser } from '../users/user.entity.js';
import { BoardCase } from './board-case.entity.js';
import { CaseAccessService } from './case-access.service.js';
import { CaseReadinessService } from './case-readiness.service.js';
import { CaseStatusEvent } from './case-status-event.entity.js';
import { toCaseView, toPersonRef, toStatusEventView } from './case.mapper.js';
import { rescoreCase } from '../lesions/lesion-scoring.js';

@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CaseAccessService) private readonly access: CaseAccessService,
    @Inject(CaseReadinessService) private readonly readiness: CaseReadinessService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  /** People named on a case must be active users; the errors name each field. */
  private async checkPeople(
    manager: EntityManager,
    input: Partial<Pick<CaseCreate, 'referringOncologistId' | 'presentingClinicianId'>>,
  ): Promise<void> {
    const wanted = (['referringOncologistId', 'presentingClinicianId'] as const).filter((k) => input[k]);
    if (!wanted.length) return;
    const found = await manager.find(AppUser, {
      where: { id: In(wanted.map((k) => input[k]!)), active: true },
      select: { id: true },
    });
    const ids = new Set(found.map((u) => u.id));
    const errors: FieldError[] = wanted
      .filter((k) => !ids.has(input[k]!))
      .map((k) => ({ path: `body.${k}`, message: 'is not an active user' }));
    if (errors.length) throw unprocessable('The case names people who cannot be on it.', errors);
  }

  async create(input: CaseCreate, auth: Authenticated): Promise<Case> {
    return idempotentTransaction(this.dataSource, async (manager) => {
      const patient = await manager.findOneBy(Patient, { id: input.patientId });
      if (!patient)
        throw unprocessable('The patient does not exist.', [
          { path: 'body.patientId', message: 'is not a known patient' },
        ]);
      // A referrer refers in their own name.
      const referringOncologistId = isReferrerOnly(auth.user.roles)
        ? auth.user.id
        : (input.referringOncologistId ?? null);
      await this.checkPeople(manager, { ...input, referringOncologistId });
      const entity = manager.create(BoardCase, {
        patientId: input.patientId,
        urgency: input.urgency,
        primaryCancer: input.primaryCancer ?? null,
        histology: input.histology ?? null,
        diagnosisDate: input.diagnosisDate ?? null,
        otherMetastaticSites: input.otherMetastaticSites ?? null,
        currentSystemicTherapy: input.currentSystemicTherapy ?? null,
        clinicalQuestion: input.clinicalQuestion ?? null,
        referringOncologistId,
        presentingClinicianId: input.presentingClinicianId ?? null,
        goalsOfCare: input.goalsOfCare ?? null,
        createdById: auth.user.id,
        status: 'draft',
      });
      await manager.save(entity);
      await manager.insert(CaseStatusEvent, {
        caseId: entity.id,
        fromStatus: null,
        toStatus: 'draft',
        reason: null,
        userId: auth.user.id,
      });
      await this.audit.record(
        {
          action: 'case.create',
          outcome: 'success',
          entityType: 'case',
          entityId: entity.id,
          patientId: entity.patientId,
        },
        manager,
      );
      return toCaseView(await manager.findOneByOrFail(BoardCase, { id: entity.id }));
    });
  }

  async detail(caseId: string, auth: Authenticated): Promise<CaseDetail> {
    const manager = this.dataSource.manager;
    const boardCase = await this.access.load(manager, caseId, auth);
    const [patient, people, readiness] = await Promise.all([
      manager.findOneByOrFail(Patient, { id: boardCase.patientId }),
      manager.find(AppUser, {
        where: {
          id: In(
            [boardCase.referringOncologistId, boardCase.presentingClinicianId].filter((x): x is string => x !== null),
          ),
        },
        select: { id: true, name: true },
      }),
      this.readiness.assess(manager, boardCase),
    ]);
    const person = (id: string | null) => toPersonRef(people.find((p) => p.id === id));
    await this.audit.record({
      action: 'case.read',
      outcome: 'success',
      entityType: 'case',
      entityId: caseId,
      patientId: boardCase.patientId,
    });
    return {
      case: toCaseView(boardCase),
      patient: toPatientView(patient),
      referrer: person(boardCase.referringOncologistId),
      presenter: person(boardCase.presentingClinicianId),
      referredAt: boardCase.referredAt.toISOString(),
      readiness,
      allowedTransitions: [...allowedTransitions(boardCase.status)],
    };
  }

  async update(caseId: string, input: CaseUpdate, auth: Authenticated): Promise<Case> {
    const { version, ...changes } = input;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const current = await this.access.load(manager, caseId, auth, { lock: true });
        if (isReferrerOnly(auth.user.roles)) delete changes.referringOncologistId;
        await this.checkPeople(manager, changes);
        const updated = await updateVersioned(manager, BoardCase, caseId, version, changes, 'The case');
        // NOMS reads the primary's radiosensitivity: keep the stored lesion scores true.
        if (changes.primaryCancer !== undefined) await rescoreCase(manager, updated);
        await this.audit.record(
          {
            action: 'case.update',
            outcome: 'success',
            entityType: 'case',
            entityId: caseId,
            patientId: current.patientId,
            detail: { fields: Object.keys(changes) },
          },
          manager,
        );
        return toCaseView(updated);
      });
    } catch (error) {
      if (error instanceof StaleVersionError)
        throw conflict('Someone else changed this case first.', toCaseView(error.current as BoardCase));
      throw error;
    }
  }

  /**
   * Moves a case through the workflow (shared case-status.ts): an illegal move is a 422 naming the
   * allowed ones; a move back needs a reason; entering ready or scheduled needs readiness.
   */
  async transition(caseId: string, request: CaseTransitionRequest, auth: Authenticated): Promise<CaseDetail> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.access.load(manager, caseId, auth, { lock: true });
      if (current.version !== request.version)
        throw conflict('Someone else changed this case first.', toCaseView(current));
      const from = current.status;
      const allowed = allowedTransitions(from);
      if (!canTransition(from, request.to)) {
        throw new ProblemException(
          422,
          'Unprocessable Content',
          `A ${from} case cannot move to ${request.to}. ${allowed.length ? `Allowed: ${allowed.join(', ')}.` : 'It is final.'}`,
          [
            {
              path: 'body.to',
              message: allowed.length ? `must be one of: ${allowed.join(', ')}` : 'no move is allowed from this status',
            },
          ],
          { allowedTransitions: allowed },
        );
      }
      if (isReferrerOnly(auth.user.roles) && !REFERRER_MOVES.includes(request.to)) {
        throw new ProblemException(
          403,
          'Forbidden',
          'Referrers may submit or withdraw their own cases; the board team moves them on.',
        );
      }
      if (transitionNeedsReason(from, request.to) && !request.reason) {
        throw unprocessable(`Moving a ${from} case to ${request.to} needs a reason.`, [
          { path: 'body.reason', message: 'is required for this move' },
        ]);
      }
      if (requiresReadiness(request.to)) {
        const readiness = await this.readiness.assess(manager, current);
        if (!readiness.ready) {
          throw new ProblemException(
            422,
            'Unprocessable Content',
            'The case is not complete enough for the board yet.',
            readiness.items
              .filter((i) => !i.met)
              .map((i) => ({ path: `readiness.${i.code}`, message: i.detail ? `${i.label}: ${i.detail}` : i.label })),
            { readiness },
          );
        }
      }
      await manager.update(BoardCase, { id: caseId }, { status: request.to, version: current.version + 1 });
      await manager.insert(CaseStatusEvent, {
        caseId,
        fromStatus: from,
        toStatus: request.to,
        reason: request.reason ?? null,
        userId: auth.user.id,
      });
      await this.audit.record(
        {
          action: 'case.transition',
          outcome: 'success',
          entityType: 'case',
          entityId: caseId,
          patientId: current.patientId,
          detail: { from, to: request.to },
        },
        manager,
      );
    });
    return this.detail(caseId, auth);
  }

  async history(caseId: string, auth: Authenticated): Promise<CaseHistory> {
    const manager = this.dataSource.manager;
    const boardCase = await this.access.load(manager, caseId, auth);
    const events = await manager.find(CaseStatusEvent, {
      where: { caseId },
      relations: { user: true },
      order: { id: 'ASC' },
    });
    await this.audit.record({
      action: 'case.history.read',
      outcome: 'success',
      entityType: 'case',
      entityId: caseId,
      patientId: boardCase.patientId,
    });
    return { items: events.map(toStatusEventView) };
  }
}
