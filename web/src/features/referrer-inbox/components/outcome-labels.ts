import type { ItemOutcomeStatus, PAIN_RESPONSES, SKELETAL_RELATED_EVENTS } from '@tumor-board/shared';

export const ITEM_OUTCOME_LABELS: Readonly<Record<ItemOutcomeStatus, string>> = {
  done: 'Done',
  modified: 'Modified',
  not_done: 'Not done',
};

export const PAIN_RESPONSE_LABELS: Readonly<Record<(typeof PAIN_RESPONSES)[number], string>> = {
  complete: 'Complete response',
  partial: 'Partial response',
  stable: 'Stable',
  progression: 'Progression',
  not_assessable: 'Not assessable',
};

export const SRE_LABELS: Readonly<Record<(typeof SKELETAL_RELATED_EVENTS)[number], string>> = {
  pathological_fracture: 'Pathological fracture',
  spinal_cord_compression: 'Spinal cord compression',
  surgery_to_bone: 'Surgery to bone',
  radiotherapy_to_bone: 'Radiotherapy to bone',
  hypercalcaemia: 'Hypercalcaemia',
};

/** Today as YYYY-MM-DD in the browser's time zone (the default for "when"). */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
