import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  checkRecommendationItem,
  describeRecommendationItem,
  type RecommendationItem,
  type SafetyCheckContext,
  type StoredItem,
} from '@tumor-board/shared';
import { Assessment } from '../assessments/assessment.entity.js';
import type { BoardCase } from '../cases/board-case.entity.js';

/**
 * What the safety checks read about the patient: the primary cancer and the most recent creatinine
 * clearance and corrected calcium on record. Items may carry their own values, which win.
 */
export async function safetyContext(manager: EntityManager, boardCase: BoardCase): Promise<SafetyCheckContext> {
  const assessments = await manager.find(Assessment, {
    where: { caseId: boardCase.id },
    order: { assessedOn: 'DESC', createdAt: 'DESC' },
  });
  return {
    primaryCancer: boardCase.primaryCancer,
    creatinineClearanceMlMin:
      assessments.find((a) => a.creatinineClearanceMlMin !== null)?.creatinineClearanceMlMin ?? null,
    correctedCalciumMmolL: assessments.find((a) => a.correctedCalciumMmolL !== null)?.correctedCalciumMmolL ?? null,
  };
}

/**
 * An item as stored: the clinician's item, the warnings the shared checks give now (kept with it,
 * never blocking), a one-line description, and an id that stays with the item.
 */
export function storeItem(
  item: RecommendationItem,
  context: SafetyCheckContext,
  id: string = randomUUID(),
): StoredItem {
  return {
    id,
    item,
    warnings: checkRecommendationItem(item, context),
    description: describeRecommendationItem(item, {
      creatinineClearanceMlMin: context.creatinineClearanceMlMin ?? null,
    }),
  };
}
