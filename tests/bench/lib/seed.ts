import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { hashPassword } from '../../../server/src/modules/auth/passwords.js';

export const BENCH_PASSWORD = 'benchmark passphrase 2026';

export interface SeededMeeting {
  meetingId: string;
  chair: { email: string };
  followers: { email: string }[];
}

/**
 * Synthetic data for the live-room benchmarks, written with plain SQL as the owner: a chair, N
 * followers, and one meeting whose agenda holds `cases` scheduled cases.
 */
export async function seedMeeting(url: string, followers: number, cases: number): Promise<SeededMeeting> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const hash = await hashPassword(BENCH_PASSWORD);
    const users = [{ email: 'chair@bench.example', role: 'chair', discipline: 'surgical_oncology' }].concat(
      Array.from({ length: followers }, (_, i) => ({
        email: `follower${i}@bench.example`,
        role: 'clinician',
        discipline: 'radiology',
      })),
    );
    for (const u of users) {
      await db.query(
        `INSERT INTO app_user (email, name, roles, discipline, password_hash) VALUES ($1, $2, ARRAY[$3]::app_role[], $4, $5)`,
        [u.email, u.email.split('@')[0], u.role, u.discipline, hash],
      );
    }
    const meetingId = randomUUID();
    await db.query(
      `INSERT INTO meeting (id, title, starts_at, ends_at, capacity, default_minutes_per_case, required_disciplines, ad_hoc)
       VALUES ($1, 'Benchmark board', now(), now() + interval '2 hours', 60, 5, ARRAY['radiology']::recommending_discipline[], true)`,
      [meetingId],
    );
    for (let i = 0; i < cases; i++) {
      const patientId = randomUUID();
      const caseId = randomUUID();
      await db.query(
        `INSERT INTO patient (id, mrn, given_name, family_name, birth_date, sex) VALUES ($1, $2, 'Bench', $3, '1960-01-01', 'female')`,
        [patientId, `BENCH-${i}`, `Patient${i}`],
      );
      await db.query(
        `INSERT INTO board_case (id, patient_id, status, urgency, primary_cancer, clinical_question) VALUES ($1, $2, 'scheduled', 'routine', 'breast', 'Benchmark question')`,
        [caseId, patientId],
      );
      await db.query(`INSERT INTO agenda_item (meeting_id, case_id, position, minutes) VALUES ($1, $2, $3, 5)`, [
        meetingId,
        caseId,
        i + 1,
      ]);
    }
    return { meetingId, chair: users[0]!, followers: users.slice(1) };
  } finally {
    await db.end();
  }
}
