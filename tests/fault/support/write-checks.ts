import type { DataSource } from 'typeorm';
import type { Write } from './create-burst.js';

export interface WriteCheck {
  acknowledged: number;
  found: number;
  lost: number;
  /** More than one row for one create (a patient's MRN twice, a patient with two cases). */
  duplicates: number;
  /** Rows missing what their transaction writes with them (audit event, status history, idempotency answer). */
  halfWritten: number;
  /** Rows of this burst that no acknowledged answer names. */
  unexplained: number;
}

const count = async (sql: DataSource, query: string, params: unknown[]): Promise<number> =>
  Number((await sql.query<{ n: string }[]>(query, params))[0]!.n);

/**
 * Checks in SQL what the clients were told: every acknowledged create is there exactly once, and
 * whole (its audit event, a case's first status event, the stored answer under its key).
 */
export async function checkWrites(sql: DataSource, writes: readonly Write[], mrnPrefix: string): Promise<WriteCheck> {
  const acked = writes.filter((w) => w.id !== undefined);
  const ids = (kind: Write['kind']) => acked.filter((w) => w.kind === kind).map((w) => w.id!);
  const patients = ids('patient');
  const cases = ids('case');
  const mrns = `${mrnPrefix}-%`;
  const found =
    (await count(sql, 'SELECT count(*) AS n FROM patient WHERE id = ANY($1::uuid[])', [patients])) +
    (await count(sql, 'SELECT count(*) AS n FROM board_case WHERE id = ANY($1::uuid[])', [cases]));
  const duplicates =
    (await count(
      sql,
      'SELECT count(*) AS n FROM (SELECT mrn FROM patient WHERE mrn LIKE $1 GROUP BY mrn HAVING count(*) > 1) d',
      [mrns],
    )) +
    (await count(
      sql,
      `SELECT count(*) AS n FROM (SELECT c.patient_id FROM board_case c JOIN patient p ON p.id = c.patient_id
        WHERE p.mrn LIKE $1 GROUP BY c.patient_id HAVING count(*) > 1) d`,
      [mrns],
    ));
  const halfWritten =
    (await count(
      sql,
      `SELECT count(*) AS n FROM patient p WHERE p.mrn LIKE $1 AND (
         NOT EXISTS (SELECT 1 FROM audit_event a WHERE a.action = 'patient.create' AND a.entity_id = p.id::text)
         OR NOT EXISTS (SELECT 1 FROM idempotency_key k WHERE k.response_body->>'id' = p.id::text))`,
      [mrns],
    )) +
    (await count(
      sql,
      `SELECT count(*) AS n FROM board_case c JOIN patient p ON p.id = c.patient_id WHERE p.mrn LIKE $1 AND (
         NOT EXISTS (SELECT 1 FROM case_status_event e WHERE e.case_id = c.id AND e.from_status IS NULL)
         OR NOT EXISTS (SELECT 1 FROM audit_event a WHERE a.action = 'case.create' AND a.entity_id = c.id::text)
         OR NOT EXISTS (SELECT 1 FROM idempotency_key k WHERE k.response_body->>'id' = c.id::text))`,
      [mrns],
    )) +
    // An answer stored for a row that is not there.
    (await count(
      sql,
      `SELECT count(*) AS n FROM idempotency_key k WHERE k.route IN ('POST /api/patients', 'POST /api/cases')
         AND NOT EXISTS (SELECT 1 FROM patient p WHERE p.id::text = k.response_body->>'id')
         AND NOT EXISTS (SELECT 1 FROM board_case c WHERE c.id::text = k.response_body->>'id')`,
      [],
    ));
  const unexplained =
    (await count(sql, 'SELECT count(*) AS n FROM patient WHERE mrn LIKE $1 AND NOT (id = ANY($2::uuid[]))', [
      mrns,
      patients,
    ])) +
    (await count(
      sql,
      `SELECT count(*) AS n FROM board_case c JOIN patient p ON p.id = c.patient_id
        WHERE p.mrn LIKE $1 AND NOT (c.id = ANY($2::uuid[]))`,
      [mrns, cases],
    ));
  return { acknowledged: acked.length, found, lost: acked.length - found, duplicates, halfWritten, unexplained };
}

export const describeCheck = (c: WriteCheck): string =>
  `writes acknowledged ${c.acknowledged} / found ${c.found} / lost ${c.lost}; duplicates ${c.duplicates}; ` +
  `half-written ${c.halfWritten}; rows no answer accounts for ${c.unexplained}`;
