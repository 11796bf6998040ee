import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Discipline recommendations, the board's signed decisions, and what happened afterwards.
 * A signed decision is immutable: a trigger refuses UPDATE and DELETE of a row whose signed_at is
 * set, whoever asks. A correction is a new row (an amendment) that supersedes it.
 */
export class DecisionsAndFollowUp1764240300000 implements MigrationInterface {
  name = 'DecisionsAndFollowUp1764240300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TYPE "recommending_discipline" AS ENUM ('radiology', 'interventional_radiology', 'radiation_oncology', 'surgical_oncology', 'medical_oncology')`,
    );
    await q.query(`CREATE TYPE "recommendation_status" AS ENUM ('draft', 'proposed', 'withdrawn')`);
    await q.query(`
      CREATE TABLE "recommendation" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "case_id" uuid NOT NULL,
        "discipline" "recommending_discipline" NOT NULL,
        "status" "recommendation_status" NOT NULL DEFAULT 'draft',
        "summary" varchar(4000),
        "items" jsonb NOT NULL DEFAULT '[]',
        "author_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "PK_recommendation" PRIMARY KEY ("id"),
        CONSTRAINT "FK_recommendation_case" FOREIGN KEY ("case_id") REFERENCES "board_case"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_recommendation_author" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL
      )`);
    // One opinion per discipline per case, edited by that discipline (with versions).
    await q.query(
      `CREATE UNIQUE INDEX "UQ_recommendation_case_discipline" ON "recommendation" ("case_id", "discipline")`,
    );

    await q.query(`
      CREATE TABLE "board_decision" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "case_id" uuid NOT NULL,
        "meeting_id" uuid,
        "sequence" integer NOT NULL,
        "supersedes_id" uuid,
        "amendment_reason" varchar(2000),
        "items" jsonb NOT NULL DEFAULT '[]',
        "rationale" varchar(8000),
        "dissent" jsonb NOT NULL DEFAULT '[]',
        "attendee_ids" uuid array NOT NULL DEFAULT '{}',
        "signed_by_id" uuid,
        "signed_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "PK_board_decision" PRIMARY KEY ("id"),
        CONSTRAINT "FK_board_decision_case" FOREIGN KEY ("case_id") REFERENCES "board_case"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_board_decision_supersedes" FOREIGN KEY ("supersedes_id") REFERENCES "board_decision"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_board_decision_signed_by" FOREIGN KEY ("signed_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_board_decision_case_sequence" ON "board_decision" ("case_id", "sequence")`);
    // At most one draft per case: two people open the same draft, never two drafts.
    await q.query(
      `CREATE UNIQUE INDEX "UQ_board_decision_one_draft" ON "board_decision" ("case_id") WHERE "signed_at" IS NULL`,
    );
    await q.query(`CREATE INDEX "IDX_board_decision_signed" ON "board_decision" ("signed_at", "id")`);
    await q.query(`
      CREATE FUNCTION board_decision_signed_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.signed_at IS NOT NULL THEN
          RAISE EXCEPTION 'a signed board decision is immutable: % refused (amend it instead)', TG_OP USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE TRIGGER "board_decision_signed_immutable" BEFORE UPDATE OR DELETE ON "board_decision"
      FOR EACH ROW EXECUTE FUNCTION board_decision_signed_is_immutable()`);
    // TRUNCATE skips row triggers: refuse it outright while any decision is signed.
    await q.query(`
      CREATE FUNCTION board_decision_refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM board_decision WHERE signed_at IS NOT NULL) THEN
          RAISE EXCEPTION 'a signed board decision is immutable: TRUNCATE refused' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER "board_decision_no_truncate" BEFORE TRUNCATE ON "board_decision"
      FOR EACH STATEMENT EXECUTE FUNCTION board_decision_refuse_truncate()`);

    await q.query(`
      CREATE TABLE "decision_acknowledgement" (
        "decision_id" uuid NOT NULL,
        "user_id" uuid,
        "acknowledged_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_decision_acknowledgement" PRIMARY KEY ("decision_id"),
        CONSTRAINT "FK_decision_acknowledgement_decision" FOREIGN KEY ("decision_id") REFERENCES "board_decision"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_decision_acknowledgement_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL
      )`);

    await q.query(`CREATE TYPE "item_outcome_status" AS ENUM ('done', 'modified', 'not_done')`);
    await q.query(`
      CREATE TABLE "decision_item_outcome" (
        "decision_id" uuid NOT NULL,
        "item_id" uuid NOT NULL,
        "status" "item_outcome_status" NOT NULL,
        "reason" varchar(2000),
        "occurred_on" date NOT NULL,
        "recorded_by_id" uuid,
        "recorded_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_decision_item_outcome" PRIMARY KEY ("decision_id", "item_id"),
        CONSTRAINT "FK_decision_item_outcome_decision" FOREIGN KEY ("decision_id") REFERENCES "board_decision"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_decision_item_outcome_user" FOREIGN KEY ("recorded_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL
      )`);

    await q.query(
      `CREATE TYPE "pain_response" AS ENUM ('complete', 'partial', 'stable', 'progression', 'not_assessable')`,
    );
    await q.query(`
      CREATE TABLE "case_outcome" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "decision_id" uuid NOT NULL,
        "horizon_days" smallint NOT NULL,
        "assessed_on" date NOT NULL,
        "pain_response" "pain_response" NOT NULL,
        "skeletal_related_events" text array NOT NULL DEFAULT '{}',
        "neurology" "neurologic_status",
        "notes" varchar(2000),
        "recorded_by_id" uuid,
        "recorded_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_case_outcome" PRIMARY KEY ("id"),
        CONSTRAINT "FK_case_outcome_decision" FOREIGN KEY ("decision_id") REFERENCES "board_decision"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_case_outcome_user" FOREIGN KEY ("recorded_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL,
        CONSTRAINT "CHK_case_outcome_horizon" CHECK ("horizon_days" IN (30, 90))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_case_outcome_decision_horizon" ON "case_outcome" ("decision_id", "horizon_days")`,
    );

    await q.query(`
      CREATE TABLE "notification" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "kind" varchar(32) NOT NULL,
        "case_id" uuid,
        "decision_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "read_at" timestamptz,
        CONSTRAINT "PK_notification" PRIMARY KEY ("id"),
        CONSTRAINT "FK_notification_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_notification_case" FOREIGN KEY ("case_id") REFERENCES "board_case"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_notification_decision" FOREIGN KEY ("decision_id") REFERENCES "board_decision"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "IDX_notification_user_created" ON "notification" ("user_id", "created_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'notification',
      'case_outcome',
      'decision_item_outcome',
      'decision_acknowledgement',
      'board_decision',
      'recommendation',
    ]) {
      await q.query(`DROP TABLE "${table}"`);
    }
    await q.query(`DROP FUNCTION board_decision_signed_is_immutable()`);
    await q.query(`DROP FUNCTION board_decision_refuse_truncate()`);
    for (const type of ['pain_response', 'item_outcome_status', 'recommendation_status', 'recommending_discipline']) {
      await q.query(`DROP TYPE "${type}"`);
    }
  }
}
