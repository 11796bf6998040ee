import { TOKUHASHI_COUNT_POINTS, TOKUHASHI_POINTS, type TokuhashiCategory } from '@tumor-board/shared';
import { asNumber, countRule, options, pick } from './tool-helpers';
import type { CategoryStyle, ToolDefinition } from './tool-types';

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
