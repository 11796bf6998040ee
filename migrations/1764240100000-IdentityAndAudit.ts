import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions, one-time credential links, and the append-only audit trail.
 *
 * The app connects as the role `tumor_board_app` (see data-source.ts): it may read and write the
 * clinical tables but only INSERT and SELECT on audit_event, and it owns nothing, so it cannot
 * drop or disable the trigger that refuses UPDATE, DELETE and TRUNCATE.
 */
export class IdentityAndAudit1764240100000 implements MigrationInterface {
  name = 'IdentityAndAudit1764240100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$ BEGIN
        CREATE ROLE tumor_board_app NOLOGIN;
      EXCEPTION WHEN duplicate_object THEN NULL;
      END $$`);
    // A non-superuser owner must be a member to SET ROLE; a superuser needs nothing.
    await q.query(`
      DO $$ BEGIN
        IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
          EXECUTE format('GRANT tumor_board_app TO %I', current_user);
        END IF;
      END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO tumor_board_app`);
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO tumor_board_app`,
    );
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO tumor_board_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "app_user" TO tumor_board_app`);
    await q.query(`GRANT SELECT ON "migrations" TO tumor_board_app`);

    await q.query(`
      CREATE TABLE "user_session" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "token_hash" varchar(64) NOT NULL,
        "csrf_token" varchar(64) NOT NULL,
        "created_at" timestamptz NOT NULL,
        "last_seen_at" timestamptz NOT NULL,
        "expires_at" timestamptz NOT NULL,
        "ended_at" timestamptz,
        "end_reason" varchar(32),
        "source_ip" varchar(64),
        CONSTRAINT "PK_user_session" PRIMARY KEY ("id"),
        CONSTRAINT "FK_user_session_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_user_session_token_hash" ON "user_session" ("token_hash")`);
    await q.query(`CREATE INDEX "IDX_user_session_user_open" ON "user_session" ("user_id") WHERE "ended_at" IS NULL`);

    await q.query(`CREATE TYPE "credential_token_purpose" AS ENUM ('setup', 'invitation', 'password_reset')`);
    await q.query(`
      CREATE TABLE "credential_token" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "purpose" "credential_token_purpose" NOT NULL,
        "user_id" uuid,
        "token_hash" varchar(64) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "used_at" timestamptz,
        CONSTRAINT "PK_credential_token" PRIMARY KEY ("id"),
        CONSTRAINT "FK_credential_token_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_credential_token_token_hash" ON "credential_token" ("token_hash")`);

    await q.query(`CREATE TYPE "audit_outcome" AS ENUM ('success', 'denied', 'failed')`);
    await q.query(`
      CREATE TABLE "audit_event" (
        "id" bigint GENERATED ALWAYS AS IDENTITY,
        "at" timestamptz NOT NULL DEFAULT clock_timestamp(),
        "user_id" uuid,
        "roles" text,
        "action" varchar(64) NOT NULL,
        "entity_type" varchar(64),
        "entity_id" varchar(64),
        "patient_id" uuid,
        "request_id" varchar(64),
        "outcome" "audit_outcome" NOT NULL,
        "source_ip" varchar(64),
        "detail" jsonb,
        CONSTRAINT "PK_audit_event" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "IDX_audit_event_at" ON "audit_event" ("at")`);
    await q.query(`CREATE INDEX "IDX_audit_event_user_at" ON "audit_event" ("user_id", "at")`);
    await q.query(`CREATE INDEX "IDX_audit_event_patient_at" ON "audit_event" ("patient_id", "at")`);
    await q.query(`CREATE INDEX "IDX_audit_event_action_at" ON "audit_event" ("action", "at")`);
    await q.query(`
      CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER "audit_event_no_update_delete" BEFORE UPDATE OR DELETE ON "audit_event"
      FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()`);
    await q.query(`
      CREATE TRIGGER "audit_event_no_truncate" BEFORE TRUNCATE ON "audit_event"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`);
    await q.query(`REVOKE ALL ON "audit_event" FROM tumor_board_app`);
    await q.query(`GRANT SELECT, INSERT ON "audit_event" TO tumor_board_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "audit_event"`);
    await q.query(`DROP FUNCTION audit_event_is_append_only()`);
    await q.query(`DROP TYPE "audit_outcome"`);
    await q.query(`DROP TABLE "credential_token"`);
    await q.query(`DROP TYPE "credential_token_purpose"`);
    await q.query(`DROP TABLE "user_session"`);
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM tumor_board_app`,
    );
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM tumor_board_app`);
    await q.query(`REVOKE ALL ON "app_user", "migrations" FROM tumor_board_app`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM tumor_board_app`);
  }
}
