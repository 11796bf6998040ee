import { SetMetadata } from '@nestjs/common';

export const IDEMPOTENT = 'tb:idempotent';

/**
 * Marks a create route as honouring `Idempotency-Key` (the interceptor checks the key and replays
 * stored answers; OpenAPI documents the header). Its service must write through
 * `idempotentTransaction`, which stores the answer in the create's own transaction.
 */
export const Idempotent = (): MethodDecorator => SetMetadata(IDEMPOTENT, true);

/** Whether a route handler (the method itself) is marked `@Idempotent()`. */
export const isIdempotentHandler = (handler: unknown): boolean =>
  typeof handler === 'function' && Reflect.getMetadata(IDEMPOTENT, handler) === true;
