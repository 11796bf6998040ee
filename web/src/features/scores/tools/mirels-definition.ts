import { MIRELS_POINTS, type MirelsCategory } from '@tumor-board/shared';
import { options, pick, plainOptions } from './tool-helpers';
import type { CategoryStyle, ToolDefinition } from './tool-types';

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
