import { z } from 'zod';
import { problemSchema } from '@tumor-board/shared';
import { OPENAPI_BODY, OPENAPI_DOC, OPENAPI_PARAMS, OPENAPI_QUERY, type ApiDoc } from './api-decorators.js';
import type { RouteEntry } from './route-table.js';
import { isIdempotentHandler } from '../idempotency/idempotent.decorator.js';
import { IDEMPOTENCY_HEADER, IDEMPOTENCY_TTL_HOURS, REPLAYED_HEADER } from '../idempotency/idempotency-key.js';

type JsonSchema = Record<string, unknown>;

const toJsonSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema =>
  z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any' });

const openApiPath = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

const isIdempotent = (route: RouteEntry) =>
  isIdempotentHandler((route.prototype as Record<string, unknown>)[route.handler]);

/** Documented on every create that honours it (routes marked `@Idempotent()`). */
const idempotencyKeyParameter: JsonSchema = {
  name: IDEMPOTENCY_HEADER,
  in: 'header',
  required: false,
  description:
    `Makes the create safe to retry: the same key with the same request within ${IDEMPOTENCY_TTL_HOURS} hours ` +
    `has one effect and replays the first answer (with \`${REPLAYED_HEADER}: true\`). The key is the ` +
    "signed-in user's own; reused for a different request: 422; while the first is still running: 409.",
  schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7E]+$' },
};

function parameters(route: RouteEntry): JsonSchema[] {
  const params: JsonSchema[] = [];
  const pathSchema = Reflect.getMetadata(OPENAPI_PARAMS, route.prototype, route.handler) as z.ZodType | undefined;
  const pathProps = pathSchema
    ? ((toJsonSchema(pathSchema, 'input').properties ?? {}) as Record<string, JsonSchema>)
    : {};
  for (const name of route.path.match(/:([A-Za-z0-9_]+)/g) ?? []) {
    const key = name.slice(1);
    params.push({ name: key, in: 'path', required: true, schema: pathProps[key] ?? { type: 'string' } });
  }
  const querySchema = Reflect.getMetadata(OPENAPI_QUERY, route.prototype, route.handler) as z.ZodType | undefined;
  if (querySchema) {
    const json = toJsonSchema(querySchema, 'input');
    const required = new Set((json.required as string[] | undefined) ?? []);
    for (const [key, schema] of Object.entries((json.properties ?? {}) as Record<string, JsonSchema>)) {
      params.push({ name: key, in: 'query', required: required.has(key), schema });
    }
  }
  if (isIdempotent(route)) params.push(idempotencyKeyParameter);
  return params;
}

const replayedHeader: JsonSchema = {
  description: `\`true\` when this is the stored answer to an earlier request with the same ${IDEMPOTENCY_HEADER}.`,
  schema: { type: 'string', enum: ['true'] },
};

const problemResponse = {
  description: 'Problem details (RFC 9457)',
  content: { 'application/problem+json': { schema: toJsonSchema(problemSchema, 'output') } },
};

/** Builds the OpenAPI 3 document from the route table and the `shared` zod schemas on each route. */
export function buildOpenApiDocument(routes: RouteEntry[], version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const doc = Reflect.getMetadata(OPENAPI_DOC, route.prototype, route.handler) as ApiDoc | undefined;
    const body = Reflect.getMetadata(OPENAPI_BODY, route.prototype, route.handler) as z.ZodType | undefined;
    const status = String(doc?.status ?? (route.method === 'POST' ? 201 : 200));
    const operation: JsonSchema = {
      operationId: `${route.controller}.${route.handler}`,
      summary: doc?.summary ?? route.handler,
      tags: doc?.tags ?? [route.controller.replace(/Controller$/, '')],
      parameters: parameters(route),
      responses: {
        [status]: {
          description: 'Success',
          ...(doc?.response
            ? { content: { 'application/json': { schema: toJsonSchema(doc.response, 'output') } } }
            : {}),
          ...(isIdempotent(route) ? { headers: { [REPLAYED_HEADER]: replayedHeader } } : {}),
        },
        default: problemResponse,
      },
    };
    if (body) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: toJsonSchema(body, 'input') } },
      };
    }
    const key = openApiPath(route.path);
    paths[key] = { ...paths[key], [route.method.toLowerCase()]: operation };
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Tumor Board API',
      version,
      description:
        'Case review for the multidisciplinary bone-metastasis tumor board. Errors are RFC 9457 problem details.',
    },
    servers: [{ url: '/' }],
    paths,
  };
}
