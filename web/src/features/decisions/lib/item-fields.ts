import {
  findRegimen,
  parseRecommendationItem,
  type RecommendationFieldError,
  type RecommendationItem,
  type RecommendationKind,
} from '@tumor-board/shared';

/**
 * The item form keeps every field it has shown in one flat record, so switching kind (or procedure,
 * or agent) and back keeps what was typed. `toItemInput` then picks only the keys the chosen shape
 * has: the item schemas are strict and reject a key that does not belong.
 */
export type ItemFields = Record<string, unknown>;

export const emptyFields = (kind: RecommendationKind = 'radiotherapy'): ItemFields => ({ kind, rationale: '' });

/** A stored item back into form fields (editing, or copying into the decision). */
export function fieldsFromItem(item: RecommendationItem): ItemFields {
  const fields: ItemFields = { ...item };
  if (item.kind === 'surgery' && item.procedure === 'resection_reconstruction' && item.reconstruction) {
    fields.reconstructionType = item.reconstruction.type;
    if (item.reconstruction.type === 'other') fields.reconstructionDescription = item.reconstruction.description;
  }
  delete fields.reconstruction;
  return fields;
}

const COMMON = ['rationale', 'lesionIds'] as const;

/** Keys each shape allows besides `kind` and the common ones. */
function shapeKeys(f: ItemFields): string[] {
  switch (f.kind) {
    case 'radiotherapy':
      return ['target', 'technique', 'totalDoseGy', 'fractions', 'regimenCode'];
    case 'ablation':
      return ['modality', 'cementoplasty'];
    case 'surgery':
      if (f.procedure === 'stabilisation') return ['procedure', 'fixation'];
      return ['procedure'];
    case 'bone_modifying_agent':
      return ['agent', 'creatinineClearanceMlMin', 'correctedCalciumMmolL', 'dentalReviewDone'];
    case 'radiopharmaceutical':
      if (f.agent === 'radium_223')
        return ['agent', 'castrationResistantProstate', 'symptomaticBoneMetastases', 'knownVisceralMetastases'];
      if (f.agent === 'lutetium_177_psma') return ['agent', 'psmaPetPositive'];
      return ['agent'];
    case 'systemic_therapy_change':
      return ['suggestion'];
    case 'further_imaging':
      return ['modality', 'region'];
    case 'biopsy':
      return ['site'];
    case 'supportive_care':
      return ['focus', 'text'];
    case 'other':
      return ['text'];
    default:
      return [];
  }
}

const blank = (v: unknown) => v === undefined || v === null || v === '';

/** The fields as the API's item input: only the chosen shape's keys, empty inputs left out. */
export function toItemInput(f: ItemFields): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: f.kind, rationale: typeof f.rationale === 'string' ? f.rationale : '' };
  for (const key of [...shapeKeys(f), ...COMMON]) {
    if (key === 'rationale') continue;
    const value = f[key];
    if (key === 'lesionIds' && Array.isArray(value) && value.length === 0) continue;
    if (!blank(value)) out[key] = value;
  }
  if (f.kind === 'ablation' && out.cementoplasty === undefined) out.cementoplasty = false;
  if (f.kind === 'surgery' && f.procedure === 'resection_reconstruction' && !blank(f.reconstructionType)) {
    out.reconstruction =
      f.reconstructionType === 'other'
        ? { type: 'other', description: f.reconstructionDescription ?? '' }
        : { type: f.reconstructionType };
  }
  return out;
}

export type ParsedFields =
  { item: RecommendationItem; errors: [] } | { item: null; errors: RecommendationFieldError[] };

export function parseFields(f: ItemFields): ParsedFields {
  const result = parseRecommendationItem(toItemInput(f));
  return result.success ? { item: result.item, errors: [] } : { item: null, errors: result.errors };
}

/**
 * After the technique, dose or fractions change: the catalogue code of the regimen they now match,
 * or none (free entry). So a typed 8 Gy × 1 conventional counts as the catalogue regimen.
 */
export function withMatchedRegimen(f: ItemFields): ItemFields {
  const { technique, totalDoseGy, fractions } = f;
  const matched =
    (technique === 'conventional_ebrt' || technique === 'sbrt') &&
    typeof totalDoseGy === 'number' &&
    typeof fractions === 'number' &&
    Number.isInteger(fractions) &&
    fractions >= 1
      ? findRegimen(technique, totalDoseGy, fractions)
      : null;
  return { ...f, regimenCode: matched?.code ?? null };
}
