import { Body, Param, Query } from '@nestjs/common';
import type { z } from 'zod';
import { ZodValidationPipe } from '../validation/zod-validation.pipe.js';

export const OPENAPI_BODY = 'tb:openapi:body';
export const OPENAPI_QUERY = 'tb:openapi:query';
export const OPENAPI_PARAMS = 'tb:openapi:params';
export const OPENAPI_RESPONSE = 'tb:openapi:response';
export const OPENAPI_DOC = 'tb:openapi:doc';

type ParamDecoratorTarget = object;

function recordSchema(
  key: string,
  schema: z.ZodType,
  target: ParamDecoratorTarget,
  method: string | symbol | undefined,
) {
  if (method !== undefined) Reflect.defineMetadata(key, schema, target, method);
}

/** The request body, validated by a `shared` schema and documented in OpenAPI. */
export const ValidBody =
  (schema: z.ZodType): ParameterDecorator =>
  (target, method, index) => {
    recordSchema(OPENAPI_BODY, schema, target, method);
    Body(new ZodValidationPipe(schema, 'body'))(target, method, index);
  };

/** The query string as an object, validated and documented. */
export const ValidQuery =
  (schema: z.ZodType): ParameterDecorator =>
  (target, method, index) => {
    recordSchema(OPENAPI_QUERY, schema, target, method);
    Query(new ZodValidationPipe(schema, 'query'))(target, method, index);
  };

/** The path parameters as an object, validated and documented. */
export const ValidParams =
  (schema: z.ZodType): ParameterDecorator =>
  (target, method, index) => {
    recordSchema(OPENAPI_PARAMS, schema, target, method);
    Param(new ZodValidationPipe(schema, 'params'))(target, method, index);
  };

export interface ApiDoc {
  summary: string;
  tags?: string[];
  /** Success status; defaults to 200 (201 for POST is set by Nest, pass it here too). */
  status?: number;
  response?: z.ZodType;
}

/** Documents a route: summary, tag and the `shared` schema of a successful response. */
export const ApiDoc =
  (doc: ApiDoc): MethodDecorator =>
  (target, method) => {
    Reflect.defineMetadata(OPENAPI_DOC, doc, target, method);
  };
