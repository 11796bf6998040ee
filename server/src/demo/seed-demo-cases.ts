import { In, type DataSource, type EntityManager } from 'typeorm';
import { Assessment } from '../modules/assessments/assessment.entity.js';
import { BoardCase } from '../modules/cases/board-case.entity.js';
import { CaseStatusEvent } from '../modules/cases/case-status-event.entity.js';
import { ImagingSummary } from '../modules/imaging/imaging-summary.entity.js';
import { Lesion } from '../modules/lesions/lesion.entity.js';
import { Patient } from '../modules/patients/patient.entity.js';
import { buildDemoCases, type DemoCaseBundle } from './demo-cases.js';

/** Today's date in UTC, the same day the server's readiness check uses (common/time/today.ts). */
const utcToday = () => new Date().toISOString().slice(0, 10);

/**
 * Inserts the demo cases (demo mode only), in one transaction, after the demo users exist.
 * Idempotent: every row has a fixed id, and a case is written together with its assessments,
 * lesions, imaging and history only when the case itself is missing, so a second run changes nothing
 * and edits made while trying the demo are never overwritten. A patient whose MRN is already taken
 * by another record is left out with its case. Returns the number of cases inserted.
 */
export async function seedDemoCases(dataSource: DataSource, today: string = utcToday()): Promise<number> {
  const bundles = buildDemoCases(today);
  return dataSource.transaction(async (manager) => {
    const existingCases = new Set(
      (await manager.find(BoardCase, { where: { id: In(bundles.map((b) => b.case.id)) }, select: { id: true } })).map(
        (c) => c.id,
      ),
    );
    const patients = await manager.find(Patient, {
      where: [{ id: In(bundles.map((b) => b.patient.id)) }, { mrn: In(bundles.map((b) => b.patient.mrn)) }],
      select: { id: true, mrn: true },
    });
    const existingPatients = new Set(patients.map((p) => p.id));
    const mrnOwner = new Map(patients.map((p) => [p.mrn, p.id]));

    let inserted = 0;
    for (const bundle of bundles) {
      if (existingCases.has(bundle.case.id)) continue;
      const { patient } = bundle;
      if (!existingPatients.has(patient.id)) {
        const owner = mrnOwner.get(patient.mrn);
        if (owner !== undefined && owner !== patient.id) continue;
        await manager.insert(Patient, {
          id: patient.id,
          mrn: patient.mrn,
          givenName: patient.givenName,
          familyName: patient.familyName,
          birthDate: patient.birthDate,
          sex: patient.sex,
          createdAt: new Date(bundle.case.referredAt),
          updatedAt: new Date(bundle.case.referredAt),
        });
        existingPatients.add(patient.id);
      }
      await insertCase(manager, bundle);
      inserted += 1;
    }
    return inserted;
  });
}

async function insertCase(manager: EntityManager, bundle: DemoCaseBundle): Promise<void> {
  const c = bundle.case;
  const lastMove = bundle.history.at(-1)?.at ?? c.referredAt;
  await manager.insert(BoardCase, {
    id: c.id,
    patientId: c.patientId,
    status: c.status,
    urgency: c.urgency,
    primaryCancer: c.primaryCancer ?? null,
    histology: c.histology ?? null,
    diagnosisDate: c.diagnosisDate ?? null,
    otherMetastaticSites: c.otherMetastaticSites ?? null,
    currentSystemicTherapy: c.currentSystemicTherapy ?? null,
    clinicalQuestion: c.clinicalQuestion ?? null,
    referringOncologistId: c.referringOncologistId ?? null,
    presentingClinicianId: c.presentingClinicianId ?? null,
    goalsOfCare: c.goalsOfCare ?? null,
    createdById: c.createdById,
    referredAt: new Date(c.referredAt),
    createdAt: new Date(c.referredAt),
    updatedAt: new Date(lastMove),
    // The workflow bumps the version on every move after the draft was created.
    version: bundle.history.length,
  });
  // One insert per event, in order, so the identity ids follow the history.
  for (const event of bundle.history) {
    await manager.insert(CaseStatusEvent, {
      caseId: c.id,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      reason: event.reason,
      userId: event.userId,
      at: new Date(event.at),
    });
  }
  for (const a of bundle.assessments) {
    await manager.insert(Assessment, {
      id: a.id,
      caseId: c.id,
      assessedOn: a.assessedOn,
      ecog: a.ecog ?? null,
      karnofsky: a.karnofsky ?? null,
      painNrs: a.painNrs ?? null,
      greatestPainSource: a.greatestPainSource ?? null,
      neurology: a.neurology ?? null,
      correctedCalciumMmolL: a.correctedCalciumMmolL ?? null,
      creatinineClearanceMlMin: a.creatinineClearanceMlMin ?? null,
      createdAt: new Date(a.recordedAt),
      updatedAt: new Date(a.recordedAt),
    });
  }
  for (const l of bundle.lesions) {
    await manager.insert(Lesion, {
      id: l.id,
      caseId: c.id,
      site: l.site,
      laterality: l.laterality,
      type: l.type ?? null,
      sizeMm: l.sizeMm ?? null,
      fracturePresent: l.fracturePresent ?? null,
      epiduralExtension: l.epiduralExtension ?? null,
      sinsInput: l.sinsInput ?? null,
      mirelsInput: l.mirelsInput ?? null,
      bilskyGrade: l.bilskyGrade ?? null,
      notes: l.notes ?? null,
      scores: l.scores,
      createdAt: new Date(l.recordedAt),
      updatedAt: new Date(l.recordedAt),
    });
  }
  for (const i of bundle.imaging) {
    await manager.insert(ImagingSummary, {
      id: i.id,
      caseId: c.id,
      authorId: i.authorId,
      modality: i.modality,
      performedOn: i.performedOn,
      region: i.region,
      findings: i.findings ?? null,
      impression: i.impression,
      lesionIds: i.lesionIds ?? [],
      pacsUrl: i.pacsUrl ?? null,
      createdAt: new Date(i.recordedAt),
      updatedAt: new Date(i.recordedAt),
    });
  }
}
