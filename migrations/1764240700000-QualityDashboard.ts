import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the quality dashboard needs that was not stored:
 *  - why a case was deferred at a meeting (`agenda_item.deferral_reason`). Ending a meeting turns a
 *    deferred item into `rolled_over`, like one never reached; the reason survives it, so the two
 *    stay apart. Items deferred before this migration have no reason (counted as "not stated").
 *  - when the letter of a signed decision was first produced (`decision_letter`): the PDF is
 *    generated on demand and a signed decision row is immutable, so the time is kept beside it.
 *    Earlier letters are taken from the audit trail, which recorded every export.
 *  - an index on `board_decision.supersedes_id`, which every "decision in force" test (no signed
 *    amendment supersedes it) looks up, so the dashboard stays fast at 100,000 cases.
 */
export class QualityDashboard1764240700000 implements MigrationInterface {
  name = 'QualityDashboard1764240700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TYPE "deferral_reason" AS ENUM ('awaiting_imaging', 'awaiting_pathology', 'awaiting_information', 'specialist_absent', 'patient_discussion', 'out_of_time', 'other', 'not_stated')`,
    );
    await q.query(`ALTER TABLE "agenda_item" ADD "deferral_reason" "deferral_reason"`);

    await q.query(`
      CREATE TABLE "decision_letter" (
        "decision_id" uuid NOT NULL,
        "first_produced_at" timestamptz NOT NULL,
        CONSTRAINT "PK_decision_letter" PRIMARY KEY ("decision_id"),
        CONSTRAINT "FK_decision_letter_decision" FOREIGN KEY ("decision_id") REFERENCES "board_decision"("id") ON DELETE RESTRICT
      )`);
    await q.query(`
      INSERT INTO "decision_letter" ("decision_id", "first_produced_at")
      SELECT d."id", min(a."at")
        FROM "audit_event" a
        JOIN "board_decision" d ON d."id"::text = a."entity_id"
       WHERE a."action" = 'decision.letter.export' AND a."outcome" = 'success' AND d."signed_at" IS NOT NULL
       GROUP BY d."id"`);

    await q.query(
      `CREATE INDEX "IDX_board_decision_supersedes" ON "board_decision" ("supersedes_id") WHERE "supersedes_id" IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_board_decision_supersedes"`);
    await q.query(`DROP TABLE "decision_letter"`);
    await q.query(`ALTER TABLE "agenda_item" DROP COLUMN "deferral_reason"`);
    await q.query(`DROP TYPE "deferral_reason"`);
  }
}
