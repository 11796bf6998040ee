import type { FieldError, Problem } from '@tumor-board/shared';

/** `type` of errors the client makes up itself, for failures that never produced a problem document. */
export const CLIENT_PROBLEM_TYPES = {
  network: 'urn:tumor-board:client:network-error',
  invalidResponse: 'urn:tumor-board:client:invalid-response',
  http: 'about:blank',
} as const;

/**
 * An RFC 9457 problem as an `Error`, thrown by `apiFetch` for every failed call so that callers,
 * TanStack Query and forms deal with one shape. `status` is 0 when the server could not be reached.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly instance: string | undefined;
  readonly requestId: string | undefined;
  /** Field errors (400 shape, 422 rule); `path` is dotted, e.g. `body.lesions.0.level`. */
  readonly errors: FieldError[];
  /**
   * Members of the problem beyond RFC 9457's, e.g. `current` (the record as it is now) on a 409 from
   * a versioned update. Untyped: validate with the resource's schema before use.
   */
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(problem: Problem, options?: { cause?: unknown; extensions?: Record<string, unknown> }) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title, options);
    this.status = problem.status;
    this.type = problem.type;
    this.title = problem.title;
    this.detail = problem.detail;
    this.instance = problem.instance;
    this.requestId = problem.requestId;
    this.errors = problem.errors ?? [];
    this.extensions = options?.extensions ?? {};
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }

  /** 4xx: the request itself is wrong (or not allowed); repeating it will not help. */
  get isClientError(): boolean {
    return this.status >= 400 && this.status < 500;
  }

  /** The message for one field, for showing beside a form input (`path` as the server sends it). */
  fieldError(path: string): string | undefined {
    return this.errors.find((e) => e.path === path)?.message;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;
