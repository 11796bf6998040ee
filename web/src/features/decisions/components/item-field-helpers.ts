import type { ItemFields } from '../lib/item-fields';

export type Patch = (changes: ItemFields) => void;

/** What each kind's field group is given: the item's fields, a patcher and the error of a path. */
export interface KindFieldsProps {
  f: ItemFields;
  set: Patch;
  error: (path: string) => string | undefined;
}

export const str = (v: unknown): string => (typeof v === 'string' ? v : '');
export const num = (v: unknown): number | string => (typeof v === 'number' ? v : '');
export const toNum = (v: number | string): number | null => (typeof v === 'number' ? v : null);
