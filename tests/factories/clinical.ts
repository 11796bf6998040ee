import { randomBytes } from 'node:crypto';
import {
  addDays,
  type Assessment,
  type AssessmentCreate,
  type Case,
  type CaseCreate,
  type CaseDetail,
  type ImagingSummary,
  type ImagingSummaryCreate,
  type Lesion,
  type LesionCreate,
  type LesionScores,
  type Patient,
  type PatientCreate,
} from '@tumor-board/shared';
import type { ApiResponse, HttpClient } from '../support/http.js';
import type { TestApp } from '../support/test-app.js';
import { signInAs } from './users.js';

/*
 * Clinical records made through the HTTP API, as a given signed-in client, so every factory call
 * goes through the same validation, rules and audit trail as a real user's request.
 */

export type LesionView = Lesion & { scores: LesionScores };

let counter = 0;

/** A fresh MRN (letters, digits, hyphens, ≤ 32 characters), unique per call and per run. */
export const uniqueMrn = (prefix = 'MRN'): string =>
  `${prefix}-${randomBytes(4).toString('hex')}-${(++counter).toString(36)}`.slice(0, 32);

/** Today's calendar date (UTC), as the server's readiness rules see it. */
export const today = (): string => new Date().toISOString().slice(0, 10);
export const daysAgo = (days: number): string => addDays(today(), -days);

/** Fails the factory call loudly (with the server's answer) instead of letting a test run on junk. */
export function expectStatus<T>(res: ApiResponse<T>, status: number, what: string): T {
  if (res.status !== status) throw new Error(`${what}: expected ${status}, got ${res.status} ${res.text}`);
  return res.body;
}

export async function createPatient(client: HttpClient, overrides: Partial<PatientCreate> = {}): Promise<Patient> {
  const body: PatientCreate = {
    mrn: uniqueMrn(),
    givenName: 'Ada',
    familyName: 'Testpatient',
    birthDate: '1961-04-12',
    sex: 'female',
    ...overrides,
  };
  return expectStatus(await client.post<Patient>('/api/patients', body), 201, 'create patient');
}

/** A draft case for a new patient (or `patientId`), routine unless told otherwise. */
export async function createCase(
  client: HttpClient,
  input: Partial<CaseCreate> = {},
): Promise<{ patient: Patient | null; case: Case }> {
  const patient = input.patientId ? null : await createPatient(client);
  const body: CaseCreate = { urgency: 'routine', ...input, patientId: input.patientId ?? patient!.id };
  const created = expectStatus(await client.post<Case>('/api/cases', body), 201, 'create case');
  return { patient, case: created };
}

export const getCase = async (client: HttpClient, caseId: string): Promise<CaseDetail> =>
  expectStatus(await client.get<CaseDetail>(`/api/cases/${caseId}`), 200, 'read case');

export async function transition(
  client: HttpClient,
  caseId: string,
  to: CaseDetail['case']['status'],
  reason?: string,
): Promise<CaseDetail> {
  const { case: current } = await getCase(client, caseId);
  const body = { to, version: current.version, ...(reason ? { reason } : {}) };
  return expectStatus(
    await client.post<CaseDetail>(`/api/cases/${caseId}/transitions`, body),
    200,
    `move case to ${to}`,
  );
}

export async function addAssessment(
  client: HttpClient,
  caseId: string,
  input: Partial<AssessmentCreate> = {},
): Promise<Assessment> {
  const body = { assessedOn: today(), ecog: 1, painNrs: 4, neurology: 'intact', ...input };
  return expectStatus(
    await client.post<Assessment>(`/api/cases/${caseId}/assessments`, body),
    201,
    'create assessment',
  );
}

export async function addLesion(client: HttpClient, caseId: string, input: LesionCreate): Promise<LesionView> {
  return expectStatus(await client.post<LesionView>(`/api/cases/${caseId}/lesions`, input), 201, 'create lesion');
}

/** Needs a radiologist's (or interventional radiologist's) client. */
export async function addImaging(
  radiologist: HttpClient,
  caseId: string,
  input: Partial<ImagingSummaryCreate> = {},
): Promise<ImagingSummary> {
  const body = {
    modality: 'mri',
    performedOn: daysAgo(3),
    region: 'whole spine',
    impression: 'Lytic T12 metastasis without cord compression.',
    ...input,
  };
  return expectStatus(
    await radiologist.post<ImagingSummary>(`/api/cases/${caseId}/imaging`, body),
    201,
    'create imaging summary',
  );
}

/**
 * T12 lytic lesion with mechanical pain and every SINS input, plus a Bilsky grade.
 * SINS by hand (Fisher 2010): junctional 3 + mechanical 3 + lytic 2 + de novo deformity 2
 * + collapse < 50 % 2 + unilateral posterolateral 1 = 13, the lowest "unstable" total.
 */
export const T12_LESION: LesionCreate = {
  site: { region: 'spine', level: 'T12' },
  laterality: 'midline',
  type: 'lytic',
  sinsInput: { pain: 'mechanical', alignment: 'de_novo_deformity', collapse: 'under_50', posterolateral: 'unilateral' },
  bilskyGrade: '1b',
};

/**
 * Left proximal femur (trochanteric region → Mirels "peritrochanteric") with every Mirels input.
 * Mirels by hand (1989): peritrochanteric 3 + moderate pain 2 + mixed 2 + one to two thirds 2 = 9, "high".
 */
export const PROXIMAL_FEMUR_LESION: LesionCreate = {
  site: { region: 'femur', segment: 'trochanteric' },
  laterality: 'left',
  type: 'mixed',
  mirelsInput: { pain: 'moderate', size: 'one_third_to_two_thirds' },
};

export interface CompleteCase {
  patient: Patient;
  case: Case;
  assessment: Assessment;
  imaging: ImagingSummary;
  spinalLesion: LesionView;
  longBoneLesion: LesionView;
}

/**
 * A draft case holding everything the readiness check asks for: primary and question, a recent
 * assessment (ECOG, pain, neurology), recent imaging, a fully scored spinal and long-bone lesion.
 * Imaging is written by `radiologist`, or by a radiologist signed in for the purpose.
 */
export async function createCompleteCase(
  t: TestApp,
  client: HttpClient,
  options: { radiologist?: HttpClient; case?: Partial<CaseCreate> } = {},
): Promise<CompleteCase> {
  const radiologist = options.radiologist ?? (await signInAs(t, ['radiologist'])).client;
  const patient = await createPatient(client);
  const { case: created } = await createCase(client, {
    patientId: patient.id,
    primaryCancer: 'breast',
    clinicalQuestion: 'Radiotherapy alone, or stabilisation first?',
    ...options.case,
  });
  const spinalLesion = await addLesion(client, created.id, T12_LESION);
  const longBoneLesion = await addLesion(client, created.id, PROXIMAL_FEMUR_LESION);
  const assessment = await addAssessment(client, created.id);
  const imaging = await addImaging(radiologist, created.id, { lesionIds: [spinalLesion.id] });
  const { case: current } = await getCase(client, created.id);
  return { patient, case: current, assessment, imaging, spinalLesion, longBoneLesion };
}
