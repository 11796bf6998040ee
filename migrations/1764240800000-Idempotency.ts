import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotent creates: the `Idempotency-Key` a client sent with a create, and the answer it got,
 * written in the same transaction as the create itself, so a retried request has one effect and
 * gets the same answer. Keys belong to one user and last 24 hours (older rows are purged).
 */
export class Idempotency1764240800000 implements MigrationInterface {
  name = 'Idempotency1764240800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "idempotency_key" (
        "user_id" uuid NOT NULL,
        "key" varchar(255) NOT NULL,
        "route" varchar(500) NOT NULL,
        "request_hash" varchar(64) NOT NULL,
        "response_status" integer NOT NULL,
        "response_body" jsonb NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_idempotency_key" PRIMARY KEY ("user_id", "key"),
        CONSTRAINT "FK_idempotency_key_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "IDX_idempotency_key_created" ON "idempotency_key" ("created_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "idempotency_key"`);
  }
}
