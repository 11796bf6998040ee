import { randomUUID } from 'node:crypto';
import type { Case, Patient } from '@tumor-board/shared';
import {
  T12_LESION,
  addAssessment,
  addImaging,
  addLesion,
  createCase,
  createPatient,
  expectStatus,
  type LesionView,
} from '../factories/clinical.js';
import { signInAs } from '../factories/users.js';
import type { ApiResponse, HttpClient } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/*
 * Issue requirement: patient data never reaches the logs (the app runs at LOG_LEVEL debug here) nor
 * an error answer. Records are seeded with canary values, the API is exercised broadly, and the
 * canaries are looked for, case-insensitively, in every captured log line and every 4xx/5xx body.
 */
const MRN = 'CANARY-MRN-7731';
const FAMILY = 'Canaryfamily';
const GIVEN = 'Canarygiven';
const QUESTION = 'CANARY-QUESTION';
const NOTE = 'CANARY-NOTE';
const CANARIES = [MRN, FAMILY, GIVEN, QUESTION, NOTE];

const leaks = (text: string) => CANARIES.filter((c) => text.toLowerCase().includes(c.toLowerCase()));

/**
 * An error body with the canaries it holds. A 409's `current` is left out: it is the stored record,
 * returned by design to a user allowed to read it, like a successful answer.
 */
function errorLeaks(res: ApiResponse): string[] {
  const body = res.body as Record<string, unknown> | string;
  const text = res.status === 409 && typeof body === 'object' ? JSON.stringify({ ...body, current: null }) : res.text;
  return leaks(text);
}

describe('no patient data in logs or error answers', () => {
  let t: TestApp;
  let clinician: HttpClient;
  let radiologist: HttpClient;
  let patient: Patient;
  let caseView: Case;
  let lesion: LesionView;
  const unknownId = randomUUID();

  beforeAll(async () => {
    t = await startTestApp();
    clinician = (await signInAs(t, ['clinician'])).client;
    radiologist = (await signInAs(t, ['radiologist'])).client;
    patient = await createPatient(clinician, { mrn: MRN, familyName: FAMILY, givenName: GIVEN });
    caseView = (await createCase(clinician, { patientId: patient.id, clinicalQuestion: QUESTION, histology: NOTE }))
      .case;
    lesion = await addLesion(clinician, caseView.id, { ...T12_LESION, notes: NOTE });
    await addAssessment(clinician, caseView.id, { greatestPainSource: NOTE });
    await addImaging(radiologist, caseView.id, { findings: `${NOTE} at T12`, impression: `${QUESTION} answered` });
    // One edit of each record, so version 1 is stale and version 2 current below.
    const c = caseView.id;
    caseView = expectStatus(
      await clinician.patch<Case>(`/api/cases/${c}`, { version: 1, clinicalQuestion: `${QUESTION} v2` }),
      200,
      'edit case',
    );
    expectStatus(
      await clinician.patch(`/api/cases/${c}/lesions/${lesion.id}`, { version: 1, notes: `${NOTE} v2` }),
      200,
      'edit lesion',
    );
    expectStatus(
      await clinician.patch(`/api/patients/${patient.id}`, { version: 1, givenName: `${GIVEN}bis` }),
      200,
      'edit patient',
    );
  });
  afterAll(() => t.close());

  it('exercises reads, lists and searches of the canary patient (canaries in successful bodies are fine)', async () => {
    const c = caseView.id;
    const ok: [string, string, boolean][] = [
      ['case', `/api/cases/${c}`, true],
      ['history', `/api/cases/${c}/history`, false],
      ['lesions', `/api/cases/${c}/lesions`, true],
      ['assessments', `/api/cases/${c}/assessments`, true],
      ['imaging', `/api/cases/${c}/imaging`, true],
      ['patient', `/api/patients/${patient.id}`, true],
      ['lookup by MRN', `/api/patients?mrn=${MRN}`, true],
      ['worklist q=MRN', `/api/cases?q=${MRN}`, true],
      ['worklist mrn=', `/api/cases?mrn=${MRN}`, true],
      ['worklist family prefix', `/api/cases?q=canaryfam`, true],
      ['worklist given name', `/api/cases?q=${GIVEN.toUpperCase()}&status=draft`, true],
    ];
    const answers = [];
    for (const [what, path] of ok) {
      const res = await clinician.get(path);
      answers.push([what, res.status, leaks(res.text).length > 0]);
    }
    // Every read answered with the record: the canaries are really there to be found.
    expect(answers).toEqual(ok.map(([what, , carries]) => [what, 200, carries]));
  });

  it('answers 401, 403, 404, 409 and 422 without echoing canaries', async () => {
    const c = caseView.id;
    const errors: [string, number, () => Promise<ApiResponse>][] = [
      ['401 signed out', 401, () => t.http.post('/api/patients', { mrn: MRN, familyName: FAMILY })],
      ['403 imaging by a clinician', 403, () => clinician.post(`/api/cases/${c}/imaging`, { impression: QUESTION })],
      ['404 case', 404, () => clinician.get(`/api/cases/${unknownId}`)],
      ['404 patient', 404, () => clinician.patch(`/api/patients/${unknownId}`, { version: 1, familyName: FAMILY })],
      ['404 lesion', 404, () => clinician.patch(`/api/cases/${c}/lesions/${unknownId}`, { version: 1, notes: NOTE })],
      ['404 route', 404, () => clinician.get(`/api/nowhere?mrn=${MRN}&name=${FAMILY}`)],
      [
        '409 MRN taken',
        409,
        () =>
          clinician.post('/api/patients', {
            mrn: MRN,
            givenName: GIVEN,
            familyName: FAMILY,
            birthDate: '1960-01-01',
            sex: 'male',
          }),
      ],
      ['409 stale case', 409, () => clinician.patch(`/api/cases/${c}`, { version: 1, clinicalQuestion: QUESTION })],
      [
        '409 stale patient',
        409,
        () => clinician.patch(`/api/patients/${patient.id}`, { version: 1, familyName: FAMILY }),
      ],
      [
        '422 illegal move',
        422,
        () => clinician.post(`/api/cases/${c}/transitions`, { to: 'closed', version: 2, reason: QUESTION }),
      ],
      [
        '422 unknown patient',
        422,
        () => clinician.post('/api/cases', { patientId: unknownId, urgency: 'routine', clinicalQuestion: QUESTION }),
      ],
      [
        '422 site change',
        422,
        () =>
          clinician.patch(`/api/cases/${c}/lesions/${lesion.id}`, {
            version: 2,
            site: { region: 'femur', segment: 'shaft' },
            laterality: 'left',
            notes: NOTE,
          }),
      ],
    ];
    const answers = [];
    for (const [what, , request] of errors) {
      const res = await request();
      answers.push([what, res.status, errorLeaks(res)]);
    }
    expect(answers).toEqual(errors.map(([what, status]) => [what, status, []]));
    // The one exemption, by design: a stale write gets the stored record back in `current`.
    const stale = await clinician.patch<{ current: Case }>(`/api/cases/${c}`, { version: 1, urgency: 'urgent' });
    expect(stale.status).toBe(409);
    expect(stale.body.current.clinicalQuestion).toBe(`${QUESTION} v2`);
  });

  it('answers malformed, mistyped and oversized bodies without quoting them', async () => {
    const raw = `{"mrn":"${MRN}","familyName":"${FAMILY}","givenName":"${GIVEN}",`;
    const requests: [string, number, () => Promise<ApiResponse>][] = [
      ['malformed JSON', 400, () => clinician.request('/api/patients', { method: 'POST', rawBody: raw })],
      [
        'not JSON at all',
        400,
        () =>
          clinician.request(`/api/cases/${caseView.id}/lesions`, {
            method: 'POST',
            rawBody: `notes=${NOTE}&question=${QUESTION}`,
            headers: { 'content-type': 'text/plain' },
          }),
      ],
      [
        'too large',
        413,
        () =>
          clinician.request('/api/patients', {
            method: 'POST',
            rawBody: `{"mrn":"${MRN}","x":"${FAMILY.repeat(200_000)}"}`,
          }),
      ],
      [
        'bad birth date',
        400,
        () => clinician.post('/api/patients', { mrn: `${MRN}-2`, familyName: FAMILY, birthDate: GIVEN }),
      ],
      ['bad MRN', 400, () => clinician.post('/api/patients', { mrn: `${MRN} ${FAMILY}`, givenName: GIVEN })],
      ['search too long', 400, () => clinician.get(`/api/cases?q=${FAMILY.repeat(10)}`)],
      ['search by a field that does not exist', 400, () => clinician.get(`/api/cases?familyName=${FAMILY}`)],
      ['bad status filter', 400, () => clinician.get(`/api/cases?status=${FAMILY}`)],
      ['bad date filter', 400, () => clinician.get(`/api/cases?from=${MRN}`)],
      ['MRN lookup too long', 400, () => clinician.get(`/api/patients?mrn=${MRN}${MRN}${MRN}`)],
    ];
    const answers = [];
    for (const [what, , request] of requests) {
      const res = await request();
      answers.push([what, res.status, errorLeaks(res)]);
    }
    expect(answers).toEqual(requests.map(([what, status]) => [what, status, []]));
  });

  it('never echoes a canary sent in the wrong field (e.g. a form that shifted its columns)', async () => {
    const shifted: [string, () => Promise<ApiResponse>][] = [
      [
        'given name in sex',
        () =>
          clinician.post('/api/patients', {
            mrn: `${MRN}-3`,
            givenName: GIVEN,
            familyName: FAMILY,
            birthDate: '1960-01-01',
            sex: GIVEN,
          }),
      ],
      ['question in urgency', () => clinician.post('/api/cases', { patientId: patient.id, urgency: QUESTION })],
      [
        'note in laterality',
        () => clinician.post(`/api/cases/${caseView.id}/lesions`, { site: T12_LESION.site, laterality: NOTE }),
      ],
      ['MRN in version', () => clinician.patch(`/api/patients/${patient.id}`, { version: MRN })],
    ];
    const answers = [];
    for (const [what, request] of shifted) {
      const res = await request();
      answers.push([what, res.status, errorLeaks(res)]);
    }
    expect(answers).toEqual(shifted.map(([what]) => [what, 400, []]));
  });

  it('keeps canaries out of the answers to database errors (their messages quote values)', async () => {
    // A cursor whose time PostgreSQL cannot read, and intakes racing on one MRN (unique violation:
    // "Key (mrn)=(…) already exists"). Whether these answer 4xx or 5xx, nothing may be quoted.
    const cursor = Buffer.from(JSON.stringify({ at: MRN, id: randomUUID() })).toString('base64url');
    const badCursor = await clinician.get(`/api/cases?q=${FAMILY}&cursor=${cursor}`);
    const body = { mrn: `${MRN}-R`, givenName: GIVEN, familyName: FAMILY, birthDate: '1960-01-01', sex: 'female' };
    await Promise.all(Array.from({ length: 6 }, () => clinician.get(`/api/patients?mrn=${MRN}`)));
    const race = await Promise.all(Array.from({ length: 6 }, () => clinician.post('/api/patients', body)));
    const errors = [badCursor, ...race.filter((r) => r.status !== 201)];
    expect(errors.map((r) => r.status >= 400)).toEqual(Array.from({ length: 6 }, () => true));
    expect(errors.flatMap(errorLeaks)).toEqual([]);
  });

  it('logged every request above, and none of the canaries', () => {
    const requestLines = t.logs.lines.filter((l) => l.includes('"msg":"request"'));
    expect(requestLines.length).toBeGreaterThan(40);
    expect(requestLines.some((l) => l.includes(`/api/cases/${caseView.id}/lesions`))).toBe(true);
    expect(leaks(t.logs.text)).toEqual([]);
  });
});
