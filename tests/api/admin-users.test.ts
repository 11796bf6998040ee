import type { CreatedUser, CredentialLink, Problem, User, UserList } from '@tumor-board/shared';
import { AuditEvent } from '../../server/src/modules/audit/audit-event.entity.js';
import { AppUser } from '../../server/src/modules/users/user.entity.js';
import { createUser, signIn, signInAs } from '../factories/users.js';
import type { HttpClient } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const tokenOf = (link: { url: string }) => new URL(link.url).searchParams.get('token')!;

describe('user administration', () => {
  let t: TestApp;
  let admin: HttpClient;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await signInAs(t, ['admin'])).client;
  });
  afterAll(() => t.close());

  it('requires authentication', async () => {
    expect((await t.http.get('/api/admin/users')).status).toBe(401);
  });

  it('is refused to non-admins', async () => {
    const { client } = await signInAs(t, ['chair']);
    expect((await client.get('/api/admin/users')).status).toBe(403);
  });

  it('creates a user with a password, who can then sign in', async () => {
    const res = await admin.post<CreatedUser>('/api/admin/users', {
      name: 'Dr New Surgeon',
      email: 'new.surgeon@test.example',
      discipline: 'surgical_oncology',
      roles: ['surgeon'],
      password: 'a long enough passphrase',
    });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({
      name: 'Dr New Surgeon',
      roles: ['surgeon'],
      active: true,
      hasPassword: true,
      version: 1,
    });
    expect(res.body.invitation).toBeNull();
    expect(JSON.stringify(res.body)).not.toMatch(/argon2/);
    await signIn(t, { email: 'NEW.SURGEON@test.example', password: 'a long enough passphrase' });
    const stored = await t.dataSource.manager.findOneByOrFail(AppUser, { id: res.body.user.id });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a second account with the same email in another case', async () => {
    await createUser(t.dataSource, { roles: ['clinician'], email: 'dup@test.example' });
    const before = await t.dataSource.manager.count(AppUser);
    const res = await admin.post<Problem>('/api/admin/users', {
      name: 'Dup',
      email: 'DUP@test.example',
      roles: ['clinician'],
      password: 'a long enough passphrase',
    });
    expect(res.status).toBe(409);
    expect(res.body.errors).toEqual([{ path: 'body.email', message: 'is already in use' }]);
    expect(await t.dataSource.manager.count(AppUser)).toBe(before);
  });

  it('refuses short and common passwords, naming the field, and creates nothing', async () => {
    const before = await t.dataSource.manager.count(AppUser);
    const short = await admin.post<Problem>('/api/admin/users', {
      name: 'A',
      email: 'a@test.example',
      roles: ['clinician'],
      password: 'short',
    });
    expect(short.status).toBe(400);
    expect(short.body.errors?.[0]?.path).toBe('body.password');
    const common = await admin.post<Problem>('/api/admin/users', {
      name: 'A',
      email: 'a@test.example',
      roles: ['clinician'],
      password: 'Password1234',
    });
    expect(common.status).toBe(400);
    expect(common.body.errors?.[0]?.message).toMatch(/too common/);
    const noRole = await admin.post<Problem>('/api/admin/users', {
      name: 'A',
      email: 'not-an-email',
      roles: ['wizard'],
    });
    expect(noRole.body.errors?.map((e) => e.path).sort()).toEqual(['body.email', 'body.roles.0']);
    expect(await t.dataSource.manager.count(AppUser)).toBe(before);
  });

  it('invites a user without a password; the link sets it once', async () => {
    const res = await admin.post<CreatedUser>('/api/admin/users', {
      name: 'Invited',
      email: 'invited@test.example',
      roles: ['radiologist'],
    });
    expect(res.body.user.hasPassword).toBe(false);
    const token = tokenOf(res.body.invitation!);
    expect((await t.http.post('/api/auth/password', { token, password: 'my chosen passphrase' })).status).toBe(204);
    await signIn(t, { email: 'invited@test.example', password: 'my chosen passphrase' });
    const reuse = await t.http.post<Problem>('/api/auth/password', { token, password: 'another passphrase here' });
    expect(reuse.status).toBe(400);
    expect(reuse.body.errors?.[0]?.path).toBe('body.token');
  });

  it('deactivating a user ends every session of theirs at once', async () => {
    const user = await createUser(t.dataSource, { roles: ['coordinator'] });
    const laptop = await signIn(t, user);
    const tablet = await signIn(t, user);
    const list = await admin.get<UserList>('/api/admin/users');
    const current = list.body.items.find((u) => u.id === user.id)!;
    const res = await admin.patch<User>(`/api/admin/users/${user.id}`, { version: current.version, active: false });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ active: false, version: current.version + 1 });
    expect((await laptop.get('/api/auth/me')).status).toBe(401);
    expect((await tablet.get('/api/auth/me')).status).toBe(401);
    expect((await t.client().post('/api/auth/login', { email: user.email, password: user.password })).status).toBe(401);
    expect(await t.dataSource.manager.countBy(AuditEvent, { entityId: user.id, action: 'user.deactivate' })).toBe(1);
  });

  it('changes roles with the version read, and answers a stale version with 409 and the current user', async () => {
    const user = await createUser(t.dataSource, { roles: ['clinician'] });
    const first = await admin.patch<User>(`/api/admin/users/${user.id}`, { version: 1, roles: ['clinician', 'chair'] });
    expect(first.status).toBe(200);
    const stale = await admin.patch<Problem & { current: User }>(`/api/admin/users/${user.id}`, {
      version: 1,
      roles: ['referrer'],
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ roles: ['clinician', 'chair'], version: 2 });
    const stored = await t.dataSource.manager.findOneByOrFail(AppUser, { id: user.id });
    expect(stored.roles).toEqual(['clinician', 'chair']);
  });

  it('answers 404 for an unknown user and 400 for a malformed id', async () => {
    expect(
      (await admin.patch('/api/admin/users/4f1c2b9e-4a57-4d38-9a4c-2f3f9d9b1a11', { version: 1, name: 'X' })).status,
    ).toBe(404);
    const bad = await admin.patch<Problem>('/api/admin/users/not-a-uuid', { version: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0]?.path).toBe('params.id');
  });

  it('issues a password reset link that ends the user’s sessions and works once', async () => {
    const user = await createUser(t.dataSource, { roles: ['medical_oncologist'] });
    const session = await signIn(t, user);
    const res = await admin.post<CredentialLink>(`/api/admin/users/${user.id}/password-reset`);
    expect(res.status).toBe(201);
    expect((await session.get('/api/auth/me')).status).toBe(401);
    expect(
      (await t.http.post('/api/auth/password', { token: tokenOf(res.body), password: 'a brand new passphrase' }))
        .status,
    ).toBe(204);
    await signIn(t, { email: user.email, password: 'a brand new passphrase' });
  });
});

describe('first administrator', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is created from the one-time setup token, only while there are no users', async () => {
    const { CredentialService } = await import('../../server/src/modules/auth/credential.service.js');
    const setup = await t.app.get(CredentialService).issueSetupTokenIfNoUsers();
    expect(setup).not.toBeNull();
    const body = {
      token: setup!.token,
      name: 'First Admin',
      email: 'first@test.example',
      password: 'the very first passphrase',
    };
    expect((await t.http.post('/api/auth/setup', { ...body, token: 'wrong' })).status).toBe(400);
    expect((await t.http.post('/api/auth/setup', body)).status).toBe(204);
    const client = await signIn(t, body);
    expect((await client.get('/api/admin/users')).status).toBe(200);
    expect((await t.http.post('/api/auth/setup', body)).status).toBe(400);
    expect(await t.app.get(CredentialService).issueSetupTokenIfNoUsers()).toBeNull();
  });
});

describe('the user directory', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('requires authentication', async () => {
    expect((await t.http.get('/api/users/directory')).status).toBe(401);
  });

  it('lists active users by name and discipline, without emails or roles', async () => {
    await createUser(t.dataSource, { roles: ['surgeon'], name: 'Dr Active Surgeon', discipline: 'surgical_oncology' });
    await createUser(t.dataSource, { roles: ['surgeon'], name: 'Dr Gone', active: false });
    const { client } = await signInAs(t, ['chair']);
    const res = await client.get<{ items: { id: string; name: string; discipline: string | null }[] }>(
      '/api/users/directory',
    );
    expect(res.status).toBe(200);
    expect(res.body.items.find((u) => u.name === 'Dr Active Surgeon')).toMatchObject({
      discipline: 'surgical_oncology',
    });
    expect(res.body.items.some((u) => u.name === 'Dr Gone')).toBe(false);
    expect(res.text).not.toMatch(/@test\.example|surgeon"/);
  });
});

describe('the last administrator', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('cannot be deactivated or lose the admin role, so someone can always manage accounts', async () => {
    const { user, client } = await signInAs(t, ['admin']);
    const self = await client.patch<Problem>(`/api/admin/users/${user.id}`, { version: 1, active: false });
    expect(self.status).toBe(422);
    expect(self.body.errors).toEqual([{ path: 'body.active', message: 'would leave no active administrator' }]);
    const demote = await client.patch<Problem>(`/api/admin/users/${user.id}`, { version: 1, roles: ['coordinator'] });
    expect(demote.body.errors?.[0]?.path).toBe('body.roles');
    const second = await createUser(t.dataSource, { roles: ['admin'] });
    expect((await client.patch(`/api/admin/users/${second.id}`, { version: 1, roles: ['chair'] })).status).toBe(200);
    expect((await t.dataSource.manager.findOneByOrFail(AppUser, { id: user.id })).roles).toEqual(['admin']);
  });
});
