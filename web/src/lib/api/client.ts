import type { ZodType } from 'zod';
import { PROBLEM_CONTENT_TYPE, problemSchema, type Problem } from '@tumor-board/shared';
import { ApiError, CLIENT_PROBLEM_TYPES } from './api-error';
import { CSRF_HEADER, isUnsafeMethod, readCsrfToken } from './csrf';

export { ApiError, isApiError } from './api-error';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Record<string, QueryValue | readonly QueryValue[]>;

export interface ApiFetchOptions<T> {
  method?: HttpMethod;
  /** Sent as JSON, unless it is already a `FormData`, `Blob` or `URLSearchParams`. */
  body?: unknown;
  /** Appended as a query string; `null`/`undefined` values are left out, arrays repeat the key. */
  query?: QueryParams;
  /** Validates (and types) a successful response. Without it the body is trusted as `T`. */
  schema?: ZodType<T>;
  /** Extra headers, e.g. `If-Match` for versioned updates or `Idempotency-Key` for creates. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /**
   * Non-2xx statuses whose body is a normal answer rather than a problem, e.g. 503 from
   * `GET /api/health/ready`, which still describes the readiness.
   */
  acceptStatuses?: readonly number[];
}

const JSON_CONTENT_TYPE = 'application/json';

/**
 * Calls the API on this origin (paths start with `/api`). Resolves with the (validated) body, or
 * `undefined` for an empty answer (204); rejects with `ApiError` for anything else, except aborts,
 * which are rethrown unchanged so TanStack Query can recognise a cancelled query.
 */
export async function apiFetch<T = unknown>(path: string, options: ApiFetchOptions<T> = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers = new Headers({ Accept: `${JSON_CONTENT_TYPE}, ${PROBLEM_CONTENT_TYPE}` });

  let body: BodyInit | undefined;
  if (options.body !== undefined) {
    if (options.body instanceof FormData || options.body instanceof Blob || options.body instanceof URLSearchParams) {
      body = options.body;
    } else {
      body = JSON.stringify(options.body);
      headers.set('Content-Type', JSON_CONTENT_TYPE);
    }
  }
  if (isUnsafeMethod(method)) {
    const token = readCsrfToken();
    if (token) headers.set(CSRF_HEADER, token);
  }
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);

  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (isAbort(error, options.signal)) throw error;
    throw new ApiError(
      {
        type: CLIENT_PROBLEM_TYPES.network,
        title: 'Network error',
        status: 0,
        detail: 'The server could not be reached. Check your connection and try again.',
      },
      { cause: error },
    );
  }

  const requestId = response.headers.get('X-Request-Id') ?? undefined;
  const payload = await readBody(response, options.signal);

  if (!response.ok && !options.acceptStatuses?.includes(response.status)) {
    throw new ApiError(toProblem(response, payload, requestId), { extensions: problemExtensions(payload) });
  }
  if (!options.schema || payload === undefined) return payload as T;

  const parsed = options.schema.safeParse(payload);
  if (parsed.success) return parsed.data;
  // The server broke its own contract; say where, but never echo the values (they may be PHI).
  throw new ApiError({
    type: CLIENT_PROBLEM_TYPES.invalidResponse,
    title: 'Unexpected response from the server',
    status: response.status,
    detail: `The answer to ${method} ${path} did not have the expected shape.`,
    requestId,
    errors: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  });
}

function withQuery(path: string, query: QueryParams | undefined): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values as readonly QueryValue[]) {
      if (v !== null && v !== undefined) params.append(key, String(v));
    }
  }
  const qs = params.toString();
  if (!qs) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${qs}`;
}

async function readBody(response: Response, signal: AbortSignal | undefined): Promise<unknown> {
  if (response.status === 204 || response.status === 205 || response.status === 304) return undefined;
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (isAbort(error, signal)) throw error;
    return undefined;
  }
  if (!text) return undefined;
  const contentType = response.headers.get('Content-Type') ?? '';
  if (!/[/+]json\b/i.test(contentType)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The server's problem document if it sent one; otherwise one made from the status line. */
function toProblem(response: Response, payload: unknown, requestId: string | undefined): Problem {
  const parsed = problemSchema.safeParse(payload);
  if (parsed.success) return { ...parsed.data, requestId: parsed.data.requestId ?? requestId };
  return {
    type: CLIENT_PROBLEM_TYPES.http,
    title: response.statusText || defaultTitle(response.status),
    status: response.status,
    requestId,
  };
}

const PROBLEM_MEMBERS = new Set(Object.keys(problemSchema.shape));

/** The members of a problem document that RFC 9457 does not define (e.g. `current` on a 409). */
function problemExtensions(payload: unknown): Record<string, unknown> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return {};
  return Object.fromEntries(Object.entries(payload).filter(([key]) => !PROBLEM_MEMBERS.has(key)));
}

function defaultTitle(status: number): string {
  if (status >= 500) return 'Server error';
  if (status === 401) return 'Unauthorized';
  if (status === 403) return 'Forbidden';
  if (status === 404) return 'Not Found';
  return 'Request failed';
}

function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return (signal?.aborted ?? false) || (error instanceof DOMException && error.name === 'AbortError');
}
