import {
  NOMS_NEUROLOGY,
  NOMS_PRIMARIES,
  NOMS_SYSTEMIC,
  RADIOSENSITIVITIES,
  radiosensitivityForPrimary,
  type NomsDirection,
  type NomsPrimary,
} from '@tumor-board/shared';
import { asNumber, pick, plainOptions } from './tool-helpers';
import { BILSKY_OPTIONS } from './bilsky-definition';
import type { CategoryStyle, FormValue, ToolDefinition } from './tool-types';

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
