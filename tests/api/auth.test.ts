import type { Problem, SessionInfo } from '@tumor-board/shared';
import { ManualClock } from '../../server/src/common/clock.js';
import { AuditEvent } from '../../server/src/modules/audit/audit-event.entity.js';
import { createUser, signIn, TEST_PASSWORD } from '../factories/users.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const MINUTE = 60_000;

describe('sign-in and sessions', () => {
  let t: TestApp;
  const clock = new ManualClock(new Date('2026-03-01T08:00:00Z'));
  beforeAll(async () => {
    t = await startTestApp({}, { clock });
  });
  afterAll(() => t.close());

  const auditActions = async (userId: string) =>
    (await t.dataSource.manager.find(AuditEvent, { where: { userId }, order: { id: 'ASC' } })).map(
      (e) => `${e.action}:${e.outcome}`,
    );

  it('requires authentication', async () => {
    const res = await t.http.get<Problem>('/api/auth/me');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('signs in with httpOnly SameSite=Strict cookies and shows the user', async () => {
    const user = await createUser(t.dataSource, { roles: ['coordinator'], name: 'Casey Coordinator' });
    const client = t.client();
    const res = await client.post<SessionInfo>('/api/auth/login', {
      email: user.email.toUpperCase(),
      password: TEST_PASSWORD,
    });
    expect(res.status).toBe(200);
    const cookies = res.headers.getSetCookie();
    expect(cookies.find((c) => c.startsWith('tb_session='))).toMatch(/HttpOnly/i);
    expect(cookies.find((c) => c.startsWith('tb_session='))).toMatch(/SameSite=Strict/i);
    expect(cookies.find((c) => c.startsWith('tb_csrf='))).not.toMatch(/HttpOnly/i);
    const me = await client.get<SessionInfo>('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ id: user.id, name: 'Casey Coordinator', roles: ['coordinator'] });
    expect(await auditActions(user.id)).toContain('auth.login:success');
  });

  it('gives the same answer for a wrong password and an unknown email, and audits both', async () => {
    const user = await createUser(t.dataSource, { roles: ['clinician'] });
    const wrong = await t
      .client()
      .post<Problem>('/api/auth/login', { email: user.email, password: 'not the password at all' });
    const unknown = await t
      .client()
      .post<Problem>('/api/auth/login', { email: 'nobody@test.example', password: 'not the password at all' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body.detail).toBe(wrong.body.detail);
    expect(await auditActions(user.id)).toEqual(['auth.login:failed']);
    const unknownRows = await t.dataSource.manager.findBy(AuditEvent, { action: 'auth.login', outcome: 'failed' });
    expect(unknownRows.some((e) => e.userId === null && e.detail?.reason === 'unknown_account')).toBe(true);
  });

  it('rejects a malformed sign-in body with a 400 naming the field', async () => {
    const res = await t.http.post<Problem>('/api/auth/login', { email: 'x@test.example', password: '', extra: 1 });
    expect(res.status).toBe(400);
    expect(res.body.errors?.map((e) => e.path).sort()).toEqual(['body.extra', 'body.password']);
  });

  it('signs out: the session ends and the cookies are cleared', async () => {
    const user = await createUser(t.dataSource, { roles: ['radiologist'] });
    const client = await signIn(t, user);
    const token = client.cookies.get('tb_session');
    const out = await client.post('/api/auth/logout');
    expect(out.status).toBe(204);
    expect(client.cookies.has('tb_session')).toBe(false);
    // The old token is dead even if a copy of it was kept.
    client.cookies.set('tb_session', token!);
    expect((await client.get('/api/auth/me')).status).toBe(401);
    expect(await auditActions(user.id)).toEqual(['auth.login:success', 'auth.logout:success']);
  });

  it('ends a session idle for 15 minutes, and keeps an active one', async () => {
    const user = await createUser(t.dataSource, { roles: ['surgeon'] });
    const client = await signIn(t, user);
    clock.advance(14 * MINUTE);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    clock.advance(14 * MINUTE);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    clock.advance(15 * MINUTE);
    const res = await client.get<Problem>('/api/auth/me');
    expect(res.status).toBe(401);
    expect(res.body.detail).toMatch(/session has ended/);
  });

  it('ends a session at its absolute limit of 12 hours however active it is', async () => {
    const user = await createUser(t.dataSource, { roles: ['chair'] });
    const client = await signIn(t, user);
    for (let elapsed = 0; elapsed < 12 * 60 - 10; elapsed += 10) {
      clock.advance(10 * MINUTE);
      expect((await client.get('/api/auth/me')).status).toBe(200);
    }
    clock.advance(10 * MINUTE);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('refuses an unsafe request without the CSRF token, and audits the denial', async () => {
    const user = await createUser(t.dataSource, { roles: ['referrer'] });
    const client = await signIn(t, user);
    client.sendCsrf = false;
    const missing = await client.post<Problem>('/api/auth/logout');
    expect(missing.status).toBe(403);
    const wrong = await client.post<Problem>('/api/auth/logout', undefined, { headers: { 'x-csrf-token': 'forged' } });
    expect(wrong.status).toBe(403);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    const denials = await t.dataSource.manager.findBy(AuditEvent, { userId: user.id, action: 'access.denied' });
    expect(denials.map((d) => d.detail?.reason)).toEqual(['csrf', 'csrf']);
  });
});

describe('account lockout and address rate limit', () => {
  let t: TestApp;
  const clock = new ManualClock(new Date('2026-03-01T08:00:00Z'));
  beforeAll(async () => {
    t = await startTestApp(
      { login: { maxFailures: 3, lockMs: 15 * MINUTE, attemptsPerAddressPer15Min: 100 } },
      { clock },
    );
  });
  afterAll(() => t.close());

  it('locks the account after repeated failures, even for the right password, then lets it in later', async () => {
    const user = await createUser(t.dataSource, { roles: ['coordinator'] });
    for (let i = 0; i < 3; i++) {
      expect(
        (await t.client().post('/api/auth/login', { email: user.email, password: 'wrong password here' })).status,
      ).toBe(401);
    }
    const locked = await t.client().post('/api/auth/login', { email: user.email, password: TEST_PASSWORD });
    expect(locked.status).toBe(401);
    clock.advance(16 * MINUTE);
    expect((await t.client().post('/api/auth/login', { email: user.email, password: TEST_PASSWORD })).status).toBe(200);
    const reasons = (
      await t.dataSource.manager.find(AuditEvent, { where: { userId: user.id }, order: { id: 'ASC' } })
    ).map((e) => e.detail?.reason ?? e.outcome);
    expect(reasons).toEqual(['bad_password', 'bad_password', 'bad_password', 'locked', 'success']);
  });
});

describe('sign-in rate limit per address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ login: { maxFailures: 100, lockMs: MINUTE, attemptsPerAddressPer15Min: 5 } });
  });
  afterAll(() => t.close());

  it('answers 429 once one address has tried too many sign-ins, whatever the accounts', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push(
        (await t.client().post('/api/auth/login', { email: `spray${i}@test.example`, password: 'guess guess guess' }))
          .status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    const limited = await t.dataSource.manager.findBy(AuditEvent, { action: 'auth.login', outcome: 'denied' });
    expect(limited.map((e) => e.detail?.reason)).toEqual(['rate_limited', 'rate_limited']);
  });
});
