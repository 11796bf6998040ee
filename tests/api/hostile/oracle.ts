import type { z } from 'zod';

export type RequestPart = 'body' | 'query' | 'params';

/** A UTF-16 surrogate without its pair. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** A NUL (PostgreSQL text and jsonb refuse it) or a lone surrogate (not Unicode text). */
const unstorable = (s: string) => s.includes('\u0000') || LONE_SURROGATE.test(s);

/**
 * Where a value the schema accepted still holds text no database column can keep as sent: every
 * string (and object key) with a NUL or a lone surrogate, as `part.field` paths. Walks with an
 * explicit stack, so a deeply nested value cannot overflow it.
 */
export function unstorablePaths(part: RequestPart, value: unknown): string[] {
  const found: string[] = [];
  const stack: [unknown, string][] = [[value, part]];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (unstorable(v)) found.push(path);
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => stack.push([x, `${path}.${i}`]));
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (unstorable(k)) found.push(`${path}.${k}`);
        else stack.push([x, `${path}.${k}`]);
      }
    }
  }
  return found;
}

/**
 * The field paths a 400 must name for this part of the request, or `[]` when the part is valid:
 * what the shared zod schema says is wrong (the server validates with the very same schema), or,
 * when the schema is satisfied, the strings that could not be stored as sent. The path of an
 * unknown key names the key itself, as the server's validation pipe does.
 */
export function expectedFieldErrors(part: RequestPart, schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input ?? (part === 'body' ? undefined : {}));
  if (!result.success) {
    const paths = result.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => [part, ...issue.path.map(String), key].join('.'))
        : [[part, ...issue.path.map(String)].join('.')],
    );
    return [...new Set(paths)].sort();
  }
  return [...new Set(unstorablePaths(part, result.data))].sort();
}
