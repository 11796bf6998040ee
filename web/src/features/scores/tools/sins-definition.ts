import { SINS_POINTS, SPINAL_LEVELS, type SinsCategory } from '@tumor-board/shared';
import { options, pick } from './tool-helpers';
import type { CategoryStyle, ToolDefinition } from './tool-types';

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
