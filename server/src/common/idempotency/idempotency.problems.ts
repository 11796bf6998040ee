import type { FieldError } from '@tumor-board/shared';
import { ProblemException, badRequest, unprocessable } from '../problem/problem.exception.js';
import type { IdempotencyClaim } from '../request-context/request-context.js';
import { IDEMPOTENCY_HEADER, IDEMPOTENCY_TTL_HOURS } from './idempotency-key.js';
import type { StoredAnswer } from './idempotency.store.js';

const field = (message: string): FieldError[] => [{ path: `header.${IDEMPOTENCY_HEADER}`, message }];

export const invalidKey = () =>
  badRequest(
    `The ${IDEMPOTENCY_HEADER} header is invalid.`,
    field('must be 1 to 255 visible ASCII characters (no spaces)'),
  );

export const keyReused = () =>
  unprocessable(
    `This ${IDEMPOTENCY_HEADER} was already used for a different request. Use a new key for a new request.`,
    field(`was used with another method, path or body in the last ${IDEMPOTENCY_TTL_HOURS} hours`),
  );

export const keyInFlight = () =>
  new ProblemException(
    409,
    'Conflict',
    `A request with this ${IDEMPOTENCY_HEADER} is still being processed. Retry shortly.`,
    field('is in use by a request in progress'),
  );

/**
 * Stored instead of an answer that holds a secret (a one-time invitation or password-reset link):
 * credential links are kept only as hashes (credential_token), so the idempotency table must not
 * keep them in clear either. A retry still has no second effect; it is told to issue a new link.
 */
export const SECRET_WITHHELD = { withheld: 'one-time link' } as const;

export const isSecretWithheld = (body: unknown): boolean =>
  typeof body === 'object' && body !== null && (body as { withheld?: unknown }).withheld === SECRET_WITHHELD.withheld;

export const secretWithheld = () =>
  new ProblemException(
    409,
    'Conflict',
    'This request was already carried out. Its answer held a one-time link, which is shown only once and never stored: issue a new link if it was lost.',
    field('was already used for this request, whose answer is not kept'),
  );

/**
 * Thrown inside a create's transaction when its key turns out to hold an answer already (a retry
 * that raced the first request's commit); the interceptor replays the answer instead.
 */
export class StoredAnswerFound extends Error {
  constructor(readonly answer: StoredAnswer) {
    super('An answer is stored under this idempotency key.');
  }
}

/** The stored answer, if this request is the one it answered; 422 when the key was used for another. */
export function replayable(claim: IdempotencyClaim, stored: StoredAnswer): StoredAnswer {
  if (stored.route !== claim.route || stored.requestHash !== claim.requestHash) throw keyReused();
  return stored;
}
