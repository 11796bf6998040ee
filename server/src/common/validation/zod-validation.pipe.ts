import type { PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import type { FieldError } from '@tumor-board/shared';
import { badRequest } from '../problem/problem.exception.js';

export type RequestPart = 'body' | 'query' | 'params';

/** Turns zod issues into field errors whose path starts with the request part (`body.mrn`). */
export function toFieldErrors(part: RequestPart, issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.flatMap((issue) => {
    // An unknown key names each offending key as its own field.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [part, ...issue.path.map(String), key].join('.'),
        message: 'is not a known field',
      }));
    }
    return [{ path: [part, ...issue.path.map(String)].join('.'), message: issue.message }];
  });
}

/** Half of a UTF-16 surrogate pair: JSON can carry it (`"\ud800"`), Unicode text cannot. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const unstorable = (text: string): string | undefined =>
  text.includes('\u0000')
    ? 'must not contain a NUL character'
    : LONE_SURROGATE.test(text)
      ? 'must be valid Unicode text'
      : undefined;

/**
 * Field errors for text a schema accepts but no column can keep as sent: PostgreSQL refuses NUL in
 * `text` and `jsonb` (a 500 if it got that far), and a lone surrogate would be stored as U+FFFD or
 * refused by `jsonb`. Every string and object key is checked, with an explicit stack so a deeply
 * nested value cannot overflow it.
 */
export function unstorableTextErrors(part: RequestPart, value: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const stack: [unknown, string][] = [[value, part]];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      const message = unstorable(v);
      if (message) errors.push({ path, message });
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push([item, `${path}.${i}`]));
    } else if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        const message = unstorable(key);
        if (message) errors.push({ path: `${path}.${key}`, message });
        else stack.push([item, `${path}.${key}`]);
      }
    }
  }
  return errors;
}

/**
 * Validates one part of the request against a zod schema from `shared`; 400 names every bad field,
 * including text the database could not store as sent (NUL, lone surrogates).
 */
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(
    private readonly schema: S,
    private readonly part: RequestPart,
  ) {}

  transform(value: unknown): z.infer<S> {
    const result = this.schema.safeParse(value ?? (this.part === 'body' ? undefined : {}));
    if (!result.success) {
      throw badRequest(`The request ${this.part} is invalid.`, toFieldErrors(this.part, result.error.issues));
    }
    const unstorableText = unstorableTextErrors(this.part, result.data);
    if (unstorableText.length > 0) throw badRequest(`The request ${this.part} is invalid.`, unstorableText);
    return result.data;
  }
}
