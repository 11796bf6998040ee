import type { Assessment as AssessmentView } from '@tumor-board/shared';
import type { Assessment } from './assessment.entity.js';

export const toAssessmentView = (a: Assessment): AssessmentView => ({
  id: a.id,
  version: a.version,
  createdAt: a.createdAt.toISOString(),
  updatedAt: a.updatedAt.toISOString(),
  caseId: a.caseId,
  assessedOn: a.assessedOn,
  ecog: a.ecog,
  karnofsky: a.karnofsky,
  painNrs: a.painNrs,
  greatestPainSource: a.greatestPainSource,
  neurology: a.neurology,
  correctedCalciumMmolL: a.correctedCalciumMmolL,
  creatinineClearanceMlMin: a.creatinineClearanceMlMin,
});
