import {
  BILSKY_GRADES,
  BILSKY_TABLE,
  MIRELS_POINTS,
  NOMS_NEUROLOGY,
  NOMS_PRIMARIES,
  NOMS_SYSTEMIC,
  RADIOSENSITIVITIES,
  SINS_POINTS,
  SPINAL_LEVELS,
  TOKUHASHI_COUNT_POINTS,
  TOKUHASHI_POINTS,
  TOMITA_POINTS,
  radiosensitivityForPrimary,
  type BilskyCategory,
  type CountPoints,
  type MirelsCategory,
  type NomsDirection,
  type NomsPrimary,
  type ScoreTool,
  type SinsCategory,
  type TokuhashiCategory,
  type TomitaCategory,
} from '@tumor-board/shared';

/*
 * What the calculator page shows for each tool: its questions, their options in the order of the
 * published table with the points that table gives, and how its categories read. Points always come
 * from `shared`'s tables, so the page can never disagree with the case pages or the server.
 */

export type FormValue = string | number | null;
export type FormValues = Readonly<Record<string, FormValue>>;

export interface ChoiceOption {
  value: string;
  label: string;
  /** From the published table; null where the option scores nothing by itself (e.g. a Bilsky grade). */
  points: number | null;
}

interface FieldBase {
  /** The calculator's input key (or a page-only key, dropped by `toInput`). */
  key: string;
  label: string;
  description?: string;
  /** Hidden (and sent as not answered) unless this holds. */
  visibleWhen?: (values: FormValues) => boolean;
  /** Other values to set when this one changes (e.g. a primary tumour fills in its radiosensitivity). */
  derive?: (value: FormValue, values: FormValues) => Record<string, FormValue>;
}

export type FieldDef =
  | (FieldBase & { kind: 'radio' | 'select'; options: readonly ChoiceOption[] })
  | (FieldBase & { kind: 'integer'; min: number; max?: number })
  /** SINS: a vertebral level (the location is derived from it) or the location group directly. */
  | (FieldBase & { kind: 'sinsLocation'; options: readonly ChoiceOption[]; levels: readonly string[] });

export interface CategoryStyle {
  label: string;
  color: string;
}

export interface ToolDefinition {
  tool: ScoreTool;
  /** Tab label, e.g. "SINS". */
  name: string;
  /** Full name, e.g. "Spinal Instability Neoplastic Score". */
  title: string;
  /** When the board uses it. */
  purpose: string;
  fields: readonly FieldDef[];
  /** Form values → the calculator's input; page-only keys are dropped, unanswered ones sent as null. */
  toInput: (values: FormValues) => Record<string, unknown>;
  /** Names of the calculator's components (and input keys) as the page shows them. */
  componentLabels: Readonly<Record<string, string>>;
  /** Where a missing input reads differently from the component it feeds (SINS: level or location). */
  missingLabels?: Readonly<Record<string, string>>;
  categories: Readonly<Record<string, CategoryStyle>>;
  /** Heading of the per-component number column; null when components score no points (NOMS). */
  pointsHeading: string | null;
  /** How the band of the total is introduced, e.g. "Stability" or "Predicted survival". */
  categoryHeading: string;
}

/** The options of a published points table, in the table's order, with a label for every key. */
function options<K extends string>(
  table: Readonly<Record<K, number>>,
  labels: Readonly<Record<K, string>>,
): ChoiceOption[] {
  return (Object.keys(table) as K[]).map((value) => ({ value, label: labels[value], points: table[value] }));
}

/** Options that carry no points (NOMS inputs, yes/no questions). */
function plainOptions<K extends string>(values: readonly K[], labels: Readonly<Record<K, string>>): ChoiceOption[] {
  return values.map((value) => ({ value, label: labels[value], points: null }));
}

export const pointsWord = (points: number) => (points === 1 ? '1 point' : `${points} points`);

/** "3 or more: 0 points; 1–2: 1 point; none: 2 points" from a Tokuhashi count table. */
function countRule(rows: readonly CountPoints[], zero: string): string {
  return rows
    .map((row) => {
      const range =
        row.max === null
          ? `${row.min} or more`
          : row.min === row.max
            ? row.min === 0
              ? zero
              : `${row.min}`
            : `${row.min}–${row.max}`;
      return `${range}: ${pointsWord(row.points)}`;
    })
    .join('; ');
}

/** Every key of `fields` as null, then the answered values: the calculator reports what is missing. */
function pick(values: FormValues, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, values[key] ?? null]));
}

const asNumber = (value: FormValue): number | null =>
  value === null || value === '' ? null : typeof value === 'number' ? value : Number(value);

// ---------------------------------------------------------------------------------------------------
// SINS

const SINS_LOCATION_LABELS = {
  junctional: 'Junctional (occiput–C2, C7–T2, T11–L1, L5–S1)',
  mobile: 'Mobile spine (C3–C6, L2–L4)',
  semi_rigid: 'Semi-rigid (T3–T10)',
  rigid: 'Rigid (S2–S5)',
} as const;

const SINS_CATEGORIES: Record<SinsCategory, CategoryStyle> = {
  stable: { label: 'Stable', color: 'green' },
  potentially_unstable: { label: 'Potentially unstable', color: 'orange' },
  unstable: { label: 'Unstable', color: 'red' },
};

export const SINS_DEFINITION: ToolDefinition = {
  tool: 'sins',
  name: 'SINS',
  title: 'Spinal Instability Neoplastic Score',
  purpose: 'Mechanical stability of one spinal level with a metastasis. Score each level on its own.',
  fields: [
    {
      kind: 'sinsLocation',
      key: 'location',
      label: 'Location',
      options: options(SINS_POINTS.location, SINS_LOCATION_LABELS),
      levels: SPINAL_LEVELS,
    },
    {
      kind: 'radio',
      key: 'pain',
      label: 'Pain',
      description: 'Mechanical: relief when lying down, or pain with movement or loading of the spine.',
      options: options(SINS_POINTS.pain, {
        mechanical: 'Mechanical pain',
        non_mechanical: 'Occasional pain, not mechanical',
        pain_free: 'Pain-free lesion',
      }),
    },
    {
      kind: 'radio',
      key: 'lesion',
      label: 'Bone lesion',
      options: options(SINS_POINTS.lesion, { lytic: 'Lytic', mixed: 'Mixed (lytic and blastic)', blastic: 'Blastic' }),
    },
    {
      kind: 'radio',
      key: 'alignment',
      label: 'Radiographic spinal alignment',
      options: options(SINS_POINTS.alignment, {
        subluxation_translation: 'Subluxation or translation present',
        de_novo_deformity: 'De novo deformity (kyphosis or scoliosis)',
        normal: 'Normal alignment',
      }),
    },
    {
      kind: 'radio',
      key: 'collapse',
      label: 'Vertebral body collapse',
      description: 'Exactly 50 % is not defined by the paper: choose the nearer option.',
      options: options(SINS_POINTS.collapse, {
        over_50: 'More than 50 % collapse',
        under_50: 'Less than 50 % collapse',
        none_with_over_50_involved: 'No collapse, but more than 50 % of the body involved',
        none: 'None of the above',
      }),
    },
    {
      kind: 'radio',
      key: 'posterolateral',
      label: 'Posterolateral involvement of spinal elements',
      description: 'Facet, pedicle or costovertebral joint fracture, or replacement with tumour.',
      options: options(SINS_POINTS.posterolateral, {
        bilateral: 'Bilateral',
        unilateral: 'Unilateral',
        none: 'None of the above',
      }),
    },
  ],
  toInput: (values) => {
    const byLevel = values.locationMode !== 'location';
    return {
      ...pick(values, ['pain', 'lesion', 'alignment', 'collapse', 'posterolateral']),
      level: byLevel ? (values.level ?? null) : null,
      location: byLevel ? null : (values.location ?? null),
    };
  },
  missingLabels: { location: 'Vertebral level (or location group)' },
  componentLabels: {
    location: 'Location',
    level: 'Vertebral level',
    pain: 'Pain',
    lesion: 'Bone lesion',
    alignment: 'Spinal alignment',
    collapse: 'Vertebral body collapse',
    posterolateral: 'Posterolateral involvement',
  },
  categories: SINS_CATEGORIES,
  pointsHeading: 'Points',
  categoryHeading: 'Stability',
};

// ---------------------------------------------------------------------------------------------------
// Mirels

const MIRELS_CATEGORIES: Record<MirelsCategory, CategoryStyle> = {
  low: { label: 'Low fracture risk', color: 'green' },
  borderline: { label: 'Borderline', color: 'orange' },
  high: { label: 'High fracture risk', color: 'red' },
};

export const MIRELS_DEFINITION: ToolDefinition = {
  tool: 'mirels',
  name: 'Mirels',
  title: 'Mirels’ score',
  purpose: 'Risk of a pathological fracture through a metastasis in a long bone.',
  fields: [
    {
      kind: 'radio',
      key: 'site',
      label: 'Site',
      options: options(MIRELS_POINTS.site, {
        upper_limb: 'Upper limb',
        lower_limb: 'Lower limb',
        peritrochanteric: 'Peritrochanteric',
      }),
    },
    {
      kind: 'radio',
      key: 'humerus',
      label: 'Is the lesion in the humerus?',
      description: 'The published cut-off may not hold for the humerus; answering lets the result say so.',
      visibleWhen: (values) => values.site === 'upper_limb',
      options: plainOptions(['yes', 'no'] as const, { yes: 'Yes', no: 'No' }),
    },
    {
      kind: 'radio',
      key: 'pain',
      label: 'Pain',
      options: options(MIRELS_POINTS.pain, {
        mild: 'Mild',
        moderate: 'Moderate',
        functional: 'Functional (worse with use of the limb or bearing weight)',
      }),
    },
    {
      kind: 'radio',
      key: 'lesion',
      label: 'Lesion',
      options: options(MIRELS_POINTS.lesion, { blastic: 'Blastic', mixed: 'Mixed', lytic: 'Lytic' }),
    },
    {
      kind: 'radio',
      key: 'size',
      label: 'Size',
      description: 'Fraction of the bone’s diameter involved, on the worst orthogonal radiograph.',
      options: options(MIRELS_POINTS.size, {
        under_one_third: 'Less than one third',
        one_third_to_two_thirds: 'One third to two thirds',
        over_two_thirds: 'More than two thirds',
      }),
    },
  ],
  toInput: (values) => ({
    ...pick(values, ['site', 'pain', 'lesion', 'size']),
    humerus: values.site === 'upper_limb' && values.humerus ? values.humerus === 'yes' : null,
  }),
  componentLabels: { site: 'Site', pain: 'Pain', lesion: 'Lesion', size: 'Size', humerus: 'Humerus' },
  categories: MIRELS_CATEGORIES,
  pointsHeading: 'Points',
  categoryHeading: 'Fracture risk',
};

// ---------------------------------------------------------------------------------------------------
// Bilsky

const BILSKY_OPTIONS: ChoiceOption[] = BILSKY_GRADES.map((grade) => ({
  value: grade,
  label: `Grade ${grade}: ${BILSKY_TABLE[grade].definition}`,
  points: null,
}));

const BILSKY_CATEGORIES: Record<BilskyCategory, CategoryStyle> = {
  low_grade: { label: 'Low-grade ESCC', color: 'teal' },
  high_grade: { label: 'High-grade ESCC', color: 'red' },
};

export const BILSKY_DEFINITION: ToolDefinition = {
  tool: 'bilsky',
  name: 'Bilsky',
  title: 'Bilsky epidural spinal cord compression (ESCC) grade',
  purpose: 'Degree of epidural compression, read on axial T2 MRI at the level of worst compression.',
  fields: [{ kind: 'radio', key: 'grade', label: 'ESCC grade', options: BILSKY_OPTIONS }],
  toInput: (values) => pick(values, ['grade']),
  componentLabels: { grade: 'ESCC grade' },
  categories: BILSKY_CATEGORIES,
  pointsHeading: 'Rank (0–5)',
  categoryHeading: 'Category',
};

// ---------------------------------------------------------------------------------------------------
// Tokuhashi (revised, 2005)

const TOKUHASHI_CATEGORIES: Record<TokuhashiCategory, CategoryStyle> = {
  lt_6_months: { label: 'Under 6 months', color: 'red' },
  ge_6_months: { label: '6 months or more', color: 'orange' },
  ge_12_months: { label: '12 months or more', color: 'green' },
};

export const TOKUHASHI_DEFINITION: ToolDefinition = {
  tool: 'tokuhashi',
  name: 'Tokuhashi',
  title: 'Revised Tokuhashi score (2005)',
  purpose: 'Preoperative estimate of survival with spinal metastases; a lower total means a worse outlook.',
  fields: [
    {
      kind: 'radio',
      key: 'generalCondition',
      label: 'General condition (Karnofsky performance status)',
      options: options(TOKUHASHI_POINTS.generalCondition, {
        poor: 'Poor (KPS 10–40 %)',
        moderate: 'Moderate (KPS 50–70 %)',
        good: 'Good (KPS 80–100 %)',
      }),
    },
    {
      kind: 'integer',
      key: 'extraspinalBoneFoci',
      label: 'Number of extraspinal bone metastases',
      description: countRule(TOKUHASHI_COUNT_POINTS.extraspinalBoneFoci, 'none'),
      min: 0,
    },
    {
      kind: 'integer',
      key: 'vertebralBodyMetastases',
      label: 'Number of metastases in the vertebral bodies',
      description: `Including this one. ${countRule(TOKUHASHI_COUNT_POINTS.vertebralBodyMetastases, 'none')}`,
      min: 1,
    },
    {
      kind: 'radio',
      key: 'majorOrganMetastases',
      label: 'Metastases to major internal organs',
      options: options(TOKUHASHI_POINTS.majorOrganMetastases, {
        unremovable: 'Unremovable',
        removable: 'Removable',
        none: 'None',
      }),
    },
    {
      kind: 'select',
      key: 'primarySite',
      label: 'Primary site of the cancer',
      description:
        '“Other” is the paper’s catch-all. Histologies it does not name (e.g. myeloma, lymphoma) need a local decision.',
      options: options(TOKUHASHI_POINTS.primarySite, {
        lung: 'Lung',
        osteosarcoma: 'Osteosarcoma',
        stomach: 'Stomach',
        bladder: 'Bladder',
        esophagus: 'Oesophagus',
        pancreas: 'Pancreas',
        liver: 'Liver',
        gallbladder: 'Gallbladder',
        unidentified: 'Not identified',
        other: 'Other',
        kidney: 'Kidney',
        uterus: 'Uterus',
        rectum: 'Rectum',
        thyroid: 'Thyroid',
        breast: 'Breast',
        prostate: 'Prostate',
        carcinoid: 'Carcinoid tumour',
      }),
    },
    {
      kind: 'radio',
      key: 'palsy',
      label: 'Palsy (Frankel grade)',
      options: options(TOKUHASHI_POINTS.palsy, {
        A: 'Frankel A: complete motor and sensory loss',
        B: 'Frankel B: sensation only',
        C: 'Frankel C: motor function, not useful',
        D: 'Frankel D: useful motor function',
        E: 'Frankel E: no palsy',
      }),
    },
  ],
  toInput: (values) => ({
    ...pick(values, ['generalCondition', 'majorOrganMetastases', 'primarySite', 'palsy']),
    extraspinalBoneFoci: asNumber(values.extraspinalBoneFoci ?? null),
    vertebralBodyMetastases: asNumber(values.vertebralBodyMetastases ?? null),
  }),
  componentLabels: {
    generalCondition: 'General condition',
    extraspinalBoneFoci: 'Extraspinal bone metastases',
    vertebralBodyMetastases: 'Vertebral body metastases',
    majorOrganMetastases: 'Major organ metastases',
    primarySite: 'Primary site',
    palsy: 'Palsy',
  },
  categories: TOKUHASHI_CATEGORIES,
  pointsHeading: 'Points',
  categoryHeading: 'Predicted survival',
};

// ---------------------------------------------------------------------------------------------------
// Tomita

const TOMITA_CATEGORIES: Record<TomitaCategory, CategoryStyle> = {
  wide_or_marginal_excision: { label: 'Wide or marginal excision', color: 'green' },
  marginal_or_intralesional_excision: { label: 'Marginal or intralesional excision', color: 'teal' },
  palliative_surgery: { label: 'Palliative surgery', color: 'orange' },
  supportive_care: { label: 'Supportive care', color: 'red' },
};

export const TOMITA_DEFINITION: ToolDefinition = {
  tool: 'tomita',
  name: 'Tomita',
  title: 'Tomita score',
  purpose: 'Surgical strategy for spinal metastases, from the primary’s growth and the spread of disease.',
  fields: [
    {
      kind: 'radio',
      key: 'primaryGrowth',
      label: 'Growth of the primary tumour',
      options: options(TOMITA_POINTS.primaryGrowth, {
        slow: 'Slow (e.g. breast, thyroid, prostate)',
        moderate: 'Moderate (e.g. kidney, uterus)',
        rapid: 'Rapid (e.g. lung, liver, stomach, colon, unknown primary)',
      }),
    },
    {
      kind: 'radio',
      key: 'visceralMetastases',
      label: 'Visceral metastases',
      options: options(TOMITA_POINTS.visceralMetastases, {
        none: 'None',
        treatable: 'Treatable',
        untreatable: 'Untreatable',
      }),
    },
    {
      kind: 'radio',
      key: 'boneMetastases',
      label: 'Bone metastases (spinal ones included)',
      options: options(TOMITA_POINTS.boneMetastases, { solitary: 'Solitary or isolated', multiple: 'Multiple' }),
    },
  ],
  toInput: (values) => pick(values, ['primaryGrowth', 'visceralMetastases', 'boneMetastases']),
  componentLabels: {
    primaryGrowth: 'Primary growth',
    visceralMetastases: 'Visceral metastases',
    boneMetastases: 'Bone metastases',
  },
  categories: TOMITA_CATEGORIES,
  pointsHeading: 'Points',
  categoryHeading: 'Suggested strategy',
};

// ---------------------------------------------------------------------------------------------------
// NOMS

const NOMS_PRIMARY_LABELS: Record<NomsPrimary, string> = {
  breast: 'Breast',
  prostate: 'Prostate',
  myeloma: 'Myeloma',
  kidney: 'Kidney (renal cell)',
  thyroid: 'Thyroid',
  melanoma: 'Melanoma',
  lung: 'Lung (non-small-cell)',
  other: 'Other: choose the response below',
};

const isNomsPrimary = (value: FormValue): value is NomsPrimary =>
  typeof value === 'string' && (NOMS_PRIMARIES as readonly string[]).includes(value);

const NOMS_CATEGORIES: Record<NomsDirection, CategoryStyle> = {
  cebrt: { label: 'cEBRT', color: 'blue' },
  srs: { label: 'SRS/SBRT', color: 'blue' },
  separation_surgery_then_srs: { label: 'Separation surgery, then SRS', color: 'grape' },
  stabilization_then_cebrt: { label: 'Stabilization and cEBRT', color: 'grape' },
  stabilization_then_srs: { label: 'Stabilization and SRS', color: 'grape' },
  separation_surgery_with_stabilization_then_srs: {
    label: 'Separation surgery with stabilization, then SRS',
    color: 'grape',
  },
  least_morbid_option: { label: 'Least-morbid option', color: 'gray' },
};

export const NOMS_DEFINITION: ToolDefinition = {
  tool: 'noms',
  name: 'NOMS',
  title: 'NOMS decision framework',
  purpose:
    'Neurologic, oncologic, mechanical and systemic assessment of spinal metastases, giving a direction for treatment (not a score).',
  fields: [
    {
      kind: 'radio',
      key: 'escc',
      label: 'Neurologic: ESCC grade (Bilsky)',
      options: BILSKY_OPTIONS,
    },
    {
      kind: 'radio',
      key: 'neurology',
      label: 'Neurologic: symptoms',
      options: plainOptions(NOMS_NEUROLOGY, {
        intact: 'Intact',
        radiculopathy: 'Radiculopathy',
        myelopathy: 'Myelopathy',
        cauda_equina: 'Cauda equina syndrome',
      }),
    },
    {
      kind: 'select',
      key: 'primary',
      label: 'Primary tumour (optional)',
      description: 'Fills in the radiosensitivity usually cited for it; check it for this patient.',
      options: plainOptions(NOMS_PRIMARIES, NOMS_PRIMARY_LABELS),
      derive: (value): Record<string, FormValue> =>
        isNomsPrimary(value) ? { radiosensitivity: radiosensitivityForPrimary(value) ?? null } : {},
    },
    {
      kind: 'radio',
      key: 'radiosensitivity',
      label: 'Oncologic: response to conventional radiotherapy',
      options: plainOptions(RADIOSENSITIVITIES, { sensitive: 'Radiosensitive', resistant: 'Radioresistant' }),
    },
    {
      kind: 'integer',
      key: 'sins',
      label: 'Mechanical: SINS total',
      description: '0–18; use the SINS tab to work it out.',
      min: 0,
      max: 18,
    },
    {
      kind: 'select',
      key: 'ecog',
      label: 'Systemic: ECOG performance status',
      options: [
        { value: '0', label: '0: fully active', points: null },
        { value: '1', label: '1: restricted in strenuous activity', points: null },
        { value: '2', label: '2: up and about, self-care, unable to work', points: null },
        { value: '3', label: '3: limited self-care, in bed or chair over half the day', points: null },
        { value: '4', label: '4: completely disabled', points: null },
      ],
    },
    {
      kind: 'radio',
      key: 'systemic',
      label: 'Systemic: can the patient tolerate the treatment considered?',
      options: plainOptions(NOMS_SYSTEMIC, {
        favourable: 'Favourable: yes',
        unfavourable: 'Unfavourable: comorbidities or the extent of disease preclude it',
      }),
    },
  ],
  toInput: (values) => ({
    ...pick(values, ['escc', 'neurology', 'radiosensitivity', 'systemic']),
    sins: asNumber(values.sins ?? null),
    ecog: asNumber(values.ecog ?? null),
  }),
  componentLabels: {
    escc: 'ESCC grade',
    neurology: 'Neurological symptoms',
    radiosensitivity: 'Radiosensitivity',
    sins: 'SINS',
    ecog: 'ECOG',
    systemic: 'Systemic status',
  },
  categories: NOMS_CATEGORIES,
  pointsHeading: null,
  categoryHeading: 'Suggested direction',
};

/** In the order of `SCORE_TOOLS`. */
export const TOOL_DEFINITIONS: Readonly<Record<ScoreTool, ToolDefinition>> = {
  sins: SINS_DEFINITION,
  mirels: MIRELS_DEFINITION,
  bilsky: BILSKY_DEFINITION,
  tokuhashi: TOKUHASHI_DEFINITION,
  tomita: TOMITA_DEFINITION,
  noms: NOMS_DEFINITION,
};

/**
 * The label of an answer as the form showed it (`value` as the calculator echoes it), without the
 * explanation in brackets: "Junctional (occiput–C2, …)" reads "Junctional" in a result table.
 */
export function answerLabel(definition: ToolDefinition, component: string, value: string | number | boolean): string {
  const field = definition.fields.find((f) => f.key === component);
  if (field && 'options' in field) {
    const option = field.options.find((o) => o.value === String(value));
    if (option) return option.label.replace(/ \(.*\)$/, '');
  }
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}
