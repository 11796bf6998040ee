import os from 'node:os';
import pg from 'pg';
import { hashPassword } from '../../../server/src/modules/auth/passwords.js';
import { FAMILY, GIVEN_FEMALE, GIVEN_MALE, STAFF, templates } from './synthetic-templates.js';

/*
 * The benchmark's synthetic clinical record, written set-based in PostgreSQL (INSERT … SELECT over
 * generate_series) so 100,000 cases with their children take seconds, not hours. Every row goes
 * through the real schema — its constraints, foreign keys and triggers — as the owner.
 *
 * Case g (1 = the most recent referral, 47 minutes apart going back ~9 years at 100,000) takes one
 * of the 13 demo cases as its template (primary, lesions with their computed scores, assessments,
 * imaging), so the JSON the server returns is real-sized and valid. Growing the table adds older
 * cases: the newest rows (the worklist's first page, the live room's agenda) stay the same at every
 * scale, so only the table size changes between measurements.
 *
 *   g 1–20     scheduled, on the live room's 20-case agenda (meeting in progress), draft decision
 *   g 21–70    discussed, on a second running meeting; one draft decision per benchmark client
 *   g 71–150   draft / submitted / ready
 *   g > 150    decided (signed decision), closed after a year (acknowledged), every tenth withdrawn;
 *              every tenth decided case is on a past weekly meeting's agenda (~20 per meeting)
 *
 * Ids are deterministic UUIDs (version 4 layout, from md5 of a name) so children, agendas and the
 * benchmark can name rows without looking them up.
 */

export const ROOM_CASES = 20;
export const DECISION_CASES = 50;
/** Meetings: 498 past weekly ones, today's running board (the live room) and a decision session. */
export const PAST_MEETINGS = 498;
const MINUTES_APART = 47;

/** The same deterministic UUID the SQL function pg_temp.bench_uuid gives (md5, version-4 layout). */
export async function benchUuid(client: pg.Client, name: string): Promise<string> {
  const { rows } = await client.query<{ id: string }>('SELECT pg_temp.bench_uuid($1) AS id', [name]);
  return rows[0]!.id;
}

const INIT_SQL = [
  `CREATE FUNCTION pg_temp.bench_uuid(text) RETURNS uuid LANGUAGE sql IMMUTABLE AS
     $$ SELECT overlay(overlay(md5($1) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid $$`,
  `CREATE TEMP TABLE tpl_case AS SELECT * FROM jsonb_to_recordset({1}::jsonb) AS x(
     t int, sex sex, primary_cancer primary_cancer, histology text, diagnosis_offset int, other_metastatic_sites jsonb,
     current_systemic_therapy text, clinical_question text, goals_of_care jsonb)`,
  `CREATE TEMP TABLE tpl_assessment AS SELECT * FROM jsonb_to_recordset({2}::jsonb) AS x(
     t int, n int, offset_days int, ecog smallint, karnofsky smallint, pain_nrs smallint, greatest_pain_source text,
     neurology neurologic_status, calcium double precision, crcl double precision)`,
  `CREATE TEMP TABLE tpl_lesion AS SELECT * FROM jsonb_to_recordset({3}::jsonb) AS x(
     t int, n int, site jsonb, laterality laterality, type lesion_type, size_mm double precision, fracture_present boolean,
     epidural_extension boolean, sins_input jsonb, mirels_input jsonb, bilsky_grade text, notes text, scores jsonb)`,
  `CREATE TEMP TABLE tpl_imaging AS SELECT * FROM jsonb_to_recordset({4}::jsonb) AS x(
     t int, n int, offset_days int, modality imaging_modality, region text, findings text, impression text, pacs_url text,
     lesion_rows int[])`,
  `CREATE TEMP TABLE tpl_rec AS SELECT * FROM jsonb_to_recordset({5}::jsonb) AS x(
     t int, d int, discipline recommending_discipline, role text, summary text, item jsonb, warnings jsonb, description text)`,
];

const STAGE_SQL = [
  `DROP TABLE IF EXISTS stage_case`,
  // {from} (exclusive), {to}, {now} (the seed's), {templates}: literals, as CREATE TABLE … AS takes no parameters
  `CREATE TEMP TABLE stage_case AS
   SELECT s.*, p.path, array_position(p.path, s.status) AS events,
          least(interval '3 days', ({now}::timestamptz - s.referred_at) / 8) AS step,
          floor(s.g * ${MINUTES_APART} / 10080.0)::int AS meeting_no,
          (s.g >= 220 AND s.g % 10 = 0 AND s.status IN ('decided', 'closed')
            AND floor(s.g * ${MINUTES_APART} / 10080.0) BETWEEN 1 AND ${PAST_MEETINGS}) AS on_agenda
     FROM (SELECT g, g % {templates} AS t,
                  pg_temp.bench_uuid('case:' || g) AS id,
                  pg_temp.bench_uuid('patient:' || g) AS patient_id,
                  {now}::timestamptz - g * interval '${MINUTES_APART} minutes' - (g % 53) * interval '1 second' AS referred_at,
                  CASE WHEN g <= ${ROOM_CASES} THEN 'scheduled'
                       WHEN g <= ${ROOM_CASES + DECISION_CASES} THEN 'discussed'
                       WHEN g <= 150 THEN (ARRAY['draft', 'submitted', 'ready'])[g % 3 + 1]
                       WHEN g % 10 = 5 THEN 'withdrawn'
                       WHEN g > 11000 THEN 'closed'
                       ELSE 'decided' END AS status
             FROM generate_series({from} + 1, {to}) g) s,
          LATERAL (SELECT CASE WHEN s.status = 'withdrawn' THEN ARRAY['draft', 'submitted', 'withdrawn']
                          ELSE ARRAY['draft', 'submitted', 'ready', 'scheduled', 'discussed', 'decided', 'closed'] END AS path) p`,
];

const STAGE_INSERTS = [
  `INSERT INTO patient (id, mrn, given_name, family_name, birth_date, sex, created_at, updated_at)
   SELECT s.patient_id, 'SYN' || lpad(s.g::text, 7, '0'),
          CASE WHEN c.sex = 'male' THEN ($1::text[])[1 + (s.g * 7) % cardinality($1::text[])]
               ELSE ($2::text[])[1 + (s.g * 7) % cardinality($2::text[])] END,
          ($3::text[])[1 + (s.g * 13 + s.g / 50) % cardinality($3::text[])],
          date '1930-01-01' + (s.g * 7919) % 21000, c.sex, s.referred_at, s.referred_at
     FROM stage_case s JOIN tpl_case c USING (t)`,
  `INSERT INTO board_case (id, patient_id, status, urgency, primary_cancer, histology, diagnosis_date,
          other_metastatic_sites, current_systemic_therapy, clinical_question, referring_oncologist_id,
          presenting_clinician_id, goals_of_care, created_by_id, referred_at, created_at, updated_at, version)
   SELECT s.id, s.patient_id, s.status::case_status,
          (CASE WHEN s.g % 97 = 0 THEN 'emergency' WHEN s.g % 11 = 0 THEN 'urgent' ELSE 'routine' END)::case_urgency,
          c.primary_cancer, c.histology, s.referred_at::date - c.diagnosis_offset, c.other_metastatic_sites,
          c.current_systemic_therapy, c.clinical_question, pg_temp.bench_uuid('user:referrer:' || s.g % 100),
          CASE WHEN s.status <> 'draft' THEN pg_temp.bench_uuid('user:clinician:' || s.g % 20) END,
          c.goals_of_care, pg_temp.bench_uuid('user:referrer:' || s.g % 100), s.referred_at, s.referred_at,
          s.referred_at + (s.events - 1) * s.step, s.events
     FROM stage_case s JOIN tpl_case c USING (t)`,
  `INSERT INTO case_status_event (case_id, from_status, to_status, reason, user_id, at)
   SELECT s.id, (CASE WHEN n > 1 THEN s.path[n - 1] END)::case_status, s.path[n]::case_status,
          CASE WHEN s.path[n] = 'withdrawn' THEN 'The patient chose best supportive care.' END,
          CASE WHEN n <= 2 THEN pg_temp.bench_uuid('user:referrer:' || s.g % 100)
               WHEN s.path[n] IN ('decided', 'closed') THEN pg_temp.bench_uuid('user:chair:0')
               ELSE pg_temp.bench_uuid('user:coordinator:0') END,
          s.referred_at + (n - 1) * s.step
     FROM stage_case s CROSS JOIN LATERAL generate_series(1, s.events) n`,
  `INSERT INTO assessment (id, case_id, assessed_on, ecog, karnofsky, pain_nrs, greatest_pain_source, neurology,
          corrected_calcium_mmol_l, creatinine_clearance_ml_min, created_at, updated_at)
   SELECT pg_temp.bench_uuid('assessment:' || s.g || ':' || a.n), s.id, x.day, a.ecog, a.karnofsky, a.pain_nrs,
          a.greatest_pain_source, a.neurology, a.calcium, a.crcl, x.at, x.at
     FROM stage_case s JOIN tpl_assessment a USING (t)
     CROSS JOIN LATERAL (SELECT least(s.referred_at::date + a.offset_days, $1::date) AS day) d
     CROSS JOIN LATERAL (SELECT d.day,
                                least($2::timestamptz, greatest(s.referred_at, (d.day + time '09:00') AT TIME ZONE 'UTC')) AS at) x`,
  `INSERT INTO lesion (id, case_id, site, laterality, type, size_mm, fracture_present, epidural_extension, sins_input,
          mirels_input, bilsky_grade, notes, scores, created_at, updated_at)
   SELECT pg_temp.bench_uuid('lesion:' || s.g || ':' || l.n), s.id, l.site, l.laterality, l.type, l.size_mm,
          l.fracture_present, l.epidural_extension, l.sins_input, l.mirels_input, l.bilsky_grade, l.notes, l.scores,
          s.referred_at + l.n * interval '1 minute', s.referred_at + l.n * interval '1 minute'
     FROM stage_case s JOIN tpl_lesion l USING (t)`,
  `INSERT INTO imaging_summary (id, case_id, author_id, modality, performed_on, region, findings, impression,
          lesion_ids, pacs_url, created_at, updated_at)
   SELECT pg_temp.bench_uuid('imaging:' || s.g || ':' || i.n), s.id, pg_temp.bench_uuid('user:radiologist:' || s.g % 3),
          i.modality, least(s.referred_at::date + i.offset_days, $1::date), i.region, i.findings, i.impression,
          ARRAY(SELECT pg_temp.bench_uuid('lesion:' || s.g || ':' || r) FROM unnest(i.lesion_rows) r), i.pacs_url,
          s.referred_at + i.n * interval '2 minutes', s.referred_at + i.n * interval '2 minutes'
     FROM stage_case s JOIN tpl_imaging i USING (t)`,
  // Three disciplines per case once it reached the board (which three rotates with g).
  `INSERT INTO recommendation (id, case_id, discipline, status, summary, items, author_id, created_at, updated_at)
   SELECT pg_temp.bench_uuid('rec:' || s.g || ':' || r.d), s.id, r.discipline, 'proposed', r.summary,
          jsonb_build_array(jsonb_build_object('id', pg_temp.bench_uuid('recitem:' || s.g || ':' || r.d), 'item', r.item,
                                               'warnings', r.warnings, 'description', r.description)),
          pg_temp.bench_uuid('user:' || r.role || ':' || s.g % 3), s.referred_at + 2 * s.step, s.referred_at + 2 * s.step
     FROM stage_case s JOIN tpl_rec r ON r.t = s.t AND (r.d + s.g) % 5 < 3
    WHERE s.status IN ('scheduled', 'discussed', 'decided', 'closed')`,
  // Two of them agreed; signed once decided (immutable from then on), a draft before.
  `INSERT INTO board_decision (id, case_id, meeting_id, sequence, items, rationale, dissent, attendee_ids, signed_by_id,
          signed_at, created_at, updated_at, version)
   SELECT pg_temp.bench_uuid('decision:' || s.g), s.id,
          CASE WHEN s.g <= ${ROOM_CASES} THEN pg_temp.bench_uuid('meeting:room')
               WHEN s.g <= ${ROOM_CASES + DECISION_CASES} THEN pg_temp.bench_uuid('meeting:decisions')
               WHEN s.on_agenda THEN pg_temp.bench_uuid('meeting:' || s.meeting_no) END,
          1,
          (SELECT jsonb_agg(jsonb_build_object(
                    'id', pg_temp.bench_uuid('decitem:' || s.g || ':' || r.d), 'item', r.item, 'warnings', r.warnings,
                    'description', r.description, 'sourceRecommendationId', pg_temp.bench_uuid('rec:' || s.g || ':' || r.d),
                    'sourceItemId', pg_temp.bench_uuid('recitem:' || s.g || ':' || r.d), 'dueBy', NULL) ORDER BY r.d)
             FROM tpl_rec r WHERE r.t = s.t AND (r.d + s.g) % 5 < 2),
          'The board agreed the plan below after reviewing the imaging and each discipline''s recommendation.',
          '[]',
          ARRAY[pg_temp.bench_uuid('user:chair:0'), pg_temp.bench_uuid('user:radiologist:' || s.g % 3),
                pg_temp.bench_uuid('user:radiation_oncologist:' || s.g % 3), pg_temp.bench_uuid('user:surgeon:' || s.g % 3),
                pg_temp.bench_uuid('user:medical_oncologist:' || s.g % 3)],
          CASE WHEN s.status IN ('decided', 'closed') THEN pg_temp.bench_uuid('user:chair:0') END,
          CASE WHEN s.status IN ('decided', 'closed') THEN s.referred_at + 5 * s.step END,
          s.referred_at + 4 * s.step, s.referred_at + 5 * s.step,
          CASE WHEN s.status IN ('decided', 'closed') THEN 2 ELSE 1 END
     FROM stage_case s
    WHERE s.status IN ('scheduled', 'discussed', 'decided', 'closed')`,
  `INSERT INTO decision_acknowledgement (decision_id, user_id, acknowledged_at)
   SELECT pg_temp.bench_uuid('decision:' || s.g), pg_temp.bench_uuid('user:referrer:' || s.g % 100),
          s.referred_at + 5 * s.step + interval '2 days'
     FROM stage_case s WHERE s.status = 'closed'`,
  `INSERT INTO agenda_item (id, meeting_id, case_id, position, minutes, presenter_id, outcome, created_at, updated_at)
   SELECT pg_temp.bench_uuid('agenda:' || s.g),
          CASE WHEN s.g <= ${ROOM_CASES} THEN pg_temp.bench_uuid('meeting:room')
               WHEN s.g <= ${ROOM_CASES + DECISION_CASES} THEN pg_temp.bench_uuid('meeting:decisions')
               ELSE pg_temp.bench_uuid('meeting:' || s.meeting_no) END,
          s.id,
          CASE WHEN s.g <= ${ROOM_CASES} THEN s.g WHEN s.g <= ${ROOM_CASES + DECISION_CASES} THEN s.g - ${ROOM_CASES}
               ELSE s.g / 10 END,
          5, pg_temp.bench_uuid('user:clinician:' || s.g % 20),
          (CASE WHEN s.g <= ${ROOM_CASES} THEN 'pending' ELSE 'discussed' END)::agenda_outcome,
          s.referred_at + 3 * s.step, s.referred_at + 3 * s.step
     FROM stage_case s
    WHERE s.g <= ${ROOM_CASES + DECISION_CASES} OR s.on_agenda`,
];

const MEETINGS_SQL = [
  `INSERT INTO app_user (id, email, name, discipline, roles)
   SELECT pg_temp.bench_uuid('user:' || r.role || ':' || i), r.role || '.' || i || '@staff.bench.example',
          'Dr ' || initcap(replace(r.role, '_', ' ')) || ' ' || (i + 1), r.discipline::discipline, ARRAY[r.role]::app_role[]
     FROM jsonb_to_recordset($1::jsonb) AS r(role text, discipline text, count int),
          LATERAL generate_series(0, r.count - 1) i`,
  `INSERT INTO meeting_series (id, name, rrule, time_zone, first_date, start_time, duration_minutes, location, capacity,
          default_minutes_per_case, required_disciplines, horizon_weeks, feed_token)
   VALUES (pg_temp.bench_uuid('series:weekly'), 'Bone metastasis board', 'FREQ=WEEKLY', 'UTC',
           $1::date - 7 * ${PAST_MEETINGS}, '07:30', 120, 'Tumour board room 4', 25, 5,
           enum_range(NULL::recommending_discipline), 12, md5(random()::text) || md5(random()::text))`,
  `INSERT INTO meeting (id, series_id, title, starts_at, ends_at, occurrence_date, status, location, capacity,
          default_minutes_per_case, required_disciplines, started_at, ended_at, live_sequence, created_at, updated_at)
   SELECT pg_temp.bench_uuid('meeting:' || m), pg_temp.bench_uuid('series:weekly'), 'Bone metastasis board',
          x.starts, x.starts + interval '2 hours', x.day, 'ended', 'Tumour board room 4', 25, 5,
          enum_range(NULL::recommending_discipline), x.starts, x.starts + interval '2 hours', 40,
          x.starts - interval '12 weeks', x.starts + interval '2 hours'
     FROM generate_series(1, ${PAST_MEETINGS}) m,
          LATERAL (SELECT $1::date - 7 * m AS day, ($1::date - 7 * m + time '07:30') AT TIME ZONE 'UTC' AS starts) x`,
  `INSERT INTO meeting (id, series_id, title, starts_at, ends_at, occurrence_date, status, ad_hoc, location, capacity,
          default_minutes_per_case, required_disciplines, started_at, live_sequence)
   VALUES (pg_temp.bench_uuid('meeting:room'), pg_temp.bench_uuid('series:weekly'), 'Bone metastasis board',
           $2::timestamptz - interval '10 minutes', $2::timestamptz + interval '110 minutes', $1::date, 'in_progress',
           false, 'Tumour board room 4', 25, 5, enum_range(NULL::recommending_discipline),
           $2::timestamptz - interval '10 minutes', 1),
          (pg_temp.bench_uuid('meeting:decisions'), NULL, 'Decision-writing session',
           $2::timestamptz - interval '30 minutes', $2::timestamptz + interval '90 minutes', NULL, 'in_progress',
           true, 'Tumour board room 2', 60, 5, enum_range(NULL::recommending_discipline),
           $2::timestamptz - interval '30 minutes', 1)`,
  `INSERT INTO attendance (meeting_id, user_id, discipline, mode, checked_in_at)
   SELECT m.id, u.id, u.discipline, (CASE WHEN u.n % 3 = 0 THEN 'virtual' ELSE 'in_person' END)::attendance_mode,
          m.starts_at
     FROM meeting m
     CROSS JOIN (SELECT id, discipline, row_number() OVER (ORDER BY email) AS n FROM app_user
                  WHERE email IN ('chair.0@staff.bench.example', 'coordinator.0@staff.bench.example',
                                  'radiologist.0@staff.bench.example', 'interventional_radiologist.0@staff.bench.example',
                                  'radiation_oncologist.0@staff.bench.example', 'surgeon.0@staff.bench.example',
                                  'medical_oncologist.0@staff.bench.example')) u`,
];

export interface SeedStage {
  cases: number;
  /** Inserting the rows of this stage. */
  insertMs: number;
  /** ANALYZE afterwards (the planner's statistics). */
  analyzeMs: number;
  /** Rows per table after this stage. */
  rows: Record<string, number>;
}

export interface BenchUser {
  email: string;
}

/**
 * Seeds in stages on one connection (its temp tables hold the templates): `init` writes the staff,
 * the benchmark's users and the 500 meetings; each `growTo(n)` adds cases up to n.
 */
export class SyntheticSeeder {
  /** One connection per core: each stage is split between them (disjoint cases, one transaction each). */
  private readonly clients: pg.Client[];
  private seeded = 0;
  private templateCount = 0;
  private readonly now = new Date();
  private readonly today = this.now.toISOString().slice(0, 10);

  constructor(url: string, workers = Math.max(1, Math.min(4, os.cpus().length))) {
    this.clients = Array.from({ length: workers }, () => new pg.Client({ connectionString: url }));
  }

  private get client(): pg.Client {
    return this.clients[0]!;
  }

  /** The uuid function and the template tables, which are per connection (temporary). */
  private async prepare(client: pg.Client, args: string[]): Promise<void> {
    const [fn, ...tables] = INIT_SQL;
    await client.query(fn!);
    // CREATE TABLE … AS takes no bind parameters: the templates go in as literals.
    for (const sql of tables) {
      await client.query(sql.replace(/\{(\d)\}/g, (_, i: string) => pg.escapeLiteral(args[Number(i) - 1]!)));
    }
  }

  async init(benchUsers: number, password: string): Promise<{ users: BenchUser[]; ms: number }> {
    const t0 = performance.now();
    await Promise.all(this.clients.map((c) => c.connect()));
    const tpl = templates(this.today);
    const args = [tpl.cases, tpl.assessments, tpl.lesions, tpl.imaging, tpl.recommendations].map((x) =>
      JSON.stringify(x),
    );
    await Promise.all(this.clients.map((c) => this.prepare(c, args)));
    const { rows } = await this.client.query<{ n: string }>('SELECT count(*) AS n FROM tpl_case');
    if (Number(rows[0]!.n) !== tpl.count) throw new Error('the case templates did not load');
    this.templateCount = tpl.count;
    await this.client.query(MEETINGS_SQL[0]!, [JSON.stringify(STAFF)]);
    for (const sql of MEETINGS_SQL.slice(1, 4)) {
      await this.client.query(sql, sql.includes('$2') ? [this.today, this.now] : [this.today]);
    }
    const hash = await hashPassword(password);
    const users = Array.from({ length: benchUsers }, (_, k) => ({ email: `bench.${k}@bench.example` }));
    await this.client.query(
      `INSERT INTO app_user (id, email, name, discipline, roles, password_hash)
       SELECT pg_temp.bench_uuid('user:bench:' || k), 'bench.' || k || '@bench.example', 'Bench Clinician ' || (k + 1),
              'other', ARRAY['clinician']::app_role[], $2
         FROM generate_series(0, $1::int - 1) k`,
      [benchUsers, hash],
    );
    await this.client.query(MEETINGS_SQL[4]!);
    return { users, ms: performance.now() - t0 };
  }

  /** Cases (from, to] and all their rows, in one transaction on one connection. */
  private async stage(client: pg.Client, from: number, to: number): Promise<void> {
    await client.query('BEGIN');
    await client.query(STAGE_SQL[0]!);
    const literals: Record<string, string> = {
      from: String(from),
      to: String(to),
      now: pg.escapeLiteral(this.now.toISOString()),
      templates: String(this.templateCount),
    };
    await client.query(STAGE_SQL[1]!.replace(/\{(\w+)\}/g, (_, key: string) => literals[key]!));
    const [patients, boardCases, ...rest] = STAGE_INSERTS;
    await client.query(patients!, [GIVEN_MALE, GIVEN_FEMALE, FAMILY]);
    await client.query(boardCases!);
    for (const sql of rest) {
      const params = sql.includes('$2') ? [this.today, this.now] : sql.includes('$1') ? [this.today] : [];
      await client.query(sql, params);
    }
    await client.query('COMMIT');
  }

  async growTo(cases: number): Promise<SeedStage> {
    if (cases <= this.seeded) throw new Error(`already seeded ${this.seeded} cases`);
    if (this.seeded === 0 && cases < ROOM_CASES + DECISION_CASES + 80) throw new Error('seed at least 150 cases');
    const t0 = performance.now();
    const size = Math.ceil((cases - this.seeded) / this.clients.length);
    await Promise.all(
      this.clients.map((client, i) => {
        const from = this.seeded + i * size;
        const to = Math.min(cases, from + size);
        return from < to ? this.stage(client, from, to) : Promise.resolve();
      }),
    );
    if (this.seeded === 0) {
      // The live room is running: the first case is on screen, its presenter driving.
      await this.client.query(
        `UPDATE meeting SET current_item_id = pg_temp.bench_uuid('agenda:1'), presenter_id = pg_temp.bench_uuid('user:clinician:1')
          WHERE id = pg_temp.bench_uuid('meeting:room')`,
      );
    }
    const insertMs = performance.now() - t0;
    const t1 = performance.now();
    await this.client.query('ANALYZE');
    const analyzeMs = performance.now() - t1;
    this.seeded = cases;
    return { cases, insertMs, analyzeMs, rows: await this.counts() };
  }

  async counts(): Promise<Record<string, number>> {
    const tables = [
      'patient',
      'board_case',
      'case_status_event',
      'assessment',
      'lesion',
      'imaging_summary',
      'recommendation',
      'board_decision',
      'decision_acknowledgement',
      'meeting',
      'agenda_item',
      'attendance',
      'app_user',
    ];
    const { rows } = await this.client.query<Record<string, string>>(
      `SELECT ${tables.map((t) => `(SELECT count(*) FROM ${t}) AS ${t}`).join(', ')}`,
    );
    return Object.fromEntries(Object.entries(rows[0]!).map(([k, v]) => [k, Number(v)]));
  }

  /** The deterministic id the seed gave a row (e.g. `case:42`, `meeting:room`). */
  id(name: string): Promise<string> {
    return benchUuid(this.client, name);
  }

  query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<pg.QueryResult<R>> {
    return this.client.query<R>(sql, params);
  }

  async close(): Promise<void> {
    await Promise.all(this.clients.map((c) => c.end()));
  }
}
