import type { Case, CaseDetail, Patient, Problem, WorklistPage } from '@tumor-board/shared';
import { AuditEvent } from '../../server/src/modules/audit/audit-event.entity.js';
import { BoardCase } from '../../server/src/modules/cases/board-case.entity.js';
import {
  T12_LESION,
  addAssessment,
  addImaging,
  addLesion,
  createCase,
  createCompleteCase,
  getCase,
  transition,
} from '../factories/clinical.js';
import { signInAs, type TestUser } from '../factories/users.js';
import type { HttpClient } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Referred {
  case: Case;
  patient: Patient;
}

describe('a referrer’s reach', () => {
  let t: TestApp;
  let alice: { user: TestUser; client: HttpClient };
  let bob: { user: TestUser; client: HttpClient };
  let board: HttpClient;
  let radiologist: HttpClient;
  let alices: Referred;
  let bobs: Referred;
  let boardOwn: Case;

  beforeAll(async () => {
    t = await startTestApp();
    alice = await signInAs(t, ['referrer']);
    bob = await signInAs(t, ['referrer']);
    board = (await signInAs(t, ['coordinator'])).client;
    radiologist = (await signInAs(t, ['radiologist'])).client;
    const a = await createCase(alice.client, { clinicalQuestion: 'Alice asks' });
    alices = { case: a.case, patient: a.patient! };
    const b = await createCase(bob.client, { clinicalQuestion: 'Bob asks' });
    bobs = { case: b.case, patient: b.patient! };
    await addLesion(bob.client, bobs.case.id, T12_LESION);
    await addAssessment(bob.client, bobs.case.id);
    await addImaging(radiologist, bobs.case.id);
    boardOwn = (await createCase(board)).case;
  });
  afterAll(() => t.close());

  const worklistIds = async (client: HttpClient, query = '') =>
    (await client.get<WorklistPage>(`/api/cases?limit=100${query}`)).body.items.map((r) => r.id).sort();

  it('requires authentication', async () => {
    expect((await t.http.get(`/api/cases/${alices.case.id}`)).status).toBe(401);
  });

  it('shows a referrer only the cases they referred, whatever referrerId they pass', async () => {
    expect(await worklistIds(alice.client)).toEqual([alices.case.id]);
    expect(await worklistIds(alice.client, `&referrerId=${bob.user.id}`)).toEqual([alices.case.id]);
    expect(await worklistIds(alice.client, `&q=${bobs.patient.mrn}`)).toEqual([]);
    expect(await worklistIds(board)).toEqual([alices.case.id, bobs.case.id, boardOwn.id].sort());
  });

  it('answers 404, as for a case that does not exist, for everything of another referrer’s case, and audits each denial', async () => {
    const c = bobs.case.id;
    const reads = [
      `/api/cases/${c}`,
      `/api/cases/${c}/history`,
      `/api/cases/${c}/lesions`,
      `/api/cases/${c}/assessments`,
      `/api/cases/${c}/imaging`,
    ];
    const answers = [];
    for (const path of reads) answers.push([path, (await alice.client.get(path)).status]);
    answers.push([
      'PATCH case',
      (await alice.client.patch(`/api/cases/${c}`, { version: 1, urgency: 'emergency' })).status,
    ]);
    answers.push([
      'transition',
      (await alice.client.post(`/api/cases/${c}/transitions`, { to: 'withdrawn', version: 1, reason: 'x' })).status,
    ]);
    answers.push(['add lesion', (await alice.client.post(`/api/cases/${c}/lesions`, T12_LESION)).status]);
    expect(answers).toEqual([
      ...reads.map((p) => [p, 404]),
      ['PATCH case', 404],
      ['transition', 404],
      ['add lesion', 404],
    ]);

    const unknown = await alice.client.get<Problem>('/api/cases/4f1c2b9e-4a57-4d38-9a4c-2f3f9d9b1a11');
    const hidden = await alice.client.get<Problem>(`/api/cases/${c}`);
    expect(hidden.body.detail).toBe(unknown.body.detail);

    const patient = await alice.client.get<Problem>(`/api/patients/${bobs.patient.id}`);
    expect(patient.status).toBe(404);
    const patch = await alice.client.patch(`/api/patients/${bobs.patient.id}`, { version: 1, familyName: 'Changed' });
    expect(patch.status).toBe(404);

    const denials = await t.dataSource.manager.find(AuditEvent, {
      where: { userId: alice.user.id, outcome: 'denied' },
      order: { id: 'ASC' },
    });
    expect(denials.map((d) => [d.action, d.entityId, d.patientId, d.detail?.reason])).toEqual([
      // five reads, three writes, and the second read of the case compared with an unknown one
      ...Array.from({ length: 9 }, () => ['case.access', c, bobs.patient.id, 'not_referrer']),
      ['patient.access', bobs.patient.id, bobs.patient.id, 'not_referrer'],
      ['patient.access', bobs.patient.id, bobs.patient.id, 'not_referrer'],
    ]);
    const stored = await t.dataSource.manager.findOneByOrFail(BoardCase, { id: c });
    expect(stored).toMatchObject({ urgency: 'routine', status: 'draft', version: 1 });
  });

  it('lets a referrer read their own case and patient', async () => {
    expect((await getCase(alice.client, alices.case.id)).patient.id).toBe(alices.patient.id);
    expect((await alice.client.get(`/api/patients/${alices.patient.id}`)).status).toBe(200);
  });

  it('refers in the referrer’s own name, whoever the body names', async () => {
    const { case: created } = await createCase(alice.client, { referringOncologistId: bob.user.id });
    expect(created.referringOncologistId).toBe(alice.user.id);
    const edited = await alice.client.patch<Case>(`/api/cases/${created.id}`, {
      version: 1,
      referringOncologistId: bob.user.id,
      urgency: 'urgent',
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ referringOncologistId: alice.user.id, urgency: 'urgent' });
    expect(await t.dataSource.manager.findOneByOrFail(BoardCase, { id: created.id })).toMatchObject({
      referringOncologistId: alice.user.id,
    });
  });

  it('lets a referrer submit and withdraw their case, but not move it to ready (403), even when complete', async () => {
    const complete = await createCompleteCase(t, alice.client, { radiologist });
    expect((await getCase(alice.client, complete.case.id)).readiness.ready).toBe(true);
    await transition(alice.client, complete.case.id, 'submitted');
    const ready = await alice.client.post<Problem>(`/api/cases/${complete.case.id}/transitions`, {
      to: 'ready',
      version: 2,
    });
    expect(ready.status).toBe(403);
    expect((await t.dataSource.manager.findOneByOrFail(BoardCase, { id: complete.case.id })).status).toBe('submitted');
    expect((await transition(board, complete.case.id, 'ready')).case.status).toBe('ready');
    const withdrawn = await transition(
      alice.client,
      complete.case.id,
      'withdrawn',
      'Patient chose treatment elsewhere',
    );
    expect(withdrawn.case.status).toBe('withdrawn');
  });

  it('lets a referrer who also holds a clinical role see every case', async () => {
    const both = await signInAs(t, ['referrer', 'clinician']);
    const mine = (await createCase(both.client)).case;
    const seen = await worklistIds(both.client);
    expect(seen).toEqual(expect.arrayContaining([alices.case.id, bobs.case.id, boardOwn.id, mine.id]));
    const detail = await both.client.get<CaseDetail>(`/api/cases/${bobs.case.id}`);
    expect(detail.status).toBe(200);
    expect((await both.client.get(`/api/cases/${bobs.case.id}/imaging`)).status).toBe(200);
    expect((await both.client.get(`/api/patients/${bobs.patient.id}`)).status).toBe(200);
    expect(await t.dataSource.manager.countBy(AuditEvent, { userId: both.user.id, outcome: 'denied' })).toBe(0);
  });
});
