import type { ScoreTool } from '@tumor-board/shared';

/** Shapes of the calculator page's tool definitions (see `tool-definitions.ts`). */

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
