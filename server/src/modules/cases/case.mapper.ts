import type { Case, CaseStatusEventView, PersonRef } from '@tumor-board/shared';
import type { AppUser } from '../users/user.entity.js';
import type { BoardCase } from './board-case.entity.js';
import type { CaseStatusEvent } from './case-status-event.entity.js';

export const toPersonRef = (user: Pick<AppUser, 'id' | 'name'> | null | undefined): PersonRef | null =>
  user ? { id: user.id, name: user.name } : null;

export const toCaseView = (c: BoardCase): Case => ({
  id: c.id,
  version: c.version,
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
  patientId: c.patientId,
  urgency: c.urgency,
  primaryCancer: c.primaryCancer,
  histology: c.histology,
  diagnosisDate: c.diagnosisDate,
  otherMetastaticSites: c.otherMetastaticSites,
  currentSystemicTherapy: c.currentSystemicTherapy,
  clinicalQuestion: c.clinicalQuestion,
  referringOncologistId: c.referringOncologistId,
  presentingClinicianId: c.presentingClinicianId,
  goalsOfCare: c.goalsOfCare,
  status: c.status,
});

export const toStatusEventView = (e: CaseStatusEvent): CaseStatusEventView => ({
  id: String(e.id),
  fromStatus: e.fromStatus,
  toStatus: e.toStatus,
  reason: e.reason,
  by: toPersonRef(e.user),
  at: e.at.toISOString(),
});
