import pg from 'pg';

/**
 * Tables a refused request may legitimately change, or that change on their own:
 *  - audit_event: denials and reads are audited before the answer is sent;
 *  - user_session: every request moves the session's last-seen time;
 *  - socket_io_attachments: the Socket.IO adapter's own table;
 *  - migrations: TypeORM's bookkeeping.
 */
const SKIPPED = new Set(['audit_event', 'user_session', 'socket_io_attachments', 'migrations']);

/**
 * Columns written after the request that made the row, by a background job: the outbox relay marks
 * live states delivered a moment after the command that wrote them.
 */
const BACKGROUND_COLUMNS: Record<string, readonly string[]> = { live_outbox: ['delivered_at'] };

export type Fingerprint = Record<string, string>;

export interface Fingerprinter {
  take(): Promise<Fingerprint>;
  close(): Promise<void>;
}

/**
 * A digest of every row of every other table: its row count and the sum of its rows' 64-bit hashes,
 * so "nothing was persisted" means exactly that: no insert, update or delete anywhere. Tables are
 * read from the catalogue, so a table added later is covered without touching this file. One
 * prepared statement on a connection of its own (not the app's pool), planned once.
 */
export async function fingerprinter(databaseUrl: string): Promise<Fingerprinter> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const columns = await client.query<{ table_name: string; column_name: string }>(
    `SELECT c.table_name, c.column_name
       FROM information_schema.columns c
       JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
      ORDER BY c.table_name, c.ordinal_position`,
  );
  const byTable = new Map<string, string[]>();
  for (const { table_name: table, column_name: column } of columns.rows) {
    if (SKIPPED.has(table) || BACKGROUND_COLUMNS[table]?.includes(column)) continue;
    byTable.set(table, [...(byTable.get(table) ?? []), column]);
  }
  const digests = [...byTable].map(([table, cols]) => {
    const row = `ROW(${cols.map((c) => `t.${pg.escapeIdentifier(c)}`).join(', ')})::text`;
    return `SELECT ${pg.escapeLiteral(table)} AS name,
                   count(*) || ':' || coalesce(sum(hashtextextended(${row}, 0)::numeric), 0) AS digest
              FROM ${pg.escapeIdentifier(table)} t`;
  });
  const query = { name: 'hostile-fingerprint', text: digests.join('\nUNION ALL\n') };
  return {
    async take() {
      const result = await client.query<{ name: string; digest: string }>(query);
      return Object.fromEntries(result.rows.map((r) => [r.name, r.digest]));
    },
    close: () => client.end(),
  };
}

/** The tables whose digest differs, for a readable failure. */
export const changedTables = (before: Fingerprint, after: Fingerprint): string[] =>
  Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table]);
