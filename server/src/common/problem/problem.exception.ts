import type { FieldError } from '@tumor-board/shared';

/**
 * An error that is answered as RFC 9457 problem details. Services throw these for rule
 * violations (422), conflicts (409) and the like; the filter renders them.
 */
export class ProblemException extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    /** Extra members of the problem object, e.g. `current` for a 409. */
    readonly extensions?: Record<string, unknown>,
  ) {
    super(detail ?? title);
  }
}

export const badRequest = (detail: string, errors?: FieldError[]) =>
  new ProblemException(400, 'Bad Request', detail, errors);

export const notFound = (what: string) => new ProblemException(404, 'Not Found', `${what} was not found.`);

export const unprocessable = (detail: string, errors?: FieldError[]) =>
  new ProblemException(422, 'Unprocessable Content', detail, errors);

export const conflict = (detail: string, current?: unknown) =>
  new ProblemException(409, 'Conflict', detail, undefined, current === undefined ? undefined : { current });
