import {
  addDays,
  computeLesionScores,
  type AssessmentCreate,
  type CaseCreate,
  type CaseStatus,
  type ImagingSummaryCreate,
  type LesionCreate,
  type LesionScoreContext,
  type LesionScores,
  type PatientCreate,
  type Role,
} from '@tumor-board/shared';
import { DEMO_USERS } from '../demo-users.js';

/*
 * What the demo cases are written with: the record types, the fixed ids, the demo users who author
 * them, and `finish`, which turns a case written relative to `today` into the seeded rows.
 */

export interface DemoPatient extends PatientCreate {
  id: string;
}

export interface DemoCase extends CaseCreate {
  id: string;
  /** The status the history ends in. */
  status: CaseStatus;
  /** ISO timestamp of the referral (also the case's creation time). */
  referredAt: string;
  createdById: string;
}

export interface DemoAssessment extends AssessmentCreate {
  id: string;
  /** ISO timestamp the row was entered (never before the referral). */
  recordedAt: string;
}

export interface DemoLesion extends LesionCreate {
  id: string;
  /** `computeLesionScores` with the case's context, as the server stores them. */
  scores: LesionScores;
  recordedAt: string;
}

export interface DemoImaging extends ImagingSummaryCreate {
  id: string;
  authorId: string;
  recordedAt: string;
}

export interface DemoStatusEvent {
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  reason: string | null;
  userId: string;
  /** ISO timestamp. */
  at: string;
}

export interface DemoCaseBundle {
  patient: DemoPatient;
  case: DemoCase;
  assessments: DemoAssessment[];
  lesions: DemoLesion[];
  imaging: DemoImaging[];
  /** In order; the first event creates the case as a draft. */
  history: DemoStatusEvent[];
}

const demoUserId = (role: Role): string => {
  const user = DEMO_USERS.find((u) => u.role === role);
  if (!user) throw new Error(`no demo user with role ${role}`);
  return user.id;
};

export const DEMO_REFERRER_ID = demoUserId('referrer');
export const DEMO_CLINICIAN_ID = demoUserId('clinician');
export const DEMO_RADIOLOGIST_ID = demoUserId('radiologist');
export const DEMO_COORDINATOR_ID = demoUserId('coordinator');
export const DEMO_MEDICAL_ONCOLOGIST_ID = demoUserId('medical_oncologist');

/**
 * Fixed ids: a prefix digit per table, then the case number (patients, cases: `…000000000007`) or
 * the case number and row (children: case 7, row 2 → `…000000000702`).
 */
const fixedId = (prefix: number, tail: number) => `${prefix}0000000-0000-4000-8000-${String(tail).padStart(12, '0')}`;
export const demoPatientId = (caseNo: number) => fixedId(1, caseNo);
export const demoCaseId = (caseNo: number) => fixedId(2, caseNo);
export const demoAssessmentId = (caseNo: number, row: number) => fixedId(3, caseNo * 100 + row);
export const demoLesionId = (caseNo: number, row: number) => fixedId(4, caseNo * 100 + row);
export const demoImagingId = (caseNo: number, row: number) => fixedId(5, caseNo * 100 + row);

export const PACS = 'https://pacs.demo.tumorboard.example/viewer/studies';

/** What one case is written as below; ids, timestamps and scores are filled in by `finish`. */
export interface CaseSpec {
  no: number;
  patient: Omit<PatientCreate, 'mrn'>;
  referred: { daysAgo: number; time: string };
  createdById: string;
  case: Omit<CaseCreate, 'patientId'>;
  assessments: (Omit<AssessmentCreate, 'assessedOn'> & { daysAgo: number })[];
  lesions: LesionCreate[];
  /** `lesions` are 1-based row numbers in this case's lesion list. */
  imaging: (Omit<ImagingSummaryCreate, 'performedOn' | 'lesionIds'> & { daysAgo: number; lesions: number[] })[];
  /** After the first (the draft), each entry is one move. */
  history: { to: CaseStatus; daysAgo: number; time: string; by: string; reason?: string }[];
}

const later = (a: string, b: string) => (a > b ? a : b);
const plusMinutes = (timestamp: string, minutes: number) =>
  new Date(Date.parse(timestamp) + minutes * 60_000).toISOString();

/** The context the server's `scoreContext` gives: the latest recorded neurology and ECOG. */
export function demoScoreContext(
  primaryCancer: CaseCreate['primaryCancer'],
  assessments: readonly Pick<AssessmentCreate, 'assessedOn' | 'ecog' | 'neurology'>[],
): LesionScoreContext {
  const latestFirst = [...assessments].sort((a, b) => (a.assessedOn < b.assessedOn ? 1 : -1));
  return {
    primaryCancer: primaryCancer ?? null,
    neurology: latestFirst.find((a) => a.neurology != null)?.neurology ?? null,
    ecog: latestFirst.find((a) => a.ecog != null)?.ecog ?? null,
  };
}

export function finish(spec: CaseSpec, today: string): DemoCaseBundle {
  const date = (daysAgo: number) => addDays(today, -daysAgo);
  const stamp = (day: string, time: string) => `${day}T${time}:00.000Z`;
  const referredAt = stamp(date(spec.referred.daysAgo), spec.referred.time);

  const assessments: DemoAssessment[] = spec.assessments.map(({ daysAgo, ...fields }, i) => ({
    id: demoAssessmentId(spec.no, i + 1),
    assessedOn: date(daysAgo),
    ...fields,
    recordedAt: later(stamp(date(daysAgo), '09:00'), referredAt),
  }));
  const context = demoScoreContext(spec.case.primaryCancer, assessments);
  const imaging: DemoImaging[] = spec.imaging.map(({ daysAgo, lesions, ...fields }, i) => ({
    id: demoImagingId(spec.no, i + 1),
    authorId: DEMO_RADIOLOGIST_ID,
    performedOn: date(daysAgo),
    ...fields,
    lesionIds: lesions.map((row) => demoLesionId(spec.no, row)),
    recordedAt: later(stamp(date(daysAgo), '14:00'), referredAt),
  }));
  const lesions: DemoLesion[] = spec.lesions.map((fields, i) => {
    const id = demoLesionId(spec.no, i + 1);
    const firstSeen = imaging.filter((s) => s.lesionIds?.includes(id)).map((s) => s.recordedAt);
    return {
      id,
      ...fields,
      scores: computeLesionScores(fields, context),
      // A minute apart, so lesions entered together keep their order (the API lists by creation).
      recordedAt: plusMinutes(firstSeen.length > 0 ? firstSeen.reduce((a, b) => (a < b ? a : b)) : referredAt, i),
    };
  });

  const history: DemoStatusEvent[] = [];
  let from: CaseStatus | null = null;
  for (const step of spec.history) {
    history.push({
      fromStatus: from,
      toStatus: step.to,
      reason: step.reason ?? null,
      userId: step.by,
      at: stamp(date(step.daysAgo), step.time),
    });
    from = step.to;
  }
  const status = history.at(-1)?.toStatus ?? 'draft';

  return {
    patient: { id: demoPatientId(spec.no), mrn: `DEMO-${String(spec.no).padStart(4, '0')}`, ...spec.patient },
    case: {
      id: demoCaseId(spec.no),
      patientId: demoPatientId(spec.no),
      ...spec.case,
      status,
      referredAt,
      createdById: spec.createdById,
    },
    assessments,
    lesions,
    imaging,
    history,
  };
}

export const REF = DEMO_REFERRER_ID;
export const CLIN = DEMO_CLINICIAN_ID;
export const COORD = DEMO_COORDINATOR_ID;
export const MEDONC = DEMO_MEDICAL_ONCOLOGIST_ID;

/** `yearsAgo(years, days)`: the ISO day that long before `today` (for diagnosis dates). */
export type YearsAgo = (years: number, days?: number) => string;

export const yearsBefore =
  (today: string): YearsAgo =>
  (years, days = 0) =>
    addDays(today, -Math.round(years * 365.25) - days);
