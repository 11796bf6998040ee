import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Discipline, Role } from '@tumor-board/shared';
import { hashPassword } from '../../server/src/modules/auth/passwords.js';
import { AppUser } from '../../server/src/modules/users/user.entity.js';
import type { HttpClient } from '../support/http.js';
import type { TestApp } from '../support/test-app.js';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface TestUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  password: string;
}

let cachedHash: Promise<string> | undefined;

/** A user straight in the database (argon2 hashing once per file keeps the suite fast). */
export async function createUser(
  dataSource: DataSource,
  input: { roles: Role[]; name?: string; email?: string; discipline?: Discipline | null; active?: boolean },
): Promise<TestUser> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const id = randomUUID();
  const email = input.email ?? `${input.roles.join('-')}-${id.slice(0, 8)}@test.example`;
  const name = input.name ?? `Test ${input.roles.join(' ')}`;
  await dataSource.manager.insert(AppUser, {
    id,
    email,
    name,
    roles: input.roles,
    discipline: input.discipline ?? null,
    active: input.active ?? true,
    passwordHash: await cachedHash,
  });
  return { id, email, name, roles: input.roles, password: TEST_PASSWORD };
}

/** A client signed in as the user (its own cookie jar). */
export async function signIn(t: TestApp, user: Pick<TestUser, 'email' | 'password'>): Promise<HttpClient> {
  const client = t.client();
  const res = await client.post('/api/auth/login', { email: user.email, password: user.password });
  if (res.status !== 200) throw new Error(`sign-in as ${user.email} failed: ${res.status} ${res.text}`);
  return client;
}

export async function signInAs(t: TestApp, roles: Role[]): Promise<{ user: TestUser; client: HttpClient }> {
  const user = await createUser(t.dataSource, { roles });
  return { user, client: await signIn(t, user) };
}
