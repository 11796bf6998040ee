import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { emailSchema } from '@tumor-board/shared';
import { ConfigError, loadConfig } from '../config/config.js';
import { createLogger } from '../common/logging/logger.js';
import { describeError } from '../common/errors/describe-error.js';
import { resolveDatabase } from '../database/resolve-database.js';
import { createDataSource, runMigrations } from '../database/data-source.js';
import { hashPassword, passwordProblems } from '../modules/auth/passwords.js';
import { findUserByEmail } from '../modules/auth/auth.service.js';
import { AppUser } from '../modules/users/user.entity.js';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { prompt, readStdin } from './prompt.js';

const USAGE = `Usage: npm run create-admin -- [--email EMAIL] [--name NAME] [--password-stdin]
Creates an administrator account. Missing values are asked for; the password is never a flag.`;

class UsageError extends Error {}

async function createAdmin(): Promise<void> {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      'password-stdin': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const email = emailSchema.safeParse(values.email ?? (await prompt('Email: ')));
  if (!email.success) throw new UsageError('That is not an email address.');
  const name = values.name ?? (await prompt('Full name: '));
  if (!name) throw new UsageError('A name is required.');
  const password = values['password-stdin'] ? await readStdin() : await prompt('Password (12+ characters): ', true);
  const problems = passwordProblems(password, 'password');
  if (problems.length) throw new UsageError(`Password ${problems.map((p) => p.message).join('; ')}.`);

  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const database = await resolveDatabase(config, logger);
  const dataSource = createDataSource({ url: database.url, logger, poolSize: 2, applicationName: 'tumor-board-cli' });
  try {
    await dataSource.initialize();
    await runMigrations(dataSource);
    const passwordHash = await hashPassword(password);
    await dataSource.transaction(async (manager) => {
      if (await findUserByEmail(manager, email.data))
        throw new UsageError('An account with that email already exists.');
      const user = manager.create(AppUser, {
        email: email.data,
        name,
        roles: ['admin'],
        discipline: null,
        passwordHash,
      });
      await manager.save(user);
      await manager.save(
        manager.create(AuditEvent, {
          action: 'user.create_admin_cli',
          outcome: 'success',
          userId: user.id,
          roles: 'admin',
          entityType: 'user',
          entityId: user.id,
        }),
      );
    });
    process.stdout.write(`Administrator ${email.data} created.\n`);
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await database.stop();
  }
}

createAdmin().catch((error: unknown) => {
  const message =
    error instanceof UsageError || error instanceof ConfigError ? error.message : JSON.stringify(describeError(error));
  process.stderr.write(`create-admin: ${message}\n`);
  process.exit(1);
});
