import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAppUser1764240000000 implements MigrationInterface {
  name = 'CreateAppUser1764240000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TYPE "discipline" AS ENUM ('radiology', 'interventional_radiology', 'radiation_oncology', 'surgical_oncology', 'medical_oncology', 'coordination', 'nursing', 'other')`,
    );
    await q.query(
      `CREATE TYPE "app_role" AS ENUM ('admin', 'coordinator', 'clinician', 'radiologist', 'interventional_radiologist', 'radiation_oncologist', 'surgeon', 'medical_oncologist', 'chair', 'referrer')`,
    );
    await q.query(`
      CREATE TABLE "app_user" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "email" varchar(254) NOT NULL,
        "name" varchar(200) NOT NULL,
        "discipline" "discipline",
        "roles" "app_role" array NOT NULL DEFAULT '{}',
        "active" boolean NOT NULL DEFAULT true,
        "password_hash" text,
        "failed_login_count" integer NOT NULL DEFAULT 0,
        "locked_until" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "PK_app_user" PRIMARY KEY ("id")
      )`);
    // Email is unique whatever its case: one person, one account.
    await q.query(`CREATE UNIQUE INDEX "UQ_app_user_email_lower" ON "app_user" (lower("email"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "app_user"`);
    await q.query(`DROP TYPE "app_role"`);
    await q.query(`DROP TYPE "discipline"`);
  }
}
