import type {
  Decision,
  DecisionCreate,
  DecisionList,
  FollowUp,
  Inbox,
  OverdueList,
  Problem,
} from '@tumor-board/shared';
import { AuditEvent } from '../../server/src/modules/audit/audit-event.entity.js';
import { DecisionItemOutcome } from '../../server/src/modules/follow-up/follow-up.entities.js';
import { daysAgo, today } from '../factories/clinical.js';
import {
  createDraftDecision,
  createScheduledCase,
  createSignedDecision,
  download,
  painCareItem,
  pdfText,
  radiotherapyItem,
  signDecision,
  stabilisationItem,
  type SignedDecision,
} from '../factories/decisions.js';
import { createUser, signIn, signInAs, type TestUser } from '../factories/users.js';
import type { HttpClient } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

type Signed = { user: TestUser; client: HttpClient };

// The api project's testTimeout (jest.config.js) is not applied by jest 30 inside `projects`;
// app start-up and argon2 sign-ins under a loaded machine need more than the default 5 s.

describe('follow-up of a signed decision', () => {
  let t: TestApp;
  let coordinator: HttpClient;
  let radiologist: HttpClient;
  let chair: Signed;
  beforeAll(async () => {
    t = await startTestApp();
    coordinator = (await signInAs(t, ['coordinator'])).client;
    radiologist = (await signInAs(t, ['radiologist'])).client;
    const chairUser = await createUser(t.dataSource, { roles: ['chair'], name: 'Dr Clara Chairwoman' });
    chair = { user: chairUser, client: await signIn(t, chairUser) };
  });
  afterAll(() => t.close());

  /** A decision signed for a case `referrer` referred; items default to 8 Gy in one fraction. */
  const signedFor = (referrer: TestUser, decision: Partial<DecisionCreate> = {}) =>
    createSignedDecision(
      t,
      { client: coordinator, chair: chair.client, chairId: chair.user.id, radiologist },
      { case: { referringOncologistId: referrer.id }, decision },
    );
  const followUpUrl = (d: SignedDecision) => `/api/decisions/${d.decision.id}`;

  it('requires authentication', async () => {
    expect((await t.http.get('/api/inbox')).status).toBe(401);
    expect((await t.http.get('/api/follow-up/overdue')).status).toBe(401);
    expect((await t.http.get('/api/decisions/4f1c2b9e-4a57-4d38-9a4c-2f3f9d9b1a11/follow-up')).status).toBe(401);
  });

  it('lists the referrer’s decisions newest first with the unread ones marked; another referrer sees none of it', async () => {
    const mine = await signInAs(t, ['referrer']);
    const other = await signInAs(t, ['referrer']);
    const older = await signedFor(mine.user);
    const newer = await signedFor(mine.user, {
      items: [{ item: radiotherapyItem() }, { item: painCareItem() }],
      attendeeIds: [chair.user.id],
    });
    const theirs = await signedFor(other.user);

    const inbox = await mine.client.get<Inbox>('/api/inbox');
    expect(inbox.status).toBe(200);
    expect(inbox.body.unread).toBe(2);
    expect(inbox.body.items.map((i) => [i.decisionId, i.read, i.itemCount])).toEqual([
      [newer.decision.id, false, 2],
      [older.decision.id, false, 1],
    ]);
    expect(inbox.body.items[0]).toMatchObject({
      caseId: newer.case.id,
      patient: { mrn: newer.patient.mrn, familyName: newer.patient.familyName },
      primaryCancer: 'breast',
      sequence: 1,
      signedAt: newer.decision.signedAt,
      acknowledgedAt: null,
    });

    const theirInbox = await other.client.get<Inbox>('/api/inbox');
    expect(theirInbox.body.items.map((i) => i.decisionId)).toEqual([theirs.decision.id]);
    expect((await other.client.get(`${followUpUrl(older)}/follow-up`)).status).toBe(404);
    expect((await other.client.post(`${followUpUrl(older)}/acknowledge`)).status).toBe(404);
    const letter = await download(other.client, `/api/cases/${older.case.id}/decisions/${older.decision.id}/letter`);
    expect(letter.status).toBe(404);
  });

  it('is acknowledged by the referring oncologist only, which marks it read and records when', async () => {
    const referrer = await signInAs(t, ['referrer']);
    const signed = await signedFor(referrer.user);
    const byChair = await chair.client.post<Problem>(`${followUpUrl(signed)}/acknowledge`);
    expect(byChair.status).toBe(403);

    const ack = await referrer.client.post<FollowUp>(`${followUpUrl(signed)}/acknowledge`);
    expect(ack.status).toBe(200);
    expect(ack.body).toMatchObject({ decisionId: signed.decision.id, acknowledgedBy: { id: referrer.user.id } });
    const acknowledgedAt = ack.body.acknowledgedAt!;
    expect(Date.parse(acknowledgedAt)).toBeGreaterThanOrEqual(Date.parse(signed.decision.signedAt!));

    const inbox = await referrer.client.get<Inbox>('/api/inbox');
    expect(inbox.body.unread).toBe(0);
    expect(inbox.body.items).toMatchObject([{ decisionId: signed.decision.id, read: true, acknowledgedAt }]);
    const list = await coordinator.get<DecisionList>(`/api/cases/${signed.case.id}/decisions`);
    expect(list.body.items[0]!.acknowledgedAt).toBe(acknowledgedAt);

    // Acknowledging again keeps the first time.
    const again = await referrer.client.post<FollowUp>(`${followUpUrl(signed)}/acknowledge`);
    expect(again.body.acknowledgedAt).toBe(acknowledgedAt);
  });

  it('records what was done about each item: done, modified or not done with a reason; again replaces', async () => {
    const referrer = await signInAs(t, ['referrer']);
    const signed = await signedFor(referrer.user, {
      items: [{ item: radiotherapyItem() }, { item: stabilisationItem() }],
      attendeeIds: [chair.user.id],
    });
    const [rt, surgery] = signed.decision.items;
    const outcomeUrl = (itemId: string) => `${followUpUrl(signed)}/items/${itemId}/outcome`;

    const done = await referrer.client.put<FollowUp>(outcomeUrl(rt!.id), { status: 'done', occurredOn: today() });
    expect(done.status).toBe(200);
    expect(done.body.itemOutcomes).toEqual([
      expect.objectContaining({
        itemId: rt!.id,
        status: 'done',
        reason: null,
        occurredOn: today(),
        recordedBy: { id: referrer.user.id, name: referrer.user.name },
      }),
    ]);

    for (const status of ['modified', 'not_done']) {
      const missing = await referrer.client.put<Problem>(outcomeUrl(surgery!.id), { status, occurredOn: today() });
      expect(missing.status).toBe(400);
      expect(missing.body.errors).toEqual([
        { path: 'body.reason', message: `is required when the item was ${status.replace('_', ' ')}` },
      ]);
    }

    const modified = await coordinator.put<FollowUp>(outcomeUrl(surgery!.id), {
      status: 'modified',
      reason: 'Plate instead of a nail.',
      occurredOn: today(),
    });
    expect(modified.status).toBe(200);
    const replaced = await referrer.client.put<FollowUp>(outcomeUrl(rt!.id), {
      status: 'not_done',
      reason: 'The patient declined radiotherapy.',
      occurredOn: today(),
    });
    expect(replaced.body.itemOutcomes.map((o) => [o.itemId, o.status, o.reason]).sort()).toEqual(
      [
        [rt!.id, 'not_done', 'The patient declined radiotherapy.'],
        [surgery!.id, 'modified', 'Plate instead of a nail.'],
      ].sort(),
    );
    expect(await t.dataSource.manager.countBy(DecisionItemOutcome, { decisionId: signed.decision.id })).toBe(2);

    const unknown = await referrer.client.put<Problem>(outcomeUrl('0b6d8f0e-9a51-4c4e-8f7a-5d7c1e2b3a49'), {
      status: 'done',
      occurredOn: today(),
    });
    expect(unknown.status).toBe(404);
  });

  it('records the outcome at 30 and 90 days, never assessed before the decision was signed', async () => {
    const referrer = await signInAs(t, ['referrer']);
    const signed = await signedFor(referrer.user);
    const url = `${followUpUrl(signed)}/outcomes`;
    const thirty = await referrer.client.put<FollowUp>(url, {
      horizonDays: 30,
      assessedOn: today(),
      painResponse: 'partial',
      skeletalRelatedEvents: ['radiotherapy_to_bone'],
      neurology: 'intact',
    });
    expect(thirty.status).toBe(200);
    const ninety = await referrer.client.put<FollowUp>(url, {
      horizonDays: 90,
      assessedOn: today(),
      painResponse: 'progression',
      skeletalRelatedEvents: ['pathological_fracture', 'surgery_to_bone', 'pathological_fracture'],
      neurology: 'radiculopathy',
      notes: 'Fell at home.',
    });
    expect(
      ninety.body.outcomes.map((o) => [o.horizonDays, o.painResponse, o.skeletalRelatedEvents, o.neurology]),
    ).toEqual([
      [30, 'partial', ['radiotherapy_to_bone'], 'intact'],
      [90, 'progression', ['pathological_fracture', 'surgery_to_bone'], 'radiculopathy'],
    ]);

    const again = await coordinator.put<FollowUp>(url, {
      horizonDays: 30,
      assessedOn: today(),
      painResponse: 'complete',
      skeletalRelatedEvents: [],
    });
    expect(again.body.outcomes.map((o) => [o.horizonDays, o.painResponse, o.neurology])).toEqual([
      [30, 'complete', null],
      [90, 'progression', 'radiculopathy'],
    ]);

    const early = await referrer.client.put<Problem>(url, {
      horizonDays: 30,
      assessedOn: daysAgo(1),
      painResponse: 'stable',
      skeletalRelatedEvents: [],
    });
    expect(early.status).toBe(422);
    expect(early.body.errors).toEqual([
      { path: 'body.assessedOn', message: 'must not be before the decision was signed' },
    ]);
    const odd = await referrer.client.put<Problem>(url, {
      horizonDays: 60,
      assessedOn: today(),
      painResponse: 'better',
      skeletalRelatedEvents: ['fracture'],
    });
    expect(odd.status).toBe(400);
    expect(odd.body.errors?.map((e) => e.path).sort()).toEqual([
      'body.horizonDays',
      'body.painResponse',
      'body.skeletalRelatedEvents.0',
    ]);
  });

  it('has no follow-up while the decision is a draft', async () => {
    const scheduled = await createScheduledCase(t, coordinator, { radiologist });
    const draft = await createDraftDecision(coordinator, scheduled.case.id, { items: [{ item: painCareItem() }] });
    expect((await coordinator.get(`/api/decisions/${draft.id}/follow-up`)).status).toBe(404);
    const outcome = await coordinator.put(`/api/decisions/${draft.id}/items/${draft.items[0]!.id}/outcome`, {
      status: 'done',
      occurredOn: today(),
    });
    expect(outcome.status).toBe(404);
  });

  it('flags an item past its due date with nothing recorded to the coordinator, until an outcome is recorded', async () => {
    const referrer = await signInAs(t, ['referrer']);
    const signed = await signedFor(referrer.user, {
      items: [
        { item: radiotherapyItem(), dueBy: daysAgo(1) },
        { item: stabilisationItem(), dueBy: today() },
        { item: painCareItem(), dueBy: null },
        { item: painCareItem('Physiotherapy review.'), dueBy: '2099-12-31' },
      ],
      attendeeIds: [chair.user.id],
    });
    const late = signed.decision.items[0]!;
    const overdueHere = async () =>
      (await coordinator.get<OverdueList>('/api/follow-up/overdue')).body.items.filter(
        (i) => i.decisionId === signed.decision.id,
      );

    expect(await overdueHere()).toEqual([
      {
        decisionId: signed.decision.id,
        caseId: signed.case.id,
        itemId: late.id,
        description: 'Conventional EBRT 8 Gy in 1 fraction to T12',
        dueBy: daysAgo(1),
        patient: {
          mrn: signed.patient.mrn,
          givenName: signed.patient.givenName,
          familyName: signed.patient.familyName,
        },
        referrer: { id: referrer.user.id, name: referrer.user.name },
      },
    ]);
    expect((await referrer.client.get('/api/follow-up/overdue')).status).toBe(403);

    await referrer.client.put(`${followUpUrl(signed)}/items/${late.id}/outcome`, {
      status: 'done',
      occurredOn: today(),
    });
    expect(await overdueHere()).toEqual([]);
  });

  // Known server bug (kept failing on purpose): an amendment copies the items with their ids so
  // their follow-up stays attached (shared/src/schemas/decisions.ts), but the overdue query only
  // looks for outcomes recorded against the amendment itself, so the coordinator is told to chase
  // an item the referrer already reported done.
  it('does not flag an item as overdue again after an amendment when its outcome was already recorded', async () => {
    const referrer = await signInAs(t, ['referrer']);
    const signed = await signedFor(referrer.user, {
      items: [{ item: radiotherapyItem(), dueBy: daysAgo(2) }],
      attendeeIds: [chair.user.id],
    });
    const item = signed.decision.items[0]!;
    const done = await referrer.client.put(`${followUpUrl(signed)}/items/${item.id}/outcome`, {
      status: 'done',
      occurredOn: daysAgo(1),
    });
    expect(done.status).toBe(200);
    const amendment = await chair.client.post<Decision>(
      `/api/cases/${signed.case.id}/decisions/${signed.decision.id}/amendments`,
      { reason: 'Rationale reworded; the items are unchanged.' },
    );
    expect(amendment.body.items.map((i) => i.id)).toEqual([item.id]);
    const current = await signDecision(chair.client, amendment.body);

    const overdue = await coordinator.get<OverdueList>('/api/follow-up/overdue');
    expect(overdue.body.items.filter((i) => i.caseId === signed.case.id)).toEqual([]);
    const followUp = await referrer.client.get<FollowUp>(`/api/decisions/${current.id}/follow-up`);
    expect(followUp.body.itemOutcomes.map((o) => [o.itemId, o.status])).toEqual([[item.id, 'done']]);
  });

  it('writes the letter as a PDF with patient, items, attendees and signature, and audits the export', async () => {
    const referrerUser = await createUser(t.dataSource, { roles: ['referrer'], name: 'Dr Rita Referrer' });
    const referrer = { user: referrerUser, client: await signIn(t, referrerUser) };
    const radOnc = await createUser(t.dataSource, { roles: ['radiation_oncologist'], name: 'Dr Rafael Radon' });
    const signed = await createSignedDecision(
      t,
      { client: coordinator, chair: chair.client, chairId: chair.user.id, radiologist },
      {
        patient: { givenName: 'Margarethe', familyName: 'Lettersworth' },
        case: { referringOncologistId: referrer.user.id },
        decision: {
          items: [
            { item: radiotherapyItem() },
            { item: stabilisationItem(), dueBy: '2030-02-01' },
            { item: painCareItem() },
          ],
          attendeeIds: [chair.user.id, radOnc.id],
          rationale: 'Fix the femur, then treat the spine.',
        },
      },
    );
    const res = await download(referrer.client, `/api/cases/${signed.case.id}/decisions/${signed.decision.id}/letter`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/pdf/);
    expect(res.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const text = await pdfText(res.bytes);
    expect(text).toContain('Lettersworth, Margarethe');
    expect(text).toContain(`MRN: ${signed.patient.mrn}`);
    expect(text).toContain('1. Conventional EBRT 8 Gy in 1 fraction to T12');
    expect(text).toContain('2. Stabilisation with intramedullary nail');
    expect(text).toContain('Please act by 2030-02-01.');
    expect(text).toContain('3. Pain management: Regular paracetamol and a long-acting opioid.');
    expect(text).toContain('Present at the meeting Dr Clara Chairwoman, Dr Rafael Radon');
    expect(text).toContain(`Signed by Dr Clara Chairwoman (chair) at ${signed.decision.signedAt} (UTC)`);
    expect(text).toContain('To: Dr Rita Referrer, referring oncologist');

    const exports = await t.dataSource.manager.findBy(AuditEvent, {
      action: 'decision.letter.export',
      entityId: signed.decision.id,
    });
    expect(exports).toEqual([
      expect.objectContaining({ outcome: 'success', userId: referrer.user.id, patientId: signed.patient.id }),
    ]);
  });

  it('writes no letter for a draft', async () => {
    const scheduled = await createScheduledCase(t, coordinator, { radiologist });
    const draft = await createDraftDecision(coordinator, scheduled.case.id, { items: [{ item: painCareItem() }] });
    const res = await coordinator.get<Problem>(`/api/cases/${scheduled.case.id}/decisions/${draft.id}/letter`);
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.errors).toEqual([{ path: 'params.id', message: 'is a draft' }]);
    expect(
      await t.dataSource.manager.countBy(AuditEvent, { action: 'decision.letter.export', entityId: draft.id }),
    ).toBe(0);
  });
});
