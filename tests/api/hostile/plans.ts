/*
 * Plans for the hostile-input engine: what a hostile request does to the valid one (body and query
 * operations, or a raw transport case), the edge values per field kind, the transport cases, and a
 * short description of a plan for fast-check's counterexample.
 */
import fc from 'fast-check';
import { setPath, showPath, type Path } from './json-paths.js';
import { DEEP_VALUES, RawJson, serialise } from './values.js';

export type BodyOp =
  | { op: 'set'; path: Path; value: unknown }
  | { op: 'delete'; path: Path }
  | { op: 'extra'; at: Path; key: string; value: unknown };

export type QueryOp =
  | { op: 'set'; key: string; raw: string }
  | { op: 'delete'; key: string }
  | { op: 'repeat'; key: string; raw: string }
  | { op: 'append'; raw: string };

/** How to judge a transport case: an exact status, the body as the parser gives it, or only the invariants. */
export type Judge = number | 'unparsed' | 'parsed' | 'any';

export interface Transport {
  label: string;
  /** The raw body, from the valid one. */
  text: (base: unknown) => string;
  headers?: Record<string, string>;
  judge: Judge;
}

export type Plan =
  | { kind: 'mutate'; body: BodyOp[]; query: QueryOp[]; param?: { name: string; raw: string } }
  | { kind: 'transport'; transport: Transport };

/** Random requests per route, after the deterministic examples (a spec may ask for fewer or more). */
export const RANDOM_RUNS = 10;

/** The JSON body limit (BODY_LIMIT's default, 1 MiB): body-parser answers 413 beyond it. */
export const BODY_LIMIT = 1024 * 1024;

const pad = (n: number) => 'a'.repeat(n);

/**
 * Per kind of field, the values most likely to pass validation yet break the database: a whole
 * number past PostgreSQL's integer, year 0 and a UTC offset past ±15:59 (zod takes both, PostgreSQL
 * neither), an id no row has (a foreign key the service forgot to check).
 */
export const EDGE_BY_KIND: Partial<Record<string, readonly unknown[]>> = {
  number: [2 ** 31],
  date: ['0000-01-01'],
  datetime: ['0000-01-01T00:00:00Z', '2026-03-29T01:30:00+23:59'],
  uuid: ['4f1c2b9e-4a57-4d38-9a4c-2f3f9d9b1a11'],
};

export const TRANSPORT: readonly Transport[] = [
  ...['{', '{"a":}', "{'a':1}", '{"a":1,}', '[1,2', 'undefined', 'NaN', '{"a":NaN}', '{"a":01}'].map(
    (text): Transport => ({ label: `malformed JSON ${text}`, text: () => text, judge: 400 }),
  ),
  ...['{"a":"\\x41"}', '{"a":"\\uZZZZ"}', '{"a":1}{"b":2}', '{"a":"\u0001"}', '{"a":1}]'].map((text): Transport => ({
    label: `malformed JSON ${JSON.stringify(text)}`,
    text: () => text,
    judge: 400,
  })),
  // body-parser's strict mode takes only objects and arrays at the top.
  ...['null', '"text"', '42', 'true'].map((text): Transport => ({
    label: `top-level ${text}`,
    text: () => text,
    judge: 400,
  })),
  { label: 'empty body', text: () => '', judge: 'any' },
  { label: 'byte-order mark', text: (b) => `\uFEFF${serialise(b)}`, judge: 'any' },
  { label: 'body over the limit', text: () => `{"x":"${pad(BODY_LIMIT)}"}`, judge: 413 },
  {
    label: 'valid body padded over the limit',
    text: (b) => serialise(setPath(b, ['padding'], pad(BODY_LIMIT))),
    judge: 413,
  },
  ...DEEP_VALUES.map((deep): Transport => ({ label: `body ${deep.label}`, text: () => deep.text, judge: 'parsed' })),
  ...['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml'].map(
    (type): Transport => ({
      label: `content-type ${type}`,
      text: (b) => serialise(b),
      headers: { 'content-type': type },
      judge: 'unparsed',
    }),
  ),
  {
    label: 'content-type application/json; charset=latin1',
    text: (b) => serialise(b),
    headers: { 'content-type': 'application/json; charset=latin1' },
    judge: 415,
  },
  {
    label: 'content-type application/json; charset=utf-16',
    text: (b) => serialise(b),
    headers: { 'content-type': 'application/json; charset=utf-16' },
    judge: 'any',
  },
  {
    label: 'content-encoding gzip on a plain body',
    text: (b) => serialise(b),
    headers: { 'content-encoding': 'gzip' },
    judge: 'any',
  },
  {
    label: 'content-encoding x-unknown',
    text: (b) => serialise(b),
    headers: { 'content-encoding': 'x-unknown' },
    judge: 'any',
  },
];

const describeValue = (v: unknown): string => {
  if (v instanceof RawJson) return v.label;
  const text = serialise(v);
  return text.length > 80 ? `${text.slice(0, 60)}…(${text.length} chars)` : text;
};

export function describePlan(plan: Plan): string {
  if (plan.kind === 'transport') return plan.transport.label;
  const parts = plan.body.map((o) =>
    o.op === 'set'
      ? `body.${showPath(o.path)} = ${describeValue(o.value)}`
      : o.op === 'delete'
        ? `delete body.${showPath(o.path)}`
        : `body.${showPath(o.at)} gets key ${JSON.stringify(o.key)} = ${describeValue(o.value)}`,
  );
  for (const o of plan.query) {
    parts.push(
      o.op === 'set'
        ? `?${o.key}=${o.raw.slice(0, 60)}`
        : o.op === 'delete'
          ? `no ?${o.key}`
          : o.op === 'repeat'
            ? `?${o.key} twice (…=${o.raw.slice(0, 60)})`
            : `query + "${o.raw}"`,
    );
  }
  if (plan.param) parts.push(`:${plan.param.name} = ${plan.param.raw.slice(0, 80)}`);
  return parts.length ? parts.join('; ') : 'the valid request, unchanged';
}

/** Shows a plan briefly in fast-check's counterexample (a 900 kB string would drown the report). */
export const described = <P extends Plan>(plan: P): P =>
  Object.defineProperty(plan, fc.toStringMethod, { value: () => describePlan(plan), enumerable: false });
