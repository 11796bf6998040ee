import { z } from 'zod';
import { ScoreInputError, WHOLE_INPUT, type ScoreInputIssue } from './errors.js';
import type { ScoreTool } from './types.js';

/**
 * Schema builders shared by the calculators. Every message is written for the clinician filling
 * the form, and a missing item says "is required" rather than zod's type jargon.
 */

export const REQUIRED = 'is required';

/** JSON `null` counts as not answered: forms send it for an empty select. */
function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}

/**
 * Names the JSON type of an offending value, so `2` and `"2"` are told apart (Bilsky grades)
 * without echoing the value itself: these builders also serve the patient record, and an error
 * body must never carry what the client typed (it may be a name typed into the wrong field).
 */
function show(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'a text value';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'true/false';
  return typeof value === 'object' ? 'an object' : 'an unsupported value';
}

/** One of a fixed list of string codes; numbers and other types are rejected, never coerced. */
export function choice<const V extends readonly [string, ...string[]]>(values: V) {
  return z.enum(values, {
    error: (issue) =>
      isAbsent(issue.input)
        ? REQUIRED
        : `unknown value (got ${show(issue.input)}); expected one of ${values.map((v) => JSON.stringify(v)).join(', ')}`,
  });
}

/** One of the option keys of a published points table (the table stays the single list of options). */
export function choiceOf<T extends Readonly<Record<string, number>>>(table: T) {
  return choice(Object.keys(table) as [keyof T & string, ...(keyof T & string)[]]);
}

/** A whole JSON number in [min, max]; numeric strings are rejected, never coerced. */
export function integer(min: number, max?: number) {
  const base = z
    .number({
      error: (issue) => (isAbsent(issue.input) ? REQUIRED : `must be a JSON number, got ${show(issue.input)}`),
    })
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be at least ${min}` });
  return max === undefined ? base : base.max(max, { error: `must be at most ${max}` });
}

/** A JSON boolean; "true"/"yes" strings are rejected. */
export function flag() {
  return z.boolean({
    error: (issue) => (isAbsent(issue.input) ? REQUIRED : `must be true or false, got ${show(issue.input)}`),
  });
}

/** A closed input object: an unknown key is an error, because a misspelt key would otherwise be ignored. */
export function inputObject<S extends z.core.$ZodLooseShape>(shape: S) {
  return z.strictObject(shape, { error: 'must be a JSON object of named inputs' });
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Option for cross-field refinements: run them whenever the input is an object, even if some field
 * already failed, so one answer names every offending component (zod skips them by default).
 */
export const ALWAYS_ON_OBJECTS = { when: (payload: { value: unknown }) => isPlainObject(payload.value) };

/**
 * Turns zod issues into one issue per offending component (messages for the same component are
 * joined), in the order the schema lists its fields. Exported for web forms using the schemas.
 */
export function toScoreInputIssues(issues: readonly z.core.$ZodIssue[]): ScoreInputIssue[] {
  const byComponent = new Map<string, string[]>();
  const add = (component: string, message: string): void => {
    const messages = byComponent.get(component) ?? [];
    if (!messages.includes(message)) messages.push(message);
    byComponent.set(component, messages);
  };
  for (const issue of issues) {
    const [head] = issue.path;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add(key, 'is not a known input');
    } else if (head === undefined) {
      add(WHOLE_INPUT, issue.message);
    } else {
      add(String(head), issue.message);
    }
  }
  return [...byComponent].map(([component, messages]) => ({ component, message: messages.join('; ') }));
}

/** Validates `input` against a tool's schema or throws `ScoreInputError` naming every bad component. */
export function parseScoreInput<S extends z.ZodType>(tool: ScoreTool, schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new ScoreInputError(tool, toScoreInputIssues(result.error.issues));
  }
  return result.data;
}
