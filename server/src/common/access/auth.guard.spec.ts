import { HttpException, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { pino } from 'pino';
import type { AuditEntry, AuditService } from '../../modules/audit/audit.service.js';
import type { SessionService } from '../../modules/auth/session.service.js';
import { AuthGuard } from './auth.guard.js';
import { Public } from './access.decorators.js';

class Undeclared {
  handler() {}
}
class Declared {
  @Public()
  handler() {}
}

function contextFor(cls: { prototype: { handler: () => void } } & (new () => unknown)): ExecutionContext {
  const req = { method: 'GET', path: '/api/x', cookies: {}, header: () => undefined };
  return {
    getType: () => 'http',
    getHandler: () => cls.prototype.handler,
    getClass: () => cls,
    switchToHttp: () => ({ getRequest: () => req }),
  } as unknown as ExecutionContext;
}

describe('AuthGuard', () => {
  const recorded: AuditEntry[] = [];
  const audit = { record: (e: AuditEntry) => Promise.resolve(void recorded.push(e)) } as unknown as AuditService;
  const sessions = { resolve: () => Promise.resolve(null) } as unknown as SessionService;
  const guard = new AuthGuard(new Reflector(), sessions, audit, pino({ level: 'silent' }));

  it('denies a route that declares no access rule, and audits it', async () => {
    await expect(guard.canActivate(contextFor(Undeclared))).rejects.toBeInstanceOf(HttpException);
    expect(recorded.at(-1)).toMatchObject({
      action: 'access.denied',
      outcome: 'denied',
      detail: { reason: 'no_access_rule' },
    });
  });

  it('lets a public route through without a session', async () => {
    await expect(guard.canActivate(contextFor(Declared))).resolves.toBe(true);
  });
});
