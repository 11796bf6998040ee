import { PROBLEM_CONTENT_TYPE } from '@tumor-board/shared';
import type { ApiResponse } from '../../support/http.js';
import { CANARY } from './values.js';

/** What an error body must never hold: internals of the server, its database, or the client's input. */
const LEAKS: readonly [RegExp, string][] = [
  [/\n\s+at\s/, 'a stack trace'],
  [/\bat [\w$.<>]+ \(/, 'a stack frame'],
  [/[\w-]+\.(?:ts|js|mjs|cjs):\d+/, 'a source file and line'],
  [/node_modules/, 'a module path'],
  [/\b(?:SELECT|INSERT INTO|DELETE FROM)\b|\bUPDATE\s+"?\w+"?\s+SET\b/, 'SQL'],
  [/relation "|column "|violates|duplicate key/, 'a PostgreSQL message'],
  [
    /syntax error at or near|invalid input syntax|invalid byte sequence|out of range for type|Unicode escape/i,
    'a PostgreSQL message',
  ],
  [/QueryFailedError|TypeORMError|ZodError|TypeError|RangeError|ReferenceError/, 'an error class'],
  [/\/work\/|\/home\/|\/srv\/|\/usr\/|file:\/\//, 'a server path'],
  [new RegExp(CANARY), "the client's own input"],
];

export interface Expectation {
  /** The exact status, when the request decides it (413 for an oversized body, 400 for bad JSON…). */
  status?: number;
  /** For a 400: the field paths it must name, for each part of the request that is invalid. */
  fieldErrors?: Partial<Record<'body' | 'query' | 'params', string[]>>;
  /** Fields whose messages quote the value by design (a recurrence rule), left out of the leak checks. */
  quotes?: readonly string[];
}

interface ProblemBody {
  type?: unknown;
  title?: unknown;
  status?: unknown;
  errors?: unknown;
  current?: unknown;
}

/**
 * Everything wrong with an answer to a hostile request (empty when it is fine): never a 5xx; an
 * error is problem+json with its status, leaking nothing; the expected status and field errors.
 */
export function problemsWith(res: ApiResponse, expected: Expectation): string[] {
  const problems: string[] = [];
  if (res.status >= 500) problems.push(`answered ${res.status}`);
  if (res.status >= 400) {
    const type = res.headers.get('content-type') ?? '';
    if (!type.startsWith(PROBLEM_CONTENT_TYPE)) problems.push(`error content-type is "${type}"`);
    const body = (typeof res.body === 'object' && res.body !== null ? res.body : {}) as ProblemBody;
    if (body.status !== res.status) problems.push(`problem status ${String(body.status)} ≠ HTTP ${res.status}`);
    if (typeof body.title !== 'string' || typeof body.type !== 'string') problems.push('problem without type/title');
    // A 409 carries the current record, which may hold what an earlier (accepted) request stored.
    const { current: _current, errors, ...rest } = body;
    const unquoted = Array.isArray(errors)
      ? errors.filter((e: { path?: unknown }) => !expected.quotes?.includes(String(e.path)))
      : errors;
    const text = typeof res.body === 'object' ? JSON.stringify({ ...rest, errors: unquoted }) : res.text;
    for (const [pattern, what] of LEAKS) if (pattern.test(text)) problems.push(`error body holds ${what}`);
    if (body.errors !== undefined) {
      const ok =
        Array.isArray(body.errors) &&
        body.errors.every(
          (e: unknown) =>
            typeof e === 'object' &&
            e !== null &&
            typeof (e as { path?: unknown }).path === 'string' &&
            typeof (e as { message?: unknown }).message === 'string',
        );
      if (!ok) problems.push('errors is not a list of {path, message}');
    }
  }
  if (expected.status !== undefined && res.status !== expected.status) {
    problems.push(`expected ${expected.status}, got ${res.status}`);
  }
  const parts = Object.entries(expected.fieldErrors ?? {}).filter(([, paths]) => paths.length > 0);
  if (parts.length > 0 && res.status === 400) {
    const named = [
      ...new Set(
        ((res.body as ProblemBody).errors as { path: string }[] | undefined)?.map((e) => e.path) ?? ([] as string[]),
      ),
    ].sort();
    // Nest validates the parts one after the other and answers the first that fails.
    const matches = parts.some(([, paths]) => JSON.stringify(paths) === JSON.stringify(named));
    if (!matches) {
      problems.push(
        `400 names ${JSON.stringify(named)}, expected ${parts.map(([, p]) => JSON.stringify(p)).join(' or ')}`,
      );
    }
  }
  return problems;
}
