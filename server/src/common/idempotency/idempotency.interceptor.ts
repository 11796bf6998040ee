import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { catchError, from, tap, throwError, type Observable } from 'rxjs';
import type { DataSource } from 'typeorm';
import { APP_LOGGER } from '../../core.module.js';
import { AuditService } from '../../modules/audit/audit.service.js';
import { describeError } from '../errors/describe-error.js';
import { currentContext, setIdempotencyClaim, type IdempotencyClaim } from '../request-context/request-context.js';
import { IDEMPOTENCY_HEADER, REPLAYED_HEADER, isValidIdempotencyKey, requestFingerprint } from './idempotency-key.js';
import { StoredAnswerFound, invalidKey, isSecretWithheld, replayable, secretWithheld } from './idempotency.problems.js';
import { findAnswer, purgeExpired, type StoredAnswer } from './idempotency.store.js';
import { IDEMPOTENT } from './idempotent.decorator.js';

/** Expired keys are deleted lazily, at most this often per process. */
const PURGE_EVERY_MS = 10 * 60_000;

/**
 * `Idempotency-Key` on the routes marked `@Idempotent()`: checks the key's format (400), replays
 * the stored answer of a request already done under it (same status and body, with
 * `Idempotent-Replayed: true`), refuses the key reused for another request (422), and otherwise
 * hands the key to the create's transaction through the request context. Keys belong to the
 * signed-in user; a request without the header is an ordinary create.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private lastPurge = 0;

  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() !== 'http' || !this.reflector.get<boolean>(IDEMPOTENT, context.getHandler()))
      return next.handle();
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const key = req.header(IDEMPOTENCY_HEADER);
    if (key === undefined) return next.handle();
    if (!isValidIdempotencyKey(key)) throw invalidKey();
    const userId = currentContext()?.actor?.userId;
    if (!userId) return next.handle();

    const claim: IdempotencyClaim = {
      key,
      userId,
      route: `${req.method} ${req.originalUrl.split('?')[0]}`,
      requestHash: requestFingerprint(req.body),
      status:
        this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ??
        (req.method === 'POST' ? 201 : 200),
      recorded: false,
    };
    const template = `${req.method} ${(req.route as { path?: string } | undefined)?.path ?? ''}`;
    this.purgeNowAndThen();
    const stored = await findAnswer(this.dataSource.manager, userId, key);
    if (stored) return from(this.replay(res, replayable(claim, stored), template));

    setIdempotencyClaim(claim);
    return next.handle().pipe(
      tap(() => {
        if (!claim.recorded) this.logger.error({ route: template }, 'idempotent route stored no answer');
      }),
      catchError((error: unknown) =>
        error instanceof StoredAnswerFound ? from(this.replay(res, error.answer, template)) : throwError(() => error),
      ),
    );
  }

  /** The stored answer again; audited like a read, since it may hold patient data. */
  private async replay(res: Response, answer: StoredAnswer, route: string): Promise<unknown> {
    const id = (answer.body as { id?: unknown } | null)?.id;
    await this.audit.record({
      action: 'idempotency.replay',
      outcome: 'success',
      entityId: typeof id === 'string' ? id : null,
      detail: { route, status: answer.status },
    });
    if (isSecretWithheld(answer.body)) throw secretWithheld();
    res.status(answer.status);
    res.setHeader(REPLAYED_HEADER, 'true');
    return answer.body;
  }

  private purgeNowAndThen(): void {
    if (Date.now() - this.lastPurge < PURGE_EVERY_MS) return;
    this.lastPurge = Date.now();
    purgeExpired(this.dataSource.manager).catch((error: unknown) =>
      this.logger.warn({ err: describeError(error) }, 'idempotency key purge failed'),
    );
  }
}
