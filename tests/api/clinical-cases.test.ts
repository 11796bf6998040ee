import { addDays, type Case, type CaseDetail, type CaseHistory, type Patient, type Problem } from '@tumor-board/shared';
import { AuditEvent } from '../../server/src/modules/audit/audit-event.entity.js';
import { Assessment } from '../../server/src/modules/assessments/assessment.entity.js';
import { BoardCase } from '../../server/src/modules/cases/board-case.entity.js';
import { CaseStatusEvent } from '../../server/src/modules/cases/case-status-event.entity.js';
import { Patient as PatientRow } from '../../server/src/modules/patients/patient.entity.js';
import { createCase, createCompleteCase, getCase, today, transition, uniqueMrn } from '../factories/clinical.js';
import { createUser, signIn, signInAs } from '../factories/users.js';
import type { HttpClient } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

type Conflict = Problem & { current: Case };
type Refusal = Problem & { allowedTransitions?: string[]; readiness?: CaseDetail['readiness'] };

describe('patients and cases', () => {
  let t: TestApp;
  let clinician: HttpClient;
  let coordinator: HttpClient;
  beforeAll(async () => {
    t = await startTestApp();
    clinician = (await signInAs(t, ['clinician'])).client;
    coordinator = (await signInAs(t, ['coordinator'])).client;
  });
  afterAll(() => t.close());

  const count = (entity: typeof PatientRow | typeof BoardCase | typeof Assessment) =>
    t.dataSource.manager.count(entity);

  it('requires authentication', async () => {
    expect((await t.http.get('/api/cases')).status).toBe(401);
    expect((await t.http.post('/api/patients', { mrn: uniqueMrn() })).status).toBe(401);
    expect((await t.http.get('/api/cases/4f1c2b9e-4a57-4d38-9a4c-2f3f9d9b1a11')).status).toBe(401);
  });

  it('registers a patient once; a second registration of the MRN is a 409 naming body.mrn and writes nothing', async () => {
    const mrn = uniqueMrn('DUP');
    const first = await clinician.post<Patient>('/api/patients', {
      mrn,
      givenName: 'Grace',
      familyName: 'Hopper',
      birthDate: '1950-12-09',
      sex: 'female',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ mrn, givenName: 'Grace', familyName: 'Hopper', version: 1 });
    const before = await count(PatientRow);
    const again = await coordinator.post<Problem & { existingPatientId: string }>('/api/patients', {
      mrn,
      givenName: 'Someone',
      familyName: 'Else',
      birthDate: '1970-01-01',
      sex: 'male',
    });
    expect(again.status).toBe(409);
    expect(again.body.errors).toEqual([{ path: 'body.mrn', message: 'is already registered' }]);
    expect(again.body.existingPatientId).toBe(first.body.id);
    expect(await count(PatientRow)).toBe(before);
  });

  it('answers ten intakes registering one MRN at the same moment with one 201 and nine 409s, never a 500', async () => {
    const mrn = uniqueMrn('RACE');
    const body = { mrn, givenName: 'Ada', familyName: 'Race', birthDate: '1960-01-01', sex: 'female' };
    // Warm the connection pool first, so the intakes really run side by side.
    await Promise.all(Array.from({ length: 10 }, () => clinician.get(`/api/patients?mrn=${mrn}`)));
    const responses = await Promise.all(Array.from({ length: 10 }, () => clinician.post('/api/patients', body)));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([201, ...Array<number>(9).fill(409)]);
    const refused = responses.filter((r) => r.status !== 201).map((r) => (r.body as Problem).errors);
    expect(refused).toEqual(Array(9).fill([{ path: 'body.mrn', message: 'is already registered' }]));
    expect(await t.dataSource.manager.countBy(PatientRow, { mrn })).toBe(1);
  });

  it('refuses bad input with 400s naming each field, and writes nothing', async () => {
    const patients = await count(PatientRow);
    const cases = await count(BoardCase);
    const assessments = await count(Assessment);
    const future = addDays(today(), 3);
    const patient = await clinician.post<Problem>('/api/patients', {
      mrn: 'has spaces',
      givenName: '   ',
      familyName: 'Future',
      birthDate: future,
      sex: 'female',
      nickname: 'x',
    });
    expect(patient.status).toBe(400);
    expect(patient.body.errors?.map((e) => e.path).sort()).toEqual([
      'body.birthDate',
      'body.givenName',
      'body.mrn',
      'body.nickname',
    ]);
    expect(patient.body.errors?.find((e) => e.path === 'body.birthDate')?.message).toBe('must not be in the future');
    expect(await count(PatientRow)).toBe(patients);

    const noUrgency = await clinician.post<Problem>('/api/cases', { patientId: 'nope', status: 'ready' });
    expect(noUrgency.status).toBe(400);
    expect(noUrgency.body.errors?.map((e) => e.path).sort()).toEqual(['body.patientId', 'body.status', 'body.urgency']);
    expect(await count(BoardCase)).toBe(cases);

    const { case: c } = await createCase(clinician);
    const kps = await clinician.post<Problem>(`/api/cases/${c.id}/assessments`, { assessedOn: today(), karnofsky: 75 });
    expect(kps.status).toBe(400);
    expect(kps.body.errors).toEqual([
      { path: 'body.karnofsky', message: 'must be a multiple of 10 (Karnofsky is scored in tens)' },
    ]);
    expect(await count(Assessment)).toBe(assessments);
  });

  it('creates a case as a draft, with its first history event', async () => {
    const { user, client } = await signInAs(t, ['medical_oncologist']);
    const { patient, case: created } = await createCase(client, { urgency: 'urgent', primaryCancer: 'lung' });
    expect(created).toMatchObject({ status: 'draft', urgency: 'urgent', primaryCancer: 'lung', version: 1 });
    expect(created.patientId).toBe(patient!.id);
    const history = await client.get<CaseHistory>(`/api/cases/${created.id}/history`);
    expect(history.body.items).toEqual([
      expect.objectContaining({ fromStatus: null, toStatus: 'draft', by: { id: user.id, name: user.name } }),
    ]);
  });

  it('shows the case with its patient, readiness and allowed moves', async () => {
    const { patient, case: created } = await createCase(clinician);
    const res = await clinician.get<CaseDetail>(`/api/cases/${created.id}`);
    expect(res.status).toBe(200);
    expect(res.body.case).toMatchObject({ id: created.id, status: 'draft' });
    expect(res.body.patient).toEqual(patient);
    expect(res.body.allowedTransitions).toEqual(['submitted', 'withdrawn']);
    expect(res.body.readiness.ready).toBe(false);
    const unmet = res.body.readiness.items.filter((i) => !i.met).map((i) => i.code);
    expect(unmet).toEqual([
      'primary_cancer',
      'clinical_question',
      'performance_status',
      'pain_score',
      'recent_imaging',
    ]);
  });

  it('edits with the version read; a stale version is a 409 carrying the current case', async () => {
    const { case: created } = await createCase(clinician);
    const ok = await clinician.patch<Case>(`/api/cases/${created.id}`, { version: 1, histology: 'adenocarcinoma' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ histology: 'adenocarcinoma', version: 2 });
    const stale = await coordinator.patch<Conflict>(`/api/cases/${created.id}`, { version: 1, urgency: 'emergency' });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: created.id, histology: 'adenocarcinoma', urgency: 'routine' });
    expect(stale.body.current.version).toBe(2);
    const stored = await t.dataSource.manager.findOneByOrFail(BoardCase, { id: created.id });
    expect(stored).toMatchObject({ urgency: 'routine', version: 2 });
  });

  it('lets exactly one of two writers racing with the same version win, and keeps the winner’s change', async () => {
    const { case: created } = await createCase(clinician);
    const [a, b] = await Promise.all([
      clinician.patch(`/api/cases/${created.id}`, { version: 1, histology: 'written by A' }),
      coordinator.patch(`/api/cases/${created.id}`, { version: 1, histology: 'written by B' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = (a.status === 200 ? a.body : b.body) as Case;
    const loser = (a.status === 200 ? b.body : a.body) as Conflict;
    expect(winner.version).toBe(2);
    expect(loser.current).toEqual(winner);
    const stored = await t.dataSource.manager.findOneByOrFail(BoardCase, { id: created.id });
    expect(stored).toMatchObject({ histology: winner.histology, version: 2 });
  });

  describe('workflow', () => {
    it('moves a draft to submitted', async () => {
      const { case: created } = await createCase(clinician);
      const res = await coordinator.post<CaseDetail>(`/api/cases/${created.id}/transitions`, {
        to: 'submitted',
        version: 1,
      });
      expect(res.status).toBe(200);
      expect(res.body.case).toMatchObject({ status: 'submitted', version: 2 });
      expect(res.body.allowedTransitions).toEqual(['ready', 'draft', 'withdrawn']);
    });

    it('refuses an illegal move with a 422 naming the allowed ones', async () => {
      const { case: created } = await createCase(clinician);
      const res = await clinician.post<Refusal>(`/api/cases/${created.id}/transitions`, { to: 'decided', version: 1 });
      expect(res.status).toBe(422);
      expect(res.body.errors?.[0]).toEqual({ path: 'body.to', message: 'must be one of: submitted, withdrawn' });
      expect(res.body.allowedTransitions).toEqual(['submitted', 'withdrawn']);
      expect((await getCase(clinician, created.id)).case).toMatchObject({ status: 'draft', version: 1 });
    });

    it('needs a reason to move a case back', async () => {
      const { case: created } = await createCase(clinician);
      await transition(clinician, created.id, 'submitted');
      const res = await coordinator.post<Refusal>(`/api/cases/${created.id}/transitions`, { to: 'draft', version: 2 });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([{ path: 'body.reason', message: 'is required for this move' }]);
      const back = await coordinator.post<CaseDetail>(`/api/cases/${created.id}/transitions`, {
        to: 'draft',
        version: 2,
        reason: 'Please add the staging CT',
      });
      expect(back.status).toBe(200);
      expect(back.body.case.status).toBe('draft');
    });

    it('refuses ready for an incomplete case, listing what is missing, and leaves it submitted', async () => {
      const { case: created } = await createCase(clinician, { primaryCancer: 'prostate' });
      await transition(clinician, created.id, 'submitted');
      const res = await coordinator.post<Refusal>(`/api/cases/${created.id}/transitions`, { to: 'ready', version: 2 });
      expect(res.status).toBe(422);
      expect(res.body.errors?.map((e) => e.path)).toEqual([
        'readiness.clinical_question',
        'readiness.performance_status',
        'readiness.pain_score',
        'readiness.recent_imaging',
      ]);
      expect(res.body.readiness?.ready).toBe(false);
      const stored = await t.dataSource.manager.findOneByOrFail(BoardCase, { id: created.id });
      expect(stored).toMatchObject({ status: 'submitted', version: 2 });
      expect(await t.dataSource.manager.countBy(CaseStatusEvent, { caseId: created.id })).toBe(2);
    });

    it('moves a complete case to ready, and the history lists every move in order with who made it', async () => {
      const referrer = await createUser(t.dataSource, { roles: ['clinician'], name: 'Dr Referring' });
      const coord = await createUser(t.dataSource, { roles: ['coordinator'], name: 'Cora Coordinator' });
      const referrerClient = await signIn(t, referrer);
      const coordClient = await signIn(t, coord);
      const complete = await createCompleteCase(t, referrerClient);
      expect((await getCase(coordClient, complete.case.id)).readiness.ready).toBe(true);
      await transition(referrerClient, complete.case.id, 'submitted');
      const ready = await transition(coordClient, complete.case.id, 'ready');
      expect(ready.case.status).toBe('ready');
      await transition(coordClient, complete.case.id, 'submitted', 'New MRI shows cord compression');
      const history = await coordClient.get<CaseHistory>(`/api/cases/${complete.case.id}/history`);
      expect(history.body.items.map((e) => [e.fromStatus, e.toStatus, e.by?.name, e.reason] as const)).toEqual([
        [null, 'draft', 'Dr Referring', null],
        ['draft', 'submitted', 'Dr Referring', null],
        ['submitted', 'ready', 'Cora Coordinator', null],
        ['ready', 'submitted', 'Cora Coordinator', 'New MRI shows cord compression'],
      ]);
      const times = history.body.items.map((e) => Date.parse(e.at));
      expect(times).toEqual([...times].sort((x, y) => x - y));
    });

    it('answers a transition sent with a stale version with 409 and moves nothing', async () => {
      const { case: created } = await createCase(clinician);
      await clinician.patch(`/api/cases/${created.id}`, { version: 1, histology: 'x' });
      const res = await coordinator.post<Conflict>(`/api/cases/${created.id}/transitions`, {
        to: 'submitted',
        version: 1,
      });
      expect(res.status).toBe(409);
      expect(res.body.current).toMatchObject({ status: 'draft', version: 2 });
    });
  });

  it('audits every read and write of the case with its patient', async () => {
    const { user, client } = await signInAs(t, ['surgeon']);
    const { patient, case: created } = await createCase(client);
    await client.get(`/api/cases/${created.id}`);
    await client.patch(`/api/cases/${created.id}`, { version: 1, urgency: 'urgent' });
    await client.post(`/api/cases/${created.id}/transitions`, { to: 'submitted', version: 2 });
    await client.get(`/api/cases/${created.id}/history`);
    await client.get(`/api/patients/${patient!.id}`);
    const rows = await t.dataSource.manager.find(AuditEvent, { where: { userId: user.id }, order: { id: 'ASC' } });
    expect(rows.map((r) => [r.action, r.outcome, r.patientId])).toEqual([
      ['auth.login', 'success', null],
      ['patient.create', 'success', patient!.id],
      ['case.create', 'success', patient!.id],
      ['case.read', 'success', patient!.id],
      ['case.update', 'success', patient!.id],
      ['case.transition', 'success', patient!.id],
      ['case.read', 'success', patient!.id],
      ['case.history.read', 'success', patient!.id],
      ['patient.read', 'success', patient!.id],
    ]);
    expect(rows.find((r) => r.action === 'case.update')).toMatchObject({
      entityId: created.id,
      detail: { fields: ['urgency'] },
    });
  });

  it('answers 404 for an unknown case and patient, and 400 for a malformed id', async () => {
    const unknown = '4f1c2b9e-4a57-4d38-9a4c-2f3f9d9b1a11';
    expect((await clinician.get(`/api/cases/${unknown}`)).status).toBe(404);
    expect((await clinician.get(`/api/patients/${unknown}`)).status).toBe(404);
    const bad = await clinician.get<Problem>('/api/cases/not-a-uuid');
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0]?.path).toBe('params.caseId');
  });
});
