/**
 * Codes of a database that is away: refused, reset, shut down by the admin, crashed, starting or
 * stopping, or a broken link.
 */
const DB_CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
  '57P05',
  '08006',
  '08003',
  '08001',
]);

export function isDatabaseUnavailable(e: unknown): boolean {
  const code =
    (e as { code?: unknown; driverError?: { code?: unknown } } | null)?.code ??
    (e as { driverError?: { code?: unknown } } | null)?.driverError?.code;
  if (typeof code === 'string' && DB_CONNECTION_CODES.has(code)) return true;
  // TypeORM releases a transaction's query runner when its connection fails between statements;
  // the next statement then throws one of these instead of the connection's own error.
  if (e instanceof Error && /^QueryRunner(Provider)?AlreadyReleasedError$/.test(e.name)) return true;
  const message = e instanceof Error ? e.message : '';
  // node-postgres and its pool say so in words: a link cut mid-query, a client left unusable by
  // it, or no connection within the pool's connect timeout.
  return /Connection terminated|connection timeout|Connection refused|timeout exceeded when trying to connect|not queryable/i.test(
    message,
  );
}

/** What may be logged of an error: never the message of a database error (it can echo values). */
export function describeError(e: unknown): Record<string, unknown> {
  if (!(e instanceof Error)) return { kind: typeof e };
  const withCode = e as Error & { code?: unknown; constraint?: unknown; table?: unknown; driverError?: unknown };
  const isDbError =
    e.name === 'QueryFailedError' ||
    'driverError' in withCode ||
    (typeof withCode.code === 'string' && /^[0-9A-Z]{5}$/.test(withCode.code));
  return {
    name: e.name,
    code: withCode.code,
    constraint: withCode.constraint,
    table: withCode.table,
    message: isDbError ? undefined : e.message,
    stack: isDbError ? e.stack?.split('\n').slice(1).join('\n') : e.stack,
  };
}

/** A unique index refused the write (PostgreSQL 23505), optionally a given one. */
export function isUniqueViolation(e: unknown, constraint?: string): boolean {
  const error = e as {
    code?: unknown;
    constraint?: unknown;
    driverError?: { code?: unknown; constraint?: unknown };
  } | null;
  const code = error?.code ?? error?.driverError?.code;
  const name = error?.constraint ?? error?.driverError?.constraint;
  return code === '23505' && (constraint === undefined || name === constraint);
}
