import type { EntityManager } from 'typeorm';
import { computeLesionScores, type LesionScoreContext, type LesionScores } from '@tumor-board/shared';
import { Assessment } from '../assessments/assessment.entity.js';
import type { BoardCase } from '../cases/board-case.entity.js';
import { Lesion } from './lesion.entity.js';

/**
 * What the scores read beyond the lesion: the case's primary (NOMS radiosensitivity) and the latest
 * assessment's neurology and ECOG. Karnofsky is never turned into ECOG (see shared assessment.ts).
 */
export async function scoreContext(manager: EntityManager, boardCase: BoardCase): Promise<LesionScoreContext> {
  const latest = await manager.find(Assessment, {
    where: { caseId: boardCase.id },
    order: { assessedOn: 'DESC', createdAt: 'DESC' },
  });
  return {
    primaryCancer: boardCase.primaryCancer,
    neurology: latest.find((a) => a.neurology !== null)?.neurology ?? null,
    ecog: latest.find((a) => a.ecog !== null)?.ecog ?? null,
  };
}

export const scoreLesion = (
  lesion: Pick<Lesion, 'site' | 'type' | 'fracturePresent' | 'sinsInput' | 'mirelsInput' | 'bilskyGrade'>,
  context: LesionScoreContext,
): LesionScores => computeLesionScores(lesion, context);

/** Recomputes every lesion of a case after something the scores read changed (an assessment, the primary). */
export async function rescoreCase(manager: EntityManager, boardCase: BoardCase): Promise<void> {
  const context = await scoreContext(manager, boardCase);
  const lesions = await manager.find(Lesion, { where: { caseId: boardCase.id } });
  for (const lesion of lesions) {
    const scores = scoreLesion(lesion, context);
    if (JSON.stringify(scores) !== JSON.stringify(lesion.scores))
      await manager.update(Lesion, { id: lesion.id }, { scores: scores });
  }
}
