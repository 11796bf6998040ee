import type { ScoreTool } from '@tumor-board/shared';
import { BILSKY_DEFINITION } from './bilsky-definition';
import { MIRELS_DEFINITION } from './mirels-definition';
import { NOMS_DEFINITION } from './noms-definition';
import { SINS_DEFINITION } from './sins-definition';
import { TOKUHASHI_DEFINITION } from './tokuhashi-definition';
import { TOMITA_DEFINITION } from './tomita-definition';
import type { ToolDefinition } from './tool-types';

/*
 * What the calculator page shows for each tool: its questions, their options in the order of the
 * published table with the points that table gives, and how its categories read. Points always come
 * from `shared`'s tables, so the page can never disagree with the case pages or the server.
 */

export type { CategoryStyle, ChoiceOption, FieldDef, FormValue, FormValues, ToolDefinition } from './tool-types';
export { pointsWord } from './tool-helpers';
export {
  BILSKY_DEFINITION,
  MIRELS_DEFINITION,
  NOMS_DEFINITION,
  SINS_DEFINITION,
  TOKUHASHI_DEFINITION,
  TOMITA_DEFINITION,
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
