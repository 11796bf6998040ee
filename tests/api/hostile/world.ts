import type { Discipline, Role } from '@tumor-board/shared';
import { createUser, signIn, type TestUser } from '../../factories/users.js';
import type { HttpClient } from '../../support/http.js';
import type { TestApp } from '../../support/test-app.js';

export interface Person {
  user: TestUser;
  client: HttpClient;
}

/**
 * The records one test file's endpoints need, made once and shared: signed-in people per role,
 * memoised records, and every id made so far (hostile bodies try real ids of the wrong kind).
 */
export class World {
  readonly ids = new Set<string>();
  private readonly people = new Map<string, Promise<Person>>();
  private readonly memo = new Map<string, Promise<unknown>>();

  constructor(readonly t: TestApp) {}

  /** A client signed in with `role`, made once per file. Never use it where a request ends sessions. */
  as(role: Role, discipline: Discipline | null = null): Promise<Person> {
    const key = `${role}/${discipline ?? ''}`;
    let person = this.people.get(key);
    if (!person) {
      person = this.fresh([role], discipline);
      this.people.set(key, person);
    }
    return person;
  }

  /** A user of its own, signed in: for logout, a role change, a password reset. */
  async fresh(roles: Role[], discipline: Discipline | null = null): Promise<Person> {
    const user = await createUser(this.t.dataSource, { roles, discipline });
    this.ids.add(user.id);
    return { user, client: await signIn(this.t, user) };
  }

  /** Makes a shared record once. */
  once<T>(key: string, make: () => Promise<T>): Promise<T> {
    let value = this.memo.get(key) as Promise<T> | undefined;
    if (!value) {
      value = make();
      this.memo.set(key, value);
    }
    return value;
  }

  remember<T extends { id: string }>(record: T): T {
    this.ids.add(record.id);
    return record;
  }

  /** The stored version of a row, so a valid base body is never stale. */
  async version(table: string, id: string): Promise<number> {
    const rows = await this.t.dataSource.query<{ version: number }[]>(`SELECT version FROM "${table}" WHERE id = $1`, [
      id,
    ]);
    return rows[0]?.version ?? 1;
  }
}
