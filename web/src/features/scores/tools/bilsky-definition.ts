import { BILSKY_GRADES, BILSKY_TABLE, type BilskyCategory } from '@tumor-board/shared';
import { pick } from './tool-helpers';
import type { CategoryStyle, ChoiceOption, ToolDefinition } from './tool-types';

// Bilsky

export const BILSKY_OPTIONS: ChoiceOption[] = BILSKY_GRADES.map((grade) => ({
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
