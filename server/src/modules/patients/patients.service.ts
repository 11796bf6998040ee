import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Patient as PatientView, PatientCreate, PatientLookup, PatientUpdate } from '@tumor-board/shared';
import { isReferrerOnly } from '@tumor-board/shared';
import type { Authenticated } from '../../common/access/current-user.decorator.js';
import { StaleVersionError, updateVersioned } from '../../common/database/versioned-update.js';
import { ProblemException, conflict, notFound } from '../../common/problem/problem.exception.js';
import { AuditService } from '../audit/audit.service.js';
import { idempotentTransaction } from '../../common/idempotency/idempotent-transaction.js';
import { isUniqueViolation } from '../../common/errors/describe-error.js';
import { BoardCase } from '../cases/board-case.entity.js';
import { Patient } from './patient.entity.js';
import { toPatientView } from './patient.mapper.js';

const mrnTaken = (existingId: string | null) =>
  new ProblemException(
    409,
    'Conflict',
    existingId
      ? 'A patient with this MRN already exists.'
      : 'A patient with this MRN already exists; ask the board coordinator to add your referral.',
    [{ path: 'body.mrn', message: 'is already registered' }],
    existingId ? { existingPatientId: existingId } : undefined,
  );

/** Found before inserting; turned into the 409 above. */
class MrnTaken extends Error {}

@Injectable()
export class PatientsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  /** A referrer reaches a patient only through a case they referred. */
  private async assertReach(patientId: string, auth: Authenticated): Promise<void> {
    if (!isReferrerOnly(auth.user.roles)) return;
    const referred = await this.dataSource.manager.existsBy(BoardCase, {
      patientId,
      referringOncologistId: auth.user.id,
    });
    if (!referred) {
      await this.audit.record({
        action: 'patient.access',
        outcome: 'denied',
        entityType: 'patient',
        entityId: patientId,
        patientId,
        detail: { reason: 'not_referrer' },
      });
      throw notFound('The patient');
    }
  }

  /** A referrer who cannot see the patient learns only that the MRN is taken, not who it is. */
  private async mrnTakenFor(existingId: string, auth: Authenticated): Promise<ProblemException> {
    const visible =
      !isReferrerOnly(auth.user.roles) ||
      (await this.dataSource.manager.existsBy(BoardCase, {
        patientId: existingId,
        referringOncologistId: auth.user.id,
      }));
    return mrnTaken(visible ? existingId : null);
  }

  async create(input: PatientCreate, auth: Authenticated): Promise<PatientView> {
    try {
      return await this.insert(input);
    } catch (error) {
      // Two intakes of one MRN at once: the unique index decides, and the loser gets the same 409.
      if (isUniqueViolation(error, 'UQ_patient_mrn') || error instanceof MrnTaken) {
        const existing = await this.dataSource.manager.findOne(Patient, {
          where: { mrn: input.mrn },
          select: { id: true },
        });
        if (existing) throw await this.mrnTakenFor(existing.id, auth);
      }
      throw error;
    }
  }

  private async insert(input: PatientCreate): Promise<PatientView> {
    return idempotentTransaction(this.dataSource, async (manager) => {
      if (await manager.existsBy(Patient, { mrn: input.mrn })) throw new MrnTaken();
      const patient = manager.create(Patient, input);
      await manager.save(patient);
      await this.audit.record(
        {
          action: 'patient.create',
          outcome: 'success',
          entityType: 'patient',
          entityId: patient.id,
          patientId: patient.id,
        },
        manager,
      );
      return toPatientView(await manager.findOneByOrFail(Patient, { id: patient.id }));
    });
  }

  /** Exact MRN lookup for intake: is this patient already known? A referrer finds only their own patients. */
  async lookup(mrn: string, auth: Authenticated): Promise<PatientLookup> {
    let found = await this.dataSource.manager.findOneBy(Patient, { mrn });
    if (
      found &&
      isReferrerOnly(auth.user.roles) &&
      !(await this.dataSource.manager.existsBy(BoardCase, { patientId: found.id, referringOncologistId: auth.user.id }))
    ) {
      found = null;
    }
    await this.audit.record({
      action: 'patient.lookup',
      outcome: 'success',
      entityType: 'patient',
      entityId: found?.id ?? null,
      patientId: found?.id ?? null,
    });
    return { items: found ? [toPatientView(found)] : [] };
  }

  async get(id: string, auth: Authenticated): Promise<PatientView> {
    const patient = await this.dataSource.manager.findOneBy(Patient, { id });
    if (!patient) throw notFound('The patient');
    await this.assertReach(id, auth);
    await this.audit.record({
      action: 'patient.read',
      outcome: 'success',
      entityType: 'patient',
      entityId: id,
      patientId: id,
    });
    return toPatientView(patient);
  }

  async update(id: string, input: PatientUpdate, auth: Authenticated): Promise<PatientView> {
    await this.assertReach(id, auth);
    const { version, ...changes } = input;
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (changes.mrn) {
          const other = await manager.findOne(Patient, { where: { mrn: changes.mrn }, select: { id: true } });
          if (other && other.id !== id) throw await this.mrnTakenFor(other.id, auth);
        }
        const updated = await updateVersioned(manager, Patient, id, version, changes, 'The patient');
        await this.audit.record(
          {
            action: 'patient.update',
            outcome: 'success',
            entityType: 'patient',
            entityId: id,
            patientId: id,
            detail: { fields: Object.keys(changes) },
          },
          manager,
        );
        return toPatientView(updated);
      });
    } catch (error) {
      if (error instanceof StaleVersionError)
        throw conflict('Someone else changed this patient first.', toPatientView(error.current as Patient));
      throw error;
    }
  }
}
