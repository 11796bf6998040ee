import type { Lesion as LesionView, LesionScores } from '@tumor-board/shared';
import type { Lesion } from './lesion.entity.js';

export type LesionWithScores = LesionView & { scores: LesionScores };

export const toLesionView = (l: Lesion): LesionWithScores => ({
  id: l.id,
  version: l.version,
  createdAt: l.createdAt.toISOString(),
  updatedAt: l.updatedAt.toISOString(),
  caseId: l.caseId,
  site: l.site,
  laterality: l.laterality,
  type: l.type,
  sizeMm: l.sizeMm,
  fracturePresent: l.fracturePresent,
  epiduralExtension: l.epiduralExtension,
  sinsInput: l.sinsInput,
  mirelsInput: l.mirelsInput,
  bilskyGrade: l.bilskyGrade,
  notes: l.notes,
  scores: l.scores,
});
