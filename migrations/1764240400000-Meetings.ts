import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Recurring meetings, their agendas and attendance, the live state of a running meeting, and the
 * outbox its changes are delivered from (written in the same transaction as the change, so a
 * crash between commit and broadcast loses nothing).
 */
export class Meetings1764240400000 implements MigrationInterface {
  name = 'Meetings1764240400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "meeting_series" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" varchar(120) NOT NULL,
        "rrule" varchar(500) NOT NULL,
        "time_zone" varchar(64) NOT NULL,
        "first_date" date NOT NULL,
        "start_time" varchar(5) NOT NULL,
        "duration_minutes" integer NOT NULL,
        "location" varchar(200),
        "video_url" varchar(2048),
        "capacity" integer NOT NULL,
        "default_minutes_per_case" integer NOT NULL,
        "required_disciplines" "recommending_discipline" array NOT NULL,
        "horizon_weeks" integer NOT NULL,
        "feed_token" varchar(64) NOT NULL,
        "active" boolean NOT NULL DEFAULT true,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "PK_meeting_series" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_meeting_series_feed_token" ON "meeting_series" ("feed_token")`);

    await q.query(`CREATE TYPE "meeting_status" AS ENUM ('scheduled', 'in_progress', 'ended', 'cancelled')`);
    await q.query(`
      CREATE TABLE "meeting" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "series_id" uuid,
        "title" varchar(120) NOT NULL,
        "starts_at" timestamptz NOT NULL,
        "ends_at" timestamptz NOT NULL,
        "occurrence_date" date,
        "status" "meeting_status" NOT NULL DEFAULT 'scheduled',
        "ad_hoc" boolean NOT NULL DEFAULT false,
        "location" varchar(200),
        "video_url" varchar(2048),
        "capacity" integer NOT NULL,
        "default_minutes_per_case" integer NOT NULL,
        "required_disciplines" "recommending_discipline" array NOT NULL,
        "cancel_reason" varchar(500),
        "current_item_id" uuid,
        "timer_started_at" timestamptz,
        "presenter_id" uuid,
        "started_at" timestamptz,
        "ended_at" timestamptz,
        "live_sequence" integer NOT NULL DEFAULT 0,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "PK_meeting" PRIMARY KEY ("id"),
        CONSTRAINT "FK_meeting_series" FOREIGN KEY ("series_id") REFERENCES "meeting_series"("id") ON DELETE SET NULL,
        CONSTRAINT "FK_meeting_presenter" FOREIGN KEY ("presenter_id") REFERENCES "app_user"("id") ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX "IDX_meeting_starts" ON "meeting" ("starts_at", "id")`);
    // One generated occurrence per series and date: regenerating the horizon never duplicates.
    await q.query(`CREATE UNIQUE INDEX "UQ_meeting_series_occurrence" ON "meeting" ("series_id", "occurrence_date")`);

    await q.query(`CREATE TYPE "agenda_outcome" AS ENUM ('pending', 'discussed', 'deferred', 'rolled_over')`);
    await q.query(`
      CREATE TABLE "agenda_item" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "meeting_id" uuid NOT NULL,
        "case_id" uuid NOT NULL,
        "position" integer NOT NULL,
        "minutes" integer NOT NULL,
        "presenter_id" uuid,
        "outcome" "agenda_outcome" NOT NULL DEFAULT 'pending',
        "rolled_from_id" uuid,
        "override_reason" varchar(1000),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "PK_agenda_item" PRIMARY KEY ("id"),
        CONSTRAINT "FK_agenda_item_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_agenda_item_case" FOREIGN KEY ("case_id") REFERENCES "board_case"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_agenda_item_presenter" FOREIGN KEY ("presenter_id") REFERENCES "app_user"("id") ON DELETE SET NULL,
        CONSTRAINT "FK_agenda_item_rolled_from" FOREIGN KEY ("rolled_from_id") REFERENCES "agenda_item"("id") ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX "IDX_agenda_item_meeting" ON "agenda_item" ("meeting_id", "position")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_agenda_item_meeting_case" ON "agenda_item" ("meeting_id", "case_id")`);
    await q.query(`CREATE INDEX "IDX_agenda_item_case" ON "agenda_item" ("case_id")`);
    await q.query(
      `ALTER TABLE "meeting" ADD CONSTRAINT "FK_meeting_current_item" FOREIGN KEY ("current_item_id") REFERENCES "agenda_item"("id") ON DELETE SET NULL`,
    );

    await q.query(`CREATE TYPE "attendance_mode" AS ENUM ('in_person', 'virtual')`);
    await q.query(`
      CREATE TABLE "attendance" (
        "meeting_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "discipline" "discipline",
        "mode" "attendance_mode" NOT NULL,
        "checked_in_at" timestamptz NOT NULL DEFAULT now(),
        "recorded_by_id" uuid,
        CONSTRAINT "PK_attendance" PRIMARY KEY ("meeting_id", "user_id"),
        CONSTRAINT "FK_attendance_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_attendance_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_attendance_recorded_by" FOREIGN KEY ("recorded_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL
      )`);

    await q.query(`
      CREATE TABLE "live_outbox" (
        "id" bigint GENERATED ALWAYS AS IDENTITY,
        "meeting_id" uuid NOT NULL,
        "event" varchar(64) NOT NULL,
        "payload" jsonb NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT clock_timestamp(),
        "delivered_at" timestamptz,
        CONSTRAINT "PK_live_outbox" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "IDX_live_outbox_pending" ON "live_outbox" ("id") WHERE "delivered_at" IS NULL`);

    // Required by @socket.io/postgres-adapter for payloads too large for NOTIFY.
    await q.query(`
      CREATE TABLE "socket_io_attachments" (
        "id" bigserial UNIQUE,
        "created_at" timestamptz DEFAULT now(),
        "payload" bytea
      )`);

    await q.query(
      `ALTER TABLE "board_decision" ADD CONSTRAINT "FK_board_decision_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE RESTRICT`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "board_decision" DROP CONSTRAINT "FK_board_decision_meeting"`);
    await q.query(`ALTER TABLE "meeting" DROP CONSTRAINT "FK_meeting_current_item"`);
    for (const table of [
      'socket_io_attachments',
      'live_outbox',
      'attendance',
      'agenda_item',
      'meeting',
      'meeting_series',
    ]) {
      await q.query(`DROP TABLE "${table}"`);
    }
    for (const type of ['attendance_mode', 'agenda_outcome', 'meeting_status']) await q.query(`DROP TYPE "${type}"`);
  }
}
