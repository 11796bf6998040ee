import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type {
  CaseCreate,
  Decision,
  DecisionCreate,
  DecisionItemInput,
  Patient,
  PatientCreate,
  Recommendation,
  RecommendationCreate,
  RecommendationItemInput,
} from '@tumor-board/shared';
import type { HttpClient } from '../support/http.js';
import type { TestApp } from '../support/test-app.js';
import { createCompleteCase, expectStatus, transition, type CompleteCase } from './clinical.js';

/*
 * Recommendations, board decisions and their follow-up made through the HTTP API, on top of the
 * clinical factories (tests/factories/clinical.ts): every call goes through the same validation,
 * rules and audit trail as a real user's request.
 */

/** Conventional EBRT 8 Gy in a single fraction: the catalogue's ebrt_8gy_1fx. */
export const radiotherapyItem = (overrides: Record<string, unknown> = {}): RecommendationItemInput => ({
  kind: 'radiotherapy',
  target: 'T12',
  technique: 'conventional_ebrt',
  totalDoseGy: 8,
  fractions: 1,
  rationale: 'Painful lytic T12 metastasis, no cord compression.',
  ...overrides,
});

export const stabilisationItem = (): RecommendationItemInput => ({
  kind: 'surgery',
  procedure: 'stabilisation',
  fixation: 'intramedullary_nail',
  rationale: 'Mirels 9: prophylactic fixation of the left proximal femur.',
});

export const painCareItem = (text = 'Regular paracetamol and a long-acting opioid.'): RecommendationItemInput => ({
  kind: 'supportive_care',
  focus: 'pain',
  text,
  rationale: '',
});

/** Zoledronic acid with the dental review and calcium recorded, so only the renal prompts vary. */
export const zoledronicAcidItem = (creatinineClearanceMlMin: number | null = null): RecommendationItemInput => ({
  kind: 'bone_modifying_agent',
  agent: 'zoledronic_acid',
  creatinineClearanceMlMin,
  correctedCalciumMmolL: 2.35,
  dentalReviewDone: true,
  rationale: '',
});

/** Radium-223 with every eligibility criterion met unless overridden. */
export const radium223Item = (
  criteria: Partial<{
    castrationResistantProstate: boolean | null;
    symptomaticBoneMetastases: boolean | null;
    knownVisceralMetastases: boolean | null;
  }> = {},
): RecommendationItemInput => ({
  kind: 'radiopharmaceutical',
  agent: 'radium_223',
  castrationResistantProstate: true,
  symptomaticBoneMetastases: true,
  knownVisceralMetastases: false,
  rationale: '',
  ...criteria,
});

export const codesOf = (stored: { warnings: { code: string }[] }): string[] => stored.warnings.map((w) => w.code);

export async function createRecommendation(
  client: HttpClient,
  caseId: string,
  body: RecommendationCreate | { discipline: string; items: unknown[]; summary?: string },
): Promise<Recommendation> {
  return expectStatus(
    await client.post<Recommendation>(`/api/cases/${caseId}/recommendations`, body),
    201,
    `create ${body.discipline} recommendation`,
  );
}

/** A decision item copied from a recommendation's item, keeping where it came from. */
export const fromRecommendation = (
  recommendation: Recommendation,
  index = 0,
  extra: Partial<DecisionItemInput> = {},
): DecisionItemInput => {
  const source = recommendation.items[index]!;
  return { item: source.item, sourceRecommendationId: recommendation.id, sourceItemId: source.id, ...extra };
};

export async function createDraftDecision(
  client: HttpClient,
  caseId: string,
  body: Partial<DecisionCreate> = {},
): Promise<Decision> {
  return expectStatus(await client.post<Decision>(`/api/cases/${caseId}/decisions`, body), 201, 'create decision');
}

export async function signDecision(chair: HttpClient, decision: Decision): Promise<Decision> {
  return expectStatus(
    await chair.post<Decision>(`/api/cases/${decision.caseId}/decisions/${decision.id}/sign`, {
      version: decision.version,
    }),
    200,
    'sign decision',
  );
}

export interface ScheduledCaseOptions {
  radiologist?: HttpClient;
  case?: Partial<CaseCreate>;
  /** Names to give the patient instead of the clinical factory's defaults. */
  patient?: Pick<PatientCreate, 'givenName' | 'familyName'>;
}

/** A complete case moved draft → submitted → ready → scheduled (on a meeting's agenda). */
export async function createScheduledCase(
  t: TestApp,
  client: HttpClient,
  options: ScheduledCaseOptions = {},
): Promise<CompleteCase> {
  const complete = await createCompleteCase(t, client, options);
  if (options.patient) {
    complete.patient = expectStatus(
      await client.patch<Patient>(`/api/patients/${complete.patient.id}`, {
        version: complete.patient.version,
        ...options.patient,
      }),
      200,
      'rename patient',
    );
  }
  await transition(client, complete.case.id, 'submitted');
  await transition(client, complete.case.id, 'ready');
  const detail = await transition(client, complete.case.id, 'scheduled');
  return { ...complete, case: detail.case };
}

export interface SignedDecision extends CompleteCase {
  decision: Decision;
}

/**
 * A scheduled case whose board decision the chair has signed. `items` default to 8 Gy in one
 * fraction to T12; `attendeeIds` default to the chair alone.
 */
export async function createSignedDecision(
  t: TestApp,
  people: { client: HttpClient; chair: HttpClient; chairId: string; radiologist?: HttpClient },
  options: Omit<ScheduledCaseOptions, 'radiologist'> & { decision?: Partial<DecisionCreate> } = {},
): Promise<SignedDecision> {
  const complete = await createScheduledCase(t, people.client, {
    radiologist: people.radiologist,
    case: options.case,
    patient: options.patient,
  });
  const draft = await createDraftDecision(people.client, complete.case.id, {
    items: [{ item: radiotherapyItem() }],
    attendeeIds: [people.chairId],
    ...options.decision,
  });
  return { ...complete, decision: await signDecision(people.chair, draft) };
}

/**
 * A binary download with the client's cookies. HttpClient decodes every body as UTF-8 text, which
 * would mangle a PDF, so files are fetched here as bytes.
 */
export async function download(
  client: HttpClient,
  urlPath: string,
): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const res = await fetch(client.baseUrl + urlPath, { headers: cookie ? { cookie } : {} });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

const run = promisify(execFile);

/** The text of a PDF (poppler's pdftotext), with every run of whitespace made one space. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tb-letter-'));
  try {
    const file = path.join(dir, 'letter.pdf');
    await writeFile(file, pdf);
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
    return stdout.replace(/\s+/g, ' ');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
