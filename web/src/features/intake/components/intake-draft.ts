import { SEXES, patientSchema, type Patient, type Sex } from '@tumor-board/shared';
import { TAB_STORAGE_PREFIX } from '../../../lib/tab-storage';
import { EMPTY_CASE_FORM, reviveCaseFormValues, type CaseFormValues } from '../../cases/components/case-form-values';

/*
 * The referral being written, kept in sessionStorage until the draft case is saved, so a reload or
 * an accidental navigation loses nothing. sessionStorage (not localStorage) because it holds PHI: it
 * lives only as long as the tab, is never sent to the server, and is tied to the user who wrote it —
 * another user signing in on the same tab starts from an empty form.
 */

const STORAGE_KEY = `${TAB_STORAGE_PREFIX}intake-draft`;
const VERSION = 1;

export interface PatientRegistration {
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: Sex | '';
}

export interface IntakeDraft {
  /** What is typed in the MRN box. */
  mrn: string;
  /** The MRN last looked up (null: none yet). */
  lookedUpMrn: string | null;
  registration: PatientRegistration;
  /** The patient chosen for the referral. */
  patient: Patient | null;
  case: CaseFormValues;
}

export const EMPTY_REGISTRATION: PatientRegistration = { givenName: '', familyName: '', birthDate: '', sex: '' };

export const EMPTY_INTAKE_DRAFT: IntakeDraft = {
  mrn: '',
  lookedUpMrn: null,
  registration: EMPTY_REGISTRATION,
  patient: null,
  case: EMPTY_CASE_FORM,
};

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    // Storage can be disabled; the form then simply is not kept.
    return undefined;
  }
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function reviveRegistration(raw: unknown): PatientRegistration {
  if (typeof raw !== 'object' || raw === null) return EMPTY_REGISTRATION;
  const r = raw as Record<string, unknown>;
  const sex = r.sex;
  return {
    givenName: str(r.givenName),
    familyName: str(r.familyName),
    birthDate: str(r.birthDate),
    sex: typeof sex === 'string' && (SEXES as readonly string[]).includes(sex) ? (sex as Sex) : '',
  };
}

/** The draft this user left in this tab, or an empty one. */
export function loadIntakeDraft(userId: string): IntakeDraft {
  const raw = storage()?.getItem(STORAGE_KEY);
  if (!raw) return EMPTY_INTAKE_DRAFT;
  try {
    const stored = JSON.parse(raw) as Record<string, unknown>;
    if (stored.version !== VERSION || stored.userId !== userId) return EMPTY_INTAKE_DRAFT;
    const draft = (stored.draft ?? {}) as Record<string, unknown>;
    const patient = patientSchema.safeParse(draft.patient);
    return {
      mrn: str(draft.mrn),
      lookedUpMrn: typeof draft.lookedUpMrn === 'string' && draft.lookedUpMrn !== '' ? draft.lookedUpMrn : null,
      registration: reviveRegistration(draft.registration),
      patient: patient.success ? patient.data : null,
      case: reviveCaseFormValues(draft.case),
    };
  } catch {
    return EMPTY_INTAKE_DRAFT;
  }
}

export function saveIntakeDraft(userId: string, draft: IntakeDraft): void {
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify({ version: VERSION, userId, draft }));
  } catch {
    // Full or disabled storage: the form still works, it just is not kept across a reload.
  }
}

export function clearIntakeDraft(): void {
  storage()?.removeItem(STORAGE_KEY);
}
