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

/** Validates one part of the request against a zod schema from `shared`; 400 names every bad field. */
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
    return result.data;
  }
}
