import type { DataSource } from 'typeorm';
import { hashPassword } from '../modules/auth/passwords.js';
import { AppUser } from '../modules/users/user.entity.js';
import { DEMO_USERS } from './demo-users.js';
import { seedDemoCases } from './seed-demo-cases.js';

/**
 * Idempotent: fixed ids, inserted only when missing, so a second `npm run demo` changes nothing
 * and e2e tests can rely on the same users (and the same demo cases, see seed-demo-cases.ts).
 */
export async function seedDemo(dataSource: DataSource): Promise<void> {
  const existing = new Set((await dataSource.manager.find(AppUser, { select: { id: true } })).map((u) => u.id));
  for (const demo of DEMO_USERS) {
    if (existing.has(demo.id)) continue;
    await dataSource.manager.insert(AppUser, {
      id: demo.id,
      name: demo.name,
      email: demo.email,
      discipline: demo.discipline,
      roles: [demo.role],
      passwordHash: await hashPassword(demo.password),
    });
  }
  // Synthetic patients and their cases, which name the users above.
  await seedDemoCases(dataSource);
}

export function demoSignInTable(): string {
  const width = Math.max(...DEMO_USERS.map((u) => u.email.length));
  return DEMO_USERS.map((u) => `  ${u.email.padEnd(width)}  ${u.password.padEnd(24)} ${u.role}`).join('\n');
}
