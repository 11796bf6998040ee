import { DEMO_USERS } from './demo-users.js';
import { passwordProblems } from '../modules/auth/passwords.js';
import { ROLES } from '@tumor-board/shared';

describe('demo users', () => {
  it('cover every role exactly once', () => {
    expect(DEMO_USERS.map((u) => u.role).sort()).toEqual([...ROLES].sort());
  });

  it('have passwords that pass the password rules', () => {
    expect(DEMO_USERS.flatMap((u) => passwordProblems(u.password))).toEqual([]);
  });

  it('have unique ids and emails', () => {
    expect(new Set(DEMO_USERS.map((u) => u.id)).size).toBe(DEMO_USERS.length);
    expect(new Set(DEMO_USERS.map((u) => u.email)).size).toBe(DEMO_USERS.length);
  });
});
