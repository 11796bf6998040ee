import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const positiveInt = z.coerce.number().int().positive();

/** Every setting the server reads, with its default. The README's configuration table mirrors this. */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/ })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATA_DIR: z.string().min(1).default('.data'),
  DB_POOL_SIZE: positiveInt.max(200).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'must look like 512kb or 1mb')
    .default('1mb'),
  TRUST_PROXY: booleanFlag.default(false),
  DEMO: booleanFlag.default(false),
  WEB_DIST: z.string().min(1).optional(),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  DB_APP_ROLE: z
    .string()
    .regex(/^([a-z_][a-z0-9_]*)?$/, 'must be a PostgreSQL role name, or empty to connect as the URL user')
    .default('tumor_board_app'),
  SESSION_IDLE_MINUTES: positiveInt.max(24 * 60).default(15),
  SESSION_ABSOLUTE_HOURS: positiveInt.max(24 * 7).default(12),
  LOGIN_MAX_FAILURES: positiveInt.max(100).default(5),
  LOGIN_LOCK_MINUTES: positiveInt.max(24 * 60).default(15),
  LOGIN_ATTEMPTS_PER_ADDRESS: positiveInt.max(10_000).default(30),
});

export type AppConfig = {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  dbPoolSize: number;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  bodyLimit: string;
  trustProxy: boolean;
  demo: boolean;
  webDist: string | undefined;
  /** The address users reach the app at, for links in setup and invitation messages. */
  publicUrl: string | undefined;
  /** The PostgreSQL role the app's connections act as (`SET ROLE`); empty = the URL's user. */
  dbAppRole: string;
  session: { idleMs: number; absoluteMs: number };
  login: { maxFailures: number; lockMs: number; attemptsPerAddressPer15Min: number };
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Parses settings from the environment. A bad value throws ConfigError with ONE line that names
 * every offending variable, so the process can print it and stop.
 */
export function loadConfig(env: NodeJS.ProcessEnv, argv: readonly string[] = []): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    dbPoolSize: e.DB_POOL_SIZE,
    logLevel: e.LOG_LEVEL,
    bodyLimit: e.BODY_LIMIT,
    trustProxy: e.TRUST_PROXY,
    demo: e.DEMO || argv.includes('--demo'),
    webDist: e.WEB_DIST,
    publicUrl: e.PUBLIC_URL,
    dbAppRole: e.DB_APP_ROLE,
    session: { idleMs: e.SESSION_IDLE_MINUTES * 60_000, absoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000 },
    login: {
      maxFailures: e.LOGIN_MAX_FAILURES,
      lockMs: e.LOGIN_LOCK_MINUTES * 60_000,
      attemptsPerAddressPer15Min: e.LOGIN_ATTEMPTS_PER_ADDRESS,
    },
  };
}
