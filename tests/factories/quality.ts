import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type {
  DeferralReason,
  RecommendingDiscipline,
  Urgency,
  ItemOutcomeStatus,
  CaseStatus,
} from '@tumor-board/shared';
import { uniqueMrn } from './clinical.js';

/*
 * Rows for the quality dashboard's hand-counted fixture, written straight into the database with
 * the exact times each figure depends on (referral, meeting start, signature, letter). The API
 * stamps those times with "now", so a history spread over weeks can only be laid down here; the
 * dashboard itself only reads. Signed decisions are inserted signed (the immutability trigger
 * refuses updates, not inserts).
 */

type Db = Pick<DataSource, 'query'>;

async function insert(db: Db, table: string, row: Record<string, unknown>): Promise<void> {
  const columns = Object.keys(row);
  const values = columns.map((_c, i) => `$${i + 1}`).join(', ');
  await db.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${values})`, [
    ...Object.values(row),
  ]);
}

export async function insertCase(
  db: Db,
  input: { urgency: Urgency; referredAt: string; status?: CaseStatus },
): Promise<string> {
  const patientId = randomUUID();
  await insert(db, 'patient', {
    id: patientId,
    mrn: uniqueMrn('QD'),
    given_name: 'Quality',
    family_name: 'Fixture',
    birth_date: '1960-01-01',
    sex: 'female',
  });
  const id = randomUUID();
  await insert(db, 'board_case', {
    id,
    patient_id: patientId,
    status: input.status ?? 'decided',
    urgency: input.urgency,
    primary_cancer: 'breast',
    referred_at: input.referredAt,
  });
  return id;
}

export async function insertSeries(
  db: Db,
  input: { name: string; requiredDisciplines: RecommendingDiscipline[] },
): Promise<string> {
  const id = randomUUID();
  await insert(db, 'meeting_series', {
    id,
    name: input.name,
    rrule: 'FREQ=WEEKLY;BYDAY=TU',
    time_zone: 'UTC',
    first_date: '2025-01-07',
    start_time: '08:00',
    duration_minutes: 60,
    capacity: 10,
    default_minutes_per_case: 10,
    required_disciplines: input.requiredDisciplines,
    horizon_weeks: 4,
    feed_token: randomUUID().replace(/-/g, ''),
  });
  return id;
}

export async function insertMeeting(
  db: Db,
  input: {
    seriesId: string | null;
    startsAt: string;
    status: 'scheduled' | 'in_progress' | 'ended' | 'cancelled';
    requiredDisciplines: RecommendingDiscipline[];
  },
): Promise<string> {
  const id = randomUUID();
  const startsAt = new Date(input.startsAt);
  await insert(db, 'meeting', {
    id,
    series_id: input.seriesId,
    title: input.seriesId ? 'Series meeting' : 'Ad-hoc meeting',
    starts_at: startsAt,
    ends_at: new Date(startsAt.getTime() + 3_600_000),
    occurrence_date: input.seriesId ? input.startsAt.slice(0, 10) : null,
    status: input.status,
    ad_hoc: input.seriesId === null,
    capacity: 10,
    default_minutes_per_case: 10,
    required_disciplines: input.requiredDisciplines,
    started_at: input.status === 'ended' || input.status === 'in_progress' ? startsAt : null,
    cancel_reason: input.status === 'cancelled' ? 'Chair unavailable' : null,
  });
  return id;
}

let position = 0;

export async function insertAgendaItem(
  db: Db,
  input: {
    meetingId: string;
    caseId: string;
    outcome: 'pending' | 'discussed' | 'deferred' | 'rolled_over';
    deferralReason?: DeferralReason;
    rolledFromId?: string;
    overrideReason?: string;
  },
): Promise<string> {
  const id = randomUUID();
  await insert(db, 'agenda_item', {
    id,
    meeting_id: input.meetingId,
    case_id: input.caseId,
    position: ++position,
    minutes: 10,
    outcome: input.outcome,
    deferral_reason: input.deferralReason ?? null,
    rolled_from_id: input.rolledFromId ?? null,
    override_reason: input.overrideReason ?? null,
  });
  return id;
}

export async function insertAttendance(
  db: Db,
  meetingId: string,
  attendee: { id: string; discipline: string },
): Promise<void> {
  await insert(db, 'attendance', {
    meeting_id: meetingId,
    user_id: attendee.id,
    discipline: attendee.discipline,
    mode: 'in_person',
  });
}

/** A signed decision (or a draft when `signedAt` is null) whose items have the given ids. */
export async function insertDecision(
  db: Db,
  input: {
    caseId: string;
    sequence?: number;
    signedAt: string | null;
    signedById: string;
    itemIds: string[];
    supersedesId?: string;
  },
): Promise<string> {
  const id = randomUUID();
  const items = input.itemIds.map((itemId) => ({
    id: itemId,
    item: { kind: 'supportive_care', focus: 'pain', text: 'Analgesia review.', rationale: '' },
    warnings: [],
    sourceRecommendationId: null,
    sourceItemId: null,
    dueBy: null,
  }));
  await insert(db, 'board_decision', {
    id,
    case_id: input.caseId,
    sequence: input.sequence ?? 1,
    supersedes_id: input.supersedesId ?? null,
    amendment_reason: input.supersedesId ? 'Corrected dose' : null,
    items: JSON.stringify(items),
    signed_by_id: input.signedAt ? input.signedById : null,
    signed_at: input.signedAt,
  });
  return id;
}

export const insertLetter = (db: Db, decisionId: string, firstProducedAt: string) =>
  insert(db, 'decision_letter', { decision_id: decisionId, first_produced_at: firstProducedAt });

export const insertItemOutcome = (
  db: Db,
  input: { decisionId: string; itemId: string; status: ItemOutcomeStatus; reason?: string; recordedAt: string },
) =>
  insert(db, 'decision_item_outcome', {
    decision_id: input.decisionId,
    item_id: input.itemId,
    status: input.status,
    reason: input.reason ?? null,
    occurred_on: input.recordedAt.slice(0, 10),
    recorded_at: input.recordedAt,
  });

export const insertCaseOutcome = (
  db: Db,
  input: {
    decisionId: string;
    horizonDays: 30 | 90;
    painResponse: 'complete' | 'partial' | 'stable' | 'progression' | 'not_assessable';
    skeletalRelatedEvents?: string[];
    recordedAt: string;
  },
) =>
  insert(db, 'case_outcome', {
    decision_id: input.decisionId,
    horizon_days: input.horizonDays,
    assessed_on: input.recordedAt.slice(0, 10),
    pain_response: input.painResponse,
    skeletal_related_events: input.skeletalRelatedEvents ?? [],
    recorded_at: input.recordedAt,
  });
