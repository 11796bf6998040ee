import { TOMITA_POINTS, type TomitaCategory } from '@tumor-board/shared';
import { options, pick } from './tool-helpers';
import type { CategoryStyle, ToolDefinition } from './tool-types';

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
