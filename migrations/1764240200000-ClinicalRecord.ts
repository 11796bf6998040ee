import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The clinical record: patients, cases (referrals to the board) with their status history,
 * assessments, lesions (with their computed scores) and imaging summaries.
 *
 * The worklist's indexes put the sort key last and the id after it, so a keyset page
 * (`WHERE (sort, id) < ($1, $2) ORDER BY sort DESC, id DESC LIMIT n`) reads n index entries
 * whatever the size of the table.
 */
export class ClinicalRecord1764240200000 implements MigrationInterface {
  name = 'ClinicalRecord1764240200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE "sex" AS ENUM ('female', 'male', 'other', 'unknown')`);
    await q.query(
      `CREATE TYPE "case_status" AS ENUM ('draft', 'submitted', 'ready', 'scheduled', 'discussed', 'decided', 'closed', 'withdrawn')`,
    );
    // Declared in rising order so ORDER BY urgency DESC puts emergencies first.
    await q.query(`CREATE TYPE "case_urgency" AS ENUM ('routine', 'urgent', 'emergency')`);
    await q.query(
      `CREATE TYPE "primary_cancer" AS ENUM ('breast', 'prostate', 'lung', 'kidney', 'thyroid', 'melanoma', 'myeloma', 'other')`,
    );
    await q.query(`CREATE TYPE "imaging_modality" AS ENUM ('xray', 'ct', 'mri', 'pet_ct', 'psma_pet', 'bone_scan')`);
    await q.query(`CREATE TYPE "lesion_type" AS ENUM ('lytic', 'blastic', 'mixed')`);
    await q.query(`CREATE TYPE "laterality" AS ENUM ('left', 'right', 'midline', 'bilateral', 'not_applicable')`);
    await q.query(`CREATE TYPE "neurologic_status" AS ENUM ('intact', 'radiculopathy', 'myelopathy', 'cauda_equina')`);

    await q.query(`
      CREATE TABLE "patient" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "mrn" varchar(32) NOT NULL,
        "given_name" varchar(100) NOT NULL,
        "family_name" varchar(100) NOT NULL,
        "birth_date" date NOT NULL,
        "sex" "sex" NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "PK_patient" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_patient_mrn" ON "patient" ("mrn")`);
    await q.query(`CREATE INDEX "IDX_patient_family_name" ON "patient" (lower("family_name") text_pattern_ops)`);
    await q.query(`CREATE INDEX "IDX_patient_given_name" ON "patient" (lower("given_name") text_pattern_ops)`);

    await q.query(`
      CREATE TABLE "board_case" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "patient_id" uuid NOT NULL,
        "status" "case_status" NOT NULL DEFAULT 'draft',
        "urgency" "case_urgency" NOT NULL,
        "primary_cancer" "primary_cancer",
        "histology" varchar(200),
        "diagnosis_date" date,
        "other_metastatic_sites" jsonb,
        "current_systemic_therapy" varchar(500),
        "clinical_question" varchar(2000),
        "referring_oncologist_id" uuid,
        "presenting_clinician_id" uuid,
        "goals_of_care" jsonb,
        "created_by_id" uuid,
        "referred_at" timestamptz NOT NULL DEFAULT now(),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "PK_board_case" PRIMARY KEY ("id"),
        CONSTRAINT "FK_board_case_patient" FOREIGN KEY ("patient_id") REFERENCES "patient"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_board_case_referrer" FOREIGN KEY ("referring_oncologist_id") REFERENCES "app_user"("id") ON DELETE SET NULL,
        CONSTRAINT "FK_board_case_presenter" FOREIGN KEY ("presenting_clinician_id") REFERENCES "app_user"("id") ON DELETE SET NULL,
        CONSTRAINT "FK_board_case_created_by" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX "IDX_board_case_referred" ON "board_case" ("referred_at", "id")`);
    await q.query(`CREATE INDEX "IDX_board_case_status_referred" ON "board_case" ("status", "referred_at", "id")`);
    await q.query(`CREATE INDEX "IDX_board_case_urgency_referred" ON "board_case" ("urgency", "referred_at", "id")`);
    await q.query(
      `CREATE INDEX "IDX_board_case_primary_referred" ON "board_case" ("primary_cancer", "referred_at", "id")`,
    );
    await q.query(
      `CREATE INDEX "IDX_board_case_referrer_referred" ON "board_case" ("referring_oncologist_id", "referred_at", "id")`,
    );
    await q.query(
      `CREATE INDEX "IDX_board_case_presenter_referred" ON "board_case" ("presenting_clinician_id", "referred_at", "id")`,
    );
    await q.query(`CREATE INDEX "IDX_board_case_patient" ON "board_case" ("patient_id")`);

    await q.query(`
      CREATE TABLE "case_status_event" (
        "id" bigint GENERATED ALWAYS AS IDENTITY,
        "case_id" uuid NOT NULL,
        "from_status" "case_status",
        "to_status" "case_status" NOT NULL,
        "reason" varchar(1000),
        "user_id" uuid,
        "at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_case_status_event" PRIMARY KEY ("id"),
        CONSTRAINT "FK_case_status_event_case" FOREIGN KEY ("case_id") REFERENCES "board_case"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_case_status_event_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX "IDX_case_status_event_case" ON "case_status_event" ("case_id", "id")`);

    await q.query(`
      CREATE TABLE "assessment" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "case_id" uuid NOT NULL,
        "assessed_on" date NOT NULL,
        "ecog" smallint,
        "karnofsky" smallint,
        "pain_nrs" smallint,
        "greatest_pain_source" varchar(200),
        "neurology" "neurologic_status",
        "corrected_calcium_mmol_l" double precision,
        "creatinine_clearance_ml_min" double precision,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "PK_assessment" PRIMARY KEY ("id"),
        CONSTRAINT "FK_assessment_case" FOREIGN KEY ("case_id") REFERENCES "board_case"("id") ON DELETE CASCADE,
        CONSTRAINT "CHK_assessment_ecog" CHECK ("ecog" BETWEEN 0 AND 4),
        CONSTRAINT "CHK_assessment_karnofsky" CHECK ("karnofsky" BETWEEN 10 AND 100 AND "karnofsky" % 10 = 0),
        CONSTRAINT "CHK_assessment_pain" CHECK ("pain_nrs" BETWEEN 0 AND 10)
      )`);
    await q.query(`CREATE INDEX "IDX_assessment_case" ON "assessment" ("case_id", "assessed_on")`);

    await q.query(`
      CREATE TABLE "lesion" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "case_id" uuid NOT NULL,
        "site" jsonb NOT NULL,
        "laterality" "laterality" NOT NULL,
        "type" "lesion_type",
        "size_mm" double precision,
        "fracture_present" boolean,
        "epidural_extension" boolean,
        "sins_input" jsonb,
        "mirels_input" jsonb,
        "bilsky_grade" varchar(2),
        "notes" varchar(2000),
        "scores" jsonb NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "PK_lesion" PRIMARY KEY ("id"),
        CONSTRAINT "FK_lesion_case" FOREIGN KEY ("case_id") REFERENCES "board_case"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "IDX_lesion_case" ON "lesion" ("case_id")`);

    await q.query(`
      CREATE TABLE "imaging_summary" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "case_id" uuid NOT NULL,
        "author_id" uuid,
        "modality" "imaging_modality" NOT NULL,
        "performed_on" date NOT NULL,
        "region" varchar(200) NOT NULL,
        "findings" varchar(10000),
        "impression" varchar(4000) NOT NULL,
        "lesion_ids" uuid array NOT NULL DEFAULT '{}',
        "pacs_url" varchar(2048),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "PK_imaging_summary" PRIMARY KEY ("id"),
        CONSTRAINT "FK_imaging_summary_case" FOREIGN KEY ("case_id") REFERENCES "board_case"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_imaging_summary_author" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX "IDX_imaging_summary_case" ON "imaging_summary" ("case_id", "performed_on")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['imaging_summary', 'lesion', 'assessment', 'case_status_event', 'board_case', 'patient']) {
      await q.query(`DROP TABLE "${table}"`);
    }
    for (const type of [
      'neurologic_status',
      'laterality',
      'lesion_type',
      'imaging_modality',
      'primary_cancer',
      'case_urgency',
      'case_status',
      'sex',
    ]) {
      await q.query(`DROP TYPE "${type}"`);
    }
  }
}
