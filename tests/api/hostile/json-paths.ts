import type { z } from 'zod';
import { RawJson } from './values.js';

/** A location in a JSON document: object keys and array indexes. */
export type Path = readonly (string | number)[];

interface Def {
  type: string;
  format?: string;
  entries?: Record<string, unknown>;
  innerType?: unknown;
  in?: unknown;
  options?: readonly unknown[];
  shape?: Record<string, unknown>;
  element?: unknown;
  left?: unknown;
  right?: unknown;
  getter?: () => unknown;
}
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/**
 * Every field a zod schema names (object keys, and the first element of each list), through
 * optional/nullable/default wrappers, pipes (their input side) and every option of a union, so a
 * recommendation item's fields are reached whatever its kind.
 */
export function schemaPaths(schema: z.ZodType, depth = 4): Path[] {
  const found = new Map<string, Path>();
  const visit = (s: unknown, path: Path, left: number): void => {
    const def = defOf(s);
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'nonoptional':
      case 'readonly':
      case 'catch':
        visit(def.innerType, path, left);
        return;
      case 'pipe':
        visit(def.in, path, left);
        return;
      case 'lazy':
        if (left > 0) visit(def.getter!(), path, left - 1);
        return;
      case 'union':
        for (const option of def.options ?? []) visit(option, path, left);
        return;
      case 'intersection':
        visit(def.left, path, left);
        visit(def.right, path, left);
        return;
      case 'object':
        if (left === 0) return;
        for (const [key, field] of Object.entries(def.shape ?? {})) {
          const p = [...path, key];
          found.set(JSON.stringify(p), p);
          visit(field, p, left - 1);
        }
        return;
      case 'array': {
        if (left === 0) return;
        const p = [...path, 0];
        found.set(JSON.stringify(p), p);
        visit(def.element, p, left - 1);
        return;
      }
      default:
        return;
    }
  };
  visit(schema, [], depth);
  return [...found.values()];
}

/** What a field holds, as far as hostile values go: each kind has its own edge cases. */
export type FieldKind = 'uuid' | 'date' | 'datetime' | 'url' | 'number' | 'enum' | 'boolean' | 'text' | 'other';

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch']);

/** The schemas at `path` (several through a union), wrappers removed. */
function schemasAt(schema: unknown, path: Path): Def[] {
  const unwrap = (s: unknown): Def[] => {
    const def = defOf(s);
    if (WRAPPERS.has(def.type)) return unwrap(def.innerType);
    if (def.type === 'pipe') return unwrap(def.in);
    if (def.type === 'union') return (def.options ?? []).flatMap(unwrap);
    return [def];
  };
  let current = unwrap(schema);
  for (const key of path) {
    current = current.flatMap((def) => {
      if (def.type === 'object' && typeof key === 'string' && def.shape?.[key]) return unwrap(def.shape[key]);
      if (def.type === 'array' && typeof key === 'number') return unwrap(def.element);
      return [];
    });
  }
  return current;
}

/**
 * The kinds of value a schema expects at `path`, and the values of an enum there. Calendar dates
 * are refinements of a plain string in `shared`, so a date is also recognised by the field's name.
 */
export function fieldKindsAt(schema: z.ZodType, path: Path): { kinds: Set<FieldKind>; enumValues: string[] } {
  const kinds = new Set<FieldKind>();
  const enumValues: string[] = [];
  const name = String(path[path.length - 1] ?? '');
  for (const def of schemasAt(schema, path)) {
    if (def.type === 'string') {
      if (def.format === 'uuid' || def.format === 'guid') kinds.add('uuid');
      else if (def.format === 'date' || /date|On$|^dueBy$/i.test(name)) kinds.add('date');
      else if (def.format === 'datetime' || /At$|^from$|^to$/.test(name)) kinds.add('datetime');
      else if (def.format === 'url') kinds.add('url');
      else kinds.add('text');
    } else if (def.type === 'number' || def.type === 'int' || def.type === 'bigint') kinds.add('number');
    else if (def.type === 'enum') {
      kinds.add('enum');
      enumValues.push(...Object.keys(def.entries ?? {}));
    } else if (def.type === 'literal') kinds.add('number');
    else if (def.type === 'boolean') kinds.add('boolean');
    else kinds.add('other');
  }
  return { kinds, enumValues };
}

/** Every path inside a JSON value (not the root), to mutate what a valid body actually holds. */
export function valuePaths(value: unknown, depth = 5): Path[] {
  const out: Path[] = [];
  const visit = (v: unknown, path: Path, left: number) => {
    if (left === 0 || v === null || typeof v !== 'object' || v instanceof RawJson) return;
    const entries: [string | number, unknown][] = Array.isArray(v)
      ? v.map((x, i) => [i, x])
      : Object.entries(v as Record<string, unknown>);
    for (const [k, x] of entries) {
      const p = [...path, k];
      out.push(p);
      visit(x, p, left - 1);
    }
  };
  visit(value, [], depth);
  return out;
}

/** Paths of the objects inside a value (the root included), where an unknown key can be slipped in. */
export const objectPaths = (value: unknown): Path[] =>
  [[] as Path, ...valuePaths(value)].filter((p) => {
    const v = getPath(value, p);
    return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof RawJson);
  });

export function getPath(root: unknown, path: Path): unknown {
  let v = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object' || v instanceof RawJson) return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

/** A deep copy that keeps RawJson pieces and own `__proto__` keys. */
export function clone<T>(value: T): T {
  if (value === null || typeof value !== 'object' || value instanceof RawJson) return value;
  if (Array.isArray(value)) return value.map((v: unknown) => clone(v)) as T;
  const copy = {} as Record<string, unknown>;
  for (const [k, v] of Object.entries(value)) define(copy, k, clone(v));
  return copy as T;
}

/** An own, enumerable property even for `__proto__` (plain assignment would set the prototype). */
const define = (target: object, key: string | number, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

const isContainer = (v: unknown): v is Record<string | number, unknown> =>
  v !== null && typeof v === 'object' && !(v instanceof RawJson);

/** Sets `path` to `value` in a copy of `root`, creating containers on the way; `[]` replaces the root. */
export function setPath(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const container: Record<string | number, unknown> = isContainer(root)
    ? clone<Record<string | number, unknown>>(root)
    : typeof head === 'number'
      ? ([] as unknown as Record<number, unknown>)
      : {};
  const next = setPath(isContainer(root) ? root[head] : undefined, rest, value);
  if (Array.isArray(container) && typeof head === 'number' && head > container.length) container.length = head;
  define(container, head, next);
  return container;
}

/** Removes `path` from a copy of `root` (a list loses the element). */
export function deletePath(root: unknown, path: Path): unknown {
  if (path.length === 0) return undefined;
  if (!isContainer(root)) return root;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = clone<Record<string | number, unknown>>(root);
  if (rest.length === 0) {
    if (Array.isArray(copy) && typeof head === 'number') copy.splice(head, 1);
    else delete copy[head];
    return copy;
  }
  define(copy, head, deletePath(copy[head], rest));
  return copy;
}

export const showPath = (path: Path): string => (path.length ? path.join('.') : '(root)');
