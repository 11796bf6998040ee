import { z } from 'zod';
import { REQUIRED, choice, flag, integer, isPlainObject } from '../scores/validation.js';
import {
  RADIOTHERAPY_REGIMEN_CODES,
  RADIOTHERAPY_TECHNIQUES,
  doseCGy,
  findRegimenByCode,
} from './radiotherapy-regimens.js';

/*
 * The structured recommendation items a specialist writes for a case (DESIGN §3 "Recommendation"),
 * and that the signed board decision lists. Every kind is a closed object: a misspelt key is an
 * error, not silently dropped. Optional inputs accept JSON null as "not recorded" because forms send
 * null for an empty field. Safety checks (safety-checks.ts) read the item but never block it.
 */

export const RECOMMENDATION_KINDS = [
  'radiotherapy',
  'ablation',
  'surgery',
  'bone_modifying_agent',
  'radiopharmaceutical',
  'systemic_therapy_change',
  'further_imaging',
  'biopsy',
  'supportive_care',
  'other',
] as const;
export type RecommendationKind = (typeof RECOMMENDATION_KINDS)[number];

export const RECOMMENDATION_KIND_LABELS: Readonly<Record<RecommendationKind, string>> = {
  radiotherapy: 'Radiotherapy',
  ablation: 'Ablation',
  surgery: 'Surgery',
  bone_modifying_agent: 'Bone-modifying agent',
  radiopharmaceutical: 'Radiopharmaceutical',
  systemic_therapy_change: 'Systemic therapy change',
  further_imaging: 'Further imaging',
  biopsy: 'Biopsy',
  supportive_care: 'Supportive care',
  other: 'Other',
};

export const ABLATION_MODALITIES = ['radiofrequency', 'cryoablation'] as const;
export const SURGICAL_PROCEDURES = ['stabilisation', 'decompression', 'resection_reconstruction'] as const;
export const SURGICAL_FIXATIONS = ['intramedullary_nail', 'plate', 'rod_screw_fixation'] as const;
export const BONE_MODIFYING_AGENTS = ['zoledronic_acid', 'denosumab'] as const;
export const RADIOPHARMACEUTICAL_AGENTS = ['radium_223', 'lutetium_177_psma', 'samarium_153', 'strontium_89'] as const;
/**
 * Imaging modalities of DESIGN §3 "Imaging summary" (the same codes as the case domain's
 * IMAGING_MODALITIES, written out here so this folder does not depend on it), plus other.
 */
export const FURTHER_IMAGING_MODALITIES = ['xray', 'ct', 'mri', 'pet_ct', 'psma_pet', 'bone_scan', 'other'] as const;
export const SUPPORTIVE_CARE_FOCUSES = ['pain', 'physiotherapy', 'support_services', 'other'] as const;

/** Upper limits of the free-entry prescription; larger values are typing errors, not prescriptions. */
export const MAX_TOTAL_DOSE_GY = 80;
export const MAX_FRACTIONS = 40;

/** Plausibility bounds only (a value outside them is a unit or typing error); clinical limits are checks. */
export const CRCL_PLAUSIBLE_MAX_ML_MIN = 300;
export const CORRECTED_CALCIUM_PLAUSIBLE_MMOL_L = { min: 0.5, max: 5 } as const;

const SHORT_TEXT = 200;
const LONG_TEXT = 4000;

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}

/** Free text that must say something: trimmed, at least one character. */
function text(max: number) {
  return z
    .string({ error: (issue) => (isAbsent(issue.input) ? REQUIRED : 'must be text') })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });
}

/** A JSON number in [min, max] with a unit in the messages; numeric strings are rejected. */
function measurement(min: number, max: number, unit: string) {
  return z
    .number({ error: (issue) => (isAbsent(issue.input) ? REQUIRED : 'must be a JSON number') })
    .min(min, { error: `must be at least ${min} ${unit}` })
    .max(max, { error: `must be at most ${max} ${unit}` });
}

/**
 * Fields every kind carries. `rationale` may be empty while the item is a draft; whether a proposed
 * item needs one is a workflow rule, not a shape rule. Lesion ids use z.guid() (any 8-4-4-4-12 hex,
 * what a PostgreSQL uuid column accepts): z.uuid() in zod 4 also checks the RFC version/variant
 * digits and would reject fixed seed ids such as 00000000-0000-0000-0000-000000000001.
 */
const common = {
  rationale: z
    .string({ error: (issue) => (isAbsent(issue.input) ? REQUIRED : 'must be text') })
    .trim()
    .max(LONG_TEXT, { error: `must be at most ${LONG_TEXT} characters` }),
  lesionIds: z
    .array(z.guid({ error: 'must be a lesion id (UUID)' }), { error: 'must be a list of lesion ids' })
    .max(100, { error: 'must list at most 100 lesions' })
    .refine((ids) => new Set(ids.map((id) => id.toLowerCase())).size === ids.length, {
      error: 'lists the same lesion twice',
    })
    .nullish(),
};

const radiotherapySchema = z
  .strictObject({
    kind: z.literal('radiotherapy'),
    /** Free-text site, e.g. "T12" or "left proximal femur". */
    target: text(SHORT_TEXT),
    technique: choice(RADIOTHERAPY_TECHNIQUES),
    totalDoseGy: z
      .number({ error: (issue) => (isAbsent(issue.input) ? REQUIRED : 'must be a JSON number') })
      .positive({ error: 'must be more than 0 Gy' })
      .max(MAX_TOTAL_DOSE_GY, { error: `must be at most ${MAX_TOTAL_DOSE_GY} Gy` })
      // Prescriptions are recorded in whole cGy (mCODE uses UCUM cGy).
      .multipleOf(0.01, { error: 'must be in whole cGy (at most two decimals in Gy)' }),
    fractions: integer(1, MAX_FRACTIONS),
    /** Set when the prescription was picked from the catalogue; must then agree with it. */
    regimenCode: choice(RADIOTHERAPY_REGIMEN_CODES).nullish(),
    ...common,
  })
  .superRefine((value, ctx) => {
    // Zod runs this even when other fields failed, so read the raw values defensively.
    const raw: unknown = value;
    if (!isPlainObject(raw)) return;
    const { regimenCode, technique, totalDoseGy, fractions } = raw;
    if (typeof regimenCode !== 'string' || !(RADIOTHERAPY_REGIMEN_CODES as readonly string[]).includes(regimenCode))
      return;
    const regimen = findRegimenByCode(regimenCode as (typeof RADIOTHERAPY_REGIMEN_CODES)[number]);
    const agrees =
      technique === regimen.technique &&
      typeof totalDoseGy === 'number' &&
      doseCGy(totalDoseGy) === regimen.totalDoseCGy &&
      fractions === regimen.fractions;
    if (!agrees) {
      ctx.addIssue({
        code: 'custom',
        path: ['regimenCode'],
        message: `"${regimenCode}" is ${regimen.technique} ${regimen.label}, which disagrees with the prescription entered; clear the regimen code for a free-entry prescription`,
      });
    }
  });

const ablationSchema = z.strictObject({
  kind: z.literal('ablation'),
  modality: choice(ABLATION_MODALITIES),
  cementoplasty: flag(),
  ...common,
});

const reconstructionSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('endoprosthesis') }),
    z.strictObject({ type: z.literal('other'), description: text(SHORT_TEXT) }),
  ],
  { error: discriminatorError('type', ['endoprosthesis', 'other']) },
);

const surgerySchema = z.discriminatedUnion(
  'procedure',
  [
    z.strictObject({
      kind: z.literal('surgery'),
      procedure: z.literal('stabilisation'),
      fixation: choice(SURGICAL_FIXATIONS),
      ...common,
    }),
    z.strictObject({ kind: z.literal('surgery'), procedure: z.literal('decompression'), ...common }),
    z.strictObject({
      kind: z.literal('surgery'),
      procedure: z.literal('resection_reconstruction'),
      reconstruction: reconstructionSchema.nullish(),
      ...common,
    }),
  ],
  { error: discriminatorError('procedure', SURGICAL_PROCEDURES) },
);

/**
 * The dose is not typed: it is derived from the agent (and, for zoledronic acid, from creatinine
 * clearance), so a typed dose can never disagree with the renal band.
 */
const boneModifyingAgentSchema = z.strictObject({
  kind: z.literal('bone_modifying_agent'),
  agent: choice(BONE_MODIFYING_AGENTS),
  /** Cockcroft-Gault, mL/min; overrides the case's latest assessment for the checks. */
  creatinineClearanceMlMin: measurement(0, CRCL_PLAUSIBLE_MAX_ML_MIN, 'mL/min').nullish(),
  /** Albumin-corrected, mmol/L; overrides the case's latest assessment for the checks. */
  correctedCalciumMmolL: measurement(
    CORRECTED_CALCIUM_PLAUSIBLE_MMOL_L.min,
    CORRECTED_CALCIUM_PLAUSIBLE_MMOL_L.max,
    'mmol/L',
  ).nullish(),
  dentalReviewDone: flag().nullish(),
  ...common,
});

/** Eligibility inputs are per agent, so an input that does not apply (PSMA PET for radium) is rejected. */
const radiopharmaceuticalSchema = z.discriminatedUnion(
  'agent',
  [
    z.strictObject({
      kind: z.literal('radiopharmaceutical'),
      agent: z.literal('radium_223'),
      castrationResistantProstate: flag().nullish(),
      symptomaticBoneMetastases: flag().nullish(),
      knownVisceralMetastases: flag().nullish(),
      ...common,
    }),
    z.strictObject({
      kind: z.literal('radiopharmaceutical'),
      agent: z.literal('lutetium_177_psma'),
      psmaPetPositive: flag().nullish(),
      ...common,
    }),
    z.strictObject({ kind: z.literal('radiopharmaceutical'), agent: z.literal('samarium_153'), ...common }),
    z.strictObject({ kind: z.literal('radiopharmaceutical'), agent: z.literal('strontium_89'), ...common }),
  ],
  { error: discriminatorError('agent', RADIOPHARMACEUTICAL_AGENTS) },
);

const systemicTherapyChangeSchema = z.strictObject({
  kind: z.literal('systemic_therapy_change'),
  /** A suggestion to the referring oncologist, who owns systemic therapy. */
  suggestion: text(LONG_TEXT),
  ...common,
});

const furtherImagingSchema = z.strictObject({
  kind: z.literal('further_imaging'),
  modality: choice(FURTHER_IMAGING_MODALITIES),
  region: text(SHORT_TEXT),
  ...common,
});

const biopsySchema = z.strictObject({ kind: z.literal('biopsy'), site: text(SHORT_TEXT), ...common });

const supportiveCareSchema = z.strictObject({
  kind: z.literal('supportive_care'),
  focus: choice(SUPPORTIVE_CARE_FOCUSES),
  text: text(LONG_TEXT),
  ...common,
});

const otherSchema = z.strictObject({ kind: z.literal('other'), text: text(LONG_TEXT), ...common });

/** The message for a missing or unknown discriminator, in the same words as the other fields. */
function discriminatorError(key: string, values: readonly string[]) {
  return (issue: { code?: string; input?: unknown }): string | undefined => {
    if (issue.code !== 'invalid_union') return undefined;
    const given = isPlainObject(issue.input) ? issue.input[key] : undefined;
    if (isAbsent(given)) return REQUIRED;
    return `unknown value (got ${typeof given === 'string' ? 'a text value' : typeof given}); expected one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
  };
}

export const recommendationItemSchema = z.discriminatedUnion(
  'kind',
  [
    radiotherapySchema,
    ablationSchema,
    surgerySchema,
    boneModifyingAgentSchema,
    radiopharmaceuticalSchema,
    systemicTherapyChangeSchema,
    furtherImagingSchema,
    biopsySchema,
    supportiveCareSchema,
    otherSchema,
  ],
  { error: discriminatorError('kind', RECOMMENDATION_KINDS) },
);

export type RecommendationItem = z.output<typeof recommendationItemSchema>;
export type RecommendationItemInput = z.input<typeof recommendationItemSchema>;
export type RecommendationItemOf<K extends RecommendationKind> = Extract<RecommendationItem, { kind: K }>;

export type RadiotherapyItem = RecommendationItemOf<'radiotherapy'>;
export type AblationItem = RecommendationItemOf<'ablation'>;
export type SurgeryItem = RecommendationItemOf<'surgery'>;
export type BoneModifyingAgentItem = RecommendationItemOf<'bone_modifying_agent'>;
export type RadiopharmaceuticalItem = RecommendationItemOf<'radiopharmaceutical'>;

/** One offending field, dotted path as in problem+json `errors` (`reconstruction.description`). */
export interface RecommendationFieldError {
  path: string;
  message: string;
}

export type RecommendationParseResult =
  { success: true; item: RecommendationItem } | { success: false; errors: RecommendationFieldError[] };

/**
 * Validates an item and names every offending field with its dotted path. An unknown key is
 * reported at its own path ("extra", "reconstruction.colour") rather than at the parent object.
 */
export function parseRecommendationItem(input: unknown): RecommendationParseResult {
  const result = recommendationItemSchema.safeParse(input);
  if (result.success) return { success: true, item: result.data };
  const errors: RecommendationFieldError[] = [];
  for (const issue of result.error.issues) {
    const at = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) errors.push({ path: [...at, key].join('.'), message: 'is not a known field' });
    } else {
      errors.push({ path: at.length === 0 ? '(item)' : at.join('.'), message: issue.message });
    }
  }
  return { success: false, errors };
}
