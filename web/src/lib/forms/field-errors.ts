import type { z } from 'zod';
import { isApiError } from '../api/client';

/** Field name → message, e.g. `{ email: 'must be an email address' }`. Messages follow the field's label. */
export type FieldErrors = Partial<Record<string, string>>;

/**
 * The first message per field from a failed zod parse, worded to follow the field's label
 * ("Email must be an email address"). zod's own wording for an empty required string is replaced.
 */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.') || 'form';
    if (errors[field] !== undefined) continue;
    const empty = issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1;
    const missing = issue.code === 'invalid_type' && /received (undefined|null)/.test(issue.message);
    errors[field] = empty || missing ? 'is required' : issue.message;
  }
  return errors;
}

/**
 * The server's field errors for a request body (`body.email` → `email`). Anything that is not a
 * body field (`body` itself, `query.x`) is left out: show the problem's detail for those.
 */
export function apiFieldErrors(error: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (!isApiError(error)) return errors;
  for (const { path, message } of error.errors) {
    if (!path.startsWith('body.')) continue;
    const field = path.slice('body.'.length);
    errors[field] ??= message;
  }
  return errors;
}

/** "Email must be an email address": a label and a message from `shared`'s schemas. */
export const withLabel = (label: string, message: string | undefined): string | undefined =>
  message === undefined ? undefined : `${label} ${message}`;

/** A sentence for an error that is not about one field (network, 5xx, 403, a bad link). */
export function describeApiError(error: unknown, fallback = 'Something went wrong. Try again.'): string {
  if (isApiError(error)) return error.detail ?? error.title;
  return error instanceof Error ? error.message : fallback;
}
