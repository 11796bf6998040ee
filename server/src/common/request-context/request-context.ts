import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Role } from '@tumor-board/shared';

/** Who is acting, once the auth guard has resolved the session. */
export interface Actor {
  userId: string;
  roles: readonly Role[];
  sessionId: string;
}

/**
 * A create's `Idempotency-Key`, checked and set by the idempotency interceptor; the create's
 * transaction stores the answer under it (common/idempotency/idempotent-transaction.ts).
 */
export interface IdempotencyClaim {
  key: string;
  userId: string;
  /** Method and path, e.g. `POST /api/cases/…/lesions`. */
  route: string;
  requestHash: string;
  /** The success status the route answers with. */
  status: number;
  /** Set once the answer is stored, so one request stores one answer. */
  recorded: boolean;
}

interface RequestContext {
  requestId: string;
  sourceIp: string | undefined;
  actor?: Actor;
  idempotency?: IdempotencyClaim;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

export function currentContext(): Readonly<RequestContext> | undefined {
  return storage.getStore();
}

/** Called by the auth guard; the audit trail reads it. */
export function setActor(actor: Actor): void {
  const store = storage.getStore();
  if (store) store.actor = actor;
}

/** Called by the idempotency interceptor for a create that carries an `Idempotency-Key`. */
export function setIdempotencyClaim(claim: IdempotencyClaim): void {
  const store = storage.getStore();
  if (store) store.idempotency = claim;
}

export function currentIdempotencyClaim(): IdempotencyClaim | undefined {
  return storage.getStore()?.idempotency;
}

const INCOMING_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Gives every request an id (a well-formed incoming `X-Request-Id` is kept, so a proxy's id
 * threads through), echoes it in the response and makes it visible to logs and the audit trail.
 */
export function requestContextMiddleware(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header('x-request-id');
  const requestId = incoming && INCOMING_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('X-Request-Id', requestId);
  storage.run({ requestId, sourceIp: req.ip }, next);
}
