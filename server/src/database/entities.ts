// Every entity the app maps. The data source, the migration CLI and the tests use this list.
import { AppUser } from '../modules/users/user.entity.js';
import { UserSession } from '../modules/auth/user-session.entity.js';
import { CredentialToken } from '../modules/auth/credential-token.entity.js';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { Patient } from '../modules/patients/patient.entity.js';
import { BoardCase } from '../modules/cases/board-case.entity.js';
import { CaseStatusEvent } from '../modules/cases/case-status-event.entity.js';
import { Assessment } from '../modules/assessments/assessment.entity.js';
import { Lesion } from '../modules/lesions/lesion.entity.js';
import { ImagingSummary } from '../modules/imaging/imaging-summary.entity.js';
import { Recommendation } from '../modules/recommendations/recommendation.entity.js';
import { BoardDecision } from '../modules/decisions/board-decision.entity.js';
import { DecisionLetter } from '../modules/decisions/decision-letter.entity.js';
import {
  CaseOutcome,
  DecisionAcknowledgement,
  DecisionItemOutcome,
  Notification,
} from '../modules/follow-up/follow-up.entities.js';
import { MeetingSeries } from '../modules/meetings/meeting-series.entity.js';
import { Meeting } from '../modules/meetings/meeting.entity.js';
import { AgendaItem } from '../modules/meetings/agenda-item.entity.js';
import { Attendance } from '../modules/meetings/attendance.entity.js';
import { LiveOutbox } from '../modules/live/live-outbox.entity.js';
import { IdempotencyRecord } from '../common/idempotency/idempotency-record.entity.js';

export const ENTITIES = [
  AppUser,
  UserSession,
  CredentialToken,
  AuditEvent,
  Patient,
  BoardCase,
  CaseStatusEvent,
  Assessment,
  Lesion,
  ImagingSummary,
  Recommendation,
  BoardDecision,
  DecisionAcknowledgement,
  DecisionItemOutcome,
  CaseOutcome,
  Notification,
  MeetingSeries,
  Meeting,
  AgendaItem,
  Attendance,
  LiveOutbox,
  DecisionLetter,
  IdempotencyRecord,
];
