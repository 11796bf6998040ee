import { checkBoneModifyingAgent } from './bone-modifying-agent-checks.js';
import { checkRadiopharmaceutical } from './radiopharmaceutical-checks.js';
import { checkRadiotherapy } from './radiotherapy-checks.js';
import type { RecommendationItem } from './recommendation-kinds.js';
import { sortBySeverity, type SafetyCheckContext, type SafetyWarning } from './safety-warning.js';

/**
 * Every safety prompt for one recommendation item, most severe first. Pure and non-blocking: the
 * caller shows the warnings and stores them with the item; nothing here refuses an item.
 * Inputs typed on the item (creatinine clearance, calcium) override the case `context`.
 * Kinds without encoded rules (ablation, surgery, imaging, …) return no warnings.
 */
export function checkRecommendationItem(item: RecommendationItem, context: SafetyCheckContext = {}): SafetyWarning[] {
  switch (item.kind) {
    case 'radiotherapy':
      return sortBySeverity(checkRadiotherapy(item));
    case 'bone_modifying_agent':
      return sortBySeverity(checkBoneModifyingAgent(item, context));
    case 'radiopharmaceutical':
      return sortBySeverity(checkRadiopharmaceutical(item, context));
    case 'ablation':
    case 'surgery':
    case 'systemic_therapy_change':
    case 'further_imaging':
    case 'biopsy':
    case 'supportive_care':
    case 'other':
      return [];
  }
}
