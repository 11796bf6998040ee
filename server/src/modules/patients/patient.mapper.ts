import type { Patient as PatientView } from '@tumor-board/shared';
import type { Patient } from './patient.entity.js';

export const toPatientView = (p: Patient): PatientView => ({
  id: p.id,
  version: p.version,
  createdAt: p.createdAt.toISOString(),
  updatedAt: p.updatedAt.toISOString(),
  mrn: p.mrn,
  givenName: p.givenName,
  familyName: p.familyName,
  birthDate: p.birthDate,
  sex: p.sex,
});
