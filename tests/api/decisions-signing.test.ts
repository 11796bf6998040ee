import pg from 'pg';
import type { CaseHistory, Decision, DecisionList, Inbox, Problem } from '@tumor-board/shared';
import { BoardDecision } from '../../server/src/modules/decisions/board-decision.entity.js';
import { createCase, getCase } from '../factories/clinical.js';
import {
  createDraftDecision,
  createRecommendation,
  createScheduledCase,
  createSignedDecision,
  fromRecommendation,
  painCareItem,
  radiotherapyItem,
  signDecision,
  stabilisationItem,
  zoledronicAcidItem,
} from '../factories/decisions.js';
import { signInAs, type TestUser } from '../factories/users.js';
import type { HttpClient } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

type Conflict = Problem & { current: Decision };

/** The trigger's refusal (migration DecisionsAndFollowUp), as PostgreSQL reports it. */
const refused = (op: 'UPDATE' | 'DELETE') => ({
  code: '42501',
  message: `a signed board decision is immutable: ${op} refused (amend it instead)`,
});
/** How a statement failed (TypeORM copies the driver's `code` onto its QueryFailedError). */
const failure = (statement: Promise<unknown>) =>
  statement.then(
    () => 'succeeded',
    (error: { code?: string; message: string }) => ({ code: error.code, message: error.message }),
  );

// The api project's testTimeout (jest.config.js) is not applied by jest 30 inside `projects`;
// app start-up and argon2 sign-ins under a loaded machine need more than the default 5 s.

describe('the board decision, from draft to signature', () => {
  let t: TestApp;
  let coordinator: HttpClient;
  let radiologist: HttpClient;
  let chair: { user: TestUser; client: HttpClient };
  let referrer: { user: TestUser; client: HttpClient };
  beforeAll(async () => {
    t = await startTestApp();
    coordinator = (await signInAs(t, ['coordinator'])).client;
    radiologist = (await signInAs(t, ['radiologist'])).client;
    chair = await signInAs(t, ['chair']);
    referrer = await signInAs(t, ['referrer']);
  });
  afterAll(() => t.close());

  const people = () => ({ client: coordinator, chair: chair.client, chairId: chair.user.id, radiologist });
  const scheduledCase = async () =>
    (await createScheduledCase(t, coordinator, { radiologist, case: { referringOncologistId: referrer.user.id } }))
      .case;
  const decisionsUrl = (caseId: string) => `/api/cases/${caseId}/decisions`;
  const storedRow = (id: string) => t.dataSource.manager.findOneByOrFail(BoardDecision, { id });

  it('requires authentication', async () => {
    const url = decisionsUrl('4f1c2b9e-4a57-4d38-9a4c-2f3f9d9b1a11');
    expect((await t.http.get(url)).status).toBe(401);
    expect((await t.http.post(url, {})).status).toBe(401);
  });

  it('opens one draft per case, copying items from recommendations and adding a new one', async () => {
    const boardCase = await scheduledCase();
    const empty = await coordinator.get<DecisionList>(decisionsUrl(boardCase.id));
    expect(empty.status).toBe(200);
    expect(empty.body.items).toEqual([]);

    const { client: radOnc } = await signInAs(t, ['radiation_oncologist']);
    const { client: surgeon } = await signInAs(t, ['surgeon']);
    const rt = await createRecommendation(radOnc, boardCase.id, {
      discipline: 'radiation_oncology',
      items: [radiotherapyItem()],
    });
    const surgery = await createRecommendation(surgeon, boardCase.id, {
      discipline: 'surgical_oncology',
      items: [stabilisationItem()],
    });
    const res = await coordinator.post<Decision>(decisionsUrl(boardCase.id), {
      items: [fromRecommendation(rt), fromRecommendation(surgery), { item: painCareItem(), dueBy: '2030-01-31' }],
      rationale: 'Stabilise the femur first, then radiotherapy to T12.',
      attendeeIds: [chair.user.id],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      caseId: boardCase.id,
      sequence: 1,
      status: 'draft',
      supersedesId: null,
      signedBy: null,
      signedAt: null,
      superseded: false,
      attendees: [{ id: chair.user.id, name: chair.user.name }],
      version: 1,
    });
    expect(res.body.items.map((i) => [i.description, i.sourceRecommendationId, i.sourceItemId, i.dueBy])).toEqual([
      ['Conventional EBRT 8 Gy in 1 fraction to T12', rt.id, rt.items[0]!.id, null],
      ['Stabilisation with intramedullary nail', surgery.id, surgery.items[0]!.id, null],
      ['Pain management: Regular paracetamol and a long-acting opioid.', null, null, '2030-01-31'],
    ]);

    const second = await chair.client.post<Conflict>(decisionsUrl(boardCase.id), { items: [] });
    expect(second.status).toBe(409);
    expect(second.body.current).toMatchObject({ id: res.body.id, status: 'draft', version: 1 });
    expect(await t.dataSource.manager.countBy(BoardDecision, { caseId: boardCase.id })).toBe(1);
  });

  it('two people editing the draft at once: one wins, the other gets 409 with the winner’s draft', async () => {
    const boardCase = await scheduledCase();
    const draft = await createDraftDecision(coordinator, boardCase.id, { items: [{ item: radiotherapyItem() }] });
    const { user: aliceUser, client: alice } = await signInAs(t, ['clinician']);
    const { client: bob } = await signInAs(t, ['surgeon']);
    const url = `${decisionsUrl(boardCase.id)}/${draft.id}`;
    // Warm both sessions so the two edits really leave at the same moment.
    await Promise.all([alice.get(decisionsUrl(boardCase.id)), bob.get(decisionsUrl(boardCase.id))]);
    const [a, b] = await Promise.all([
      alice.patch<Decision | Conflict>(url, {
        version: 1,
        rationale: 'Alice: single fraction.',
        attendeeIds: [aliceUser.id],
      }),
      bob.patch<Decision | Conflict>(url, { version: 1, rationale: 'Bob: fix the femur first.', items: [] }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const [won, lost] = a.status === 200 ? [a, b] : [b, a];
    const winner = won.body as Decision;
    const loser = lost.body as Conflict;
    expect(winner.version).toBe(2);
    expect(loser.current).toEqual(winner);

    // Nothing of the loser's edit was written, nothing of the winner's was overwritten.
    const stored = await storedRow(draft.id);
    expect(stored.version).toBe(2);
    expect(stored.rationale).toBe(winner.rationale);
    expect(stored.items.length).toBe(winner.items.length);
    expect(stored.attendeeIds).toEqual(winner.attendees.map((x) => x.id));

    // The loser re-applies on the version they were shown.
    const retry = await (won === a ? bob : alice).patch<Decision>(url, { version: 2, rationale: 'Agreed after all.' });
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ rationale: 'Agreed after all.', version: 3 });
  });

  it('keeps an item’s id when the draft is edited with it', async () => {
    const boardCase = await scheduledCase();
    const draft = await createDraftDecision(coordinator, boardCase.id, { items: [{ item: radiotherapyItem() }] });
    const kept = draft.items[0]!;
    const res = await coordinator.patch<Decision>(`${decisionsUrl(boardCase.id)}/${draft.id}`, {
      version: 1,
      items: [{ id: kept.id, item: radiotherapyItem({ totalDoseGy: 20, fractions: 5 }) }, { item: painCareItem() }],
    });
    expect(res.body.items[0]).toMatchObject({
      id: kept.id,
      description: 'Conventional EBRT 20 Gy in 5 fractions to T12',
    });
    expect(res.body.items[1]!.id).not.toBe(kept.id);
  });

  it('is signed by the chair only, once the case is on an agenda and the draft has items and attendees', async () => {
    const onAgenda = await scheduledCase();
    const empty = await createDraftDecision(coordinator, onAgenda.id);
    const signUrl = `${decisionsUrl(onAgenda.id)}/${empty.id}/sign`;
    expect((await radiologist.post(signUrl, { version: 1 })).status).toBe(403);

    const incomplete = await chair.client.post<Problem>(signUrl, { version: 1 });
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.errors?.map((e) => e.path).sort()).toEqual(['attendeeIds', 'items']);

    const stale = await chair.client.post<Conflict>(signUrl, { version: 7 });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: empty.id, status: 'draft', version: 1 });

    const { case: draftCase } = await createCase(coordinator, { primaryCancer: 'breast' });
    const early = await createDraftDecision(coordinator, draftCase.id, {
      items: [{ item: radiotherapyItem() }],
      attendeeIds: [chair.user.id],
    });
    const tooEarly = await chair.client.post<Problem>(`${decisionsUrl(draftCase.id)}/${early.id}/sign`, { version: 1 });
    expect(tooEarly.status).toBe(422);
    expect(tooEarly.body.errors?.map((e) => e.path)).toEqual(['case.status']);
    expect(tooEarly.body.errors?.[0]?.message).toMatch(/^the case is draft; it must be on a meeting's agenda/);

    expect((await storedRow(empty.id)).signedAt).toBeNull();
    expect((await storedRow(early.id)).signedAt).toBeNull();
  });

  it('signing decides the case (scheduled → discussed → decided) and tells the referring oncologist', async () => {
    const boardCase = await scheduledCase();
    const { user: attendee } = await signInAs(t, ['radiation_oncologist']);
    const draft = await createDraftDecision(coordinator, boardCase.id, {
      // A contraindicated item is a flag for discussion, never a block.
      items: [{ item: radiotherapyItem() }, { item: zoledronicAcidItem(25) }],
      attendeeIds: [chair.user.id, attendee.id],
    });
    const signed = await chair.client.post<Decision>(`${decisionsUrl(boardCase.id)}/${draft.id}/sign`, { version: 1 });
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({
      status: 'signed',
      signedBy: { id: chair.user.id, name: chair.user.name },
      version: 2,
    });
    expect(Date.parse(signed.body.signedAt!)).not.toBeNaN();
    expect(signed.body.items[1]!.warnings[0]!.severity).toBe('contraindication');

    expect((await getCase(coordinator, boardCase.id)).case.status).toBe('decided');
    const history = await coordinator.get<CaseHistory>(`/api/cases/${boardCase.id}/history`);
    expect(history.body.items.map((e) => `${e.fromStatus}→${e.toStatus}`)).toEqual([
      'null→draft',
      'draft→submitted',
      'submitted→ready',
      'ready→scheduled',
      'scheduled→discussed',
      'discussed→decided',
    ]);
    expect(history.body.items.slice(-2).map((e) => e.by?.id)).toEqual([chair.user.id, chair.user.id]);

    const inbox = await referrer.client.get<Inbox>('/api/inbox');
    expect(inbox.body.items.find((i) => i.decisionId === draft.id)).toMatchObject({
      caseId: boardCase.id,
      read: false,
      acknowledgedAt: null,
      itemCount: 2,
    });
    expect(inbox.body.unread).toBeGreaterThanOrEqual(1);
  });

  it('refuses any change to a signed decision through the API, and changes nothing', async () => {
    const { case: boardCase, decision } = await createSignedDecision(t, people());
    const before = await storedRow(decision.id);
    const url = `${decisionsUrl(boardCase.id)}/${decision.id}`;
    const edit = await coordinator.patch<Problem>(url, { version: decision.version, rationale: 'Changed afterwards' });
    expect(edit.status).toBe(409);
    expect(edit.body.detail).toMatch(/cannot be changed\. Amend it instead/);
    const resign = await chair.client.post(`${url}/sign`, { version: decision.version });
    expect(resign.status).toBe(409);
    expect(await storedRow(decision.id)).toEqual(before);
  });

  it('refuses UPDATE and DELETE of a signed row in the database, from the app’s role and from the owner', async () => {
    const { decision } = await createSignedDecision(t, people());
    const before = await storedRow(decision.id);
    expect((await t.dataSource.query<{ current_user: string }[]>('SELECT current_user'))[0]?.current_user).toBe(
      'tumor_board_app',
    );
    const app = (sql: string) => failure(t.dataSource.query(sql, [decision.id]));
    expect(await app(`UPDATE board_decision SET rationale = 'tampered' WHERE id = $1`)).toEqual(refused('UPDATE'));
    expect(await app(`UPDATE board_decision SET signed_at = NULL WHERE id = $1`)).toEqual(refused('UPDATE'));
    expect(await app(`DELETE FROM board_decision WHERE id = $1`)).toEqual(refused('DELETE'));

    const owner = new pg.Client({ connectionString: t.database.url });
    await owner.connect();
    try {
      const { rows } = await owner.query<{ current_user: string }>('SELECT current_user');
      expect(rows[0]?.current_user).not.toBe('tumor_board_app');
      const asOwner = (sql: string) => failure(owner.query(sql, [decision.id]));
      expect(await asOwner(`UPDATE board_decision SET items = '[]' WHERE id = $1`)).toEqual(refused('UPDATE'));
      expect(await asOwner(`DELETE FROM board_decision WHERE id = $1`)).toEqual(refused('DELETE'));
    } finally {
      await owner.end();
    }
    expect(await storedRow(decision.id)).toEqual(before);
  });

  it('is corrected by an amendment that supersedes it once signed, and keeps the original', async () => {
    const { case: boardCase, decision: first } = await createSignedDecision(t, people());
    const url = (id: string) => `${decisionsUrl(boardCase.id)}/${id}`;
    expect((await coordinator.post(`${url(first.id)}/amendments`, { reason: 'Dose' })).status).toBe(403);
    const noReason = await chair.client.post<Problem>(`${url(first.id)}/amendments`, { reason: ' ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors?.[0]?.path).toBe('body.reason');

    const amendment = await chair.client.post<Decision>(`${url(first.id)}/amendments`, {
      reason: 'Fractionation changed after re-planning.',
    });
    expect(amendment.status).toBe(201);
    expect(amendment.body).toMatchObject({
      sequence: 2,
      status: 'draft',
      supersedesId: first.id,
      amendmentReason: 'Fractionation changed after re-planning.',
      version: 1,
    });
    // Until the amendment is signed, the original still stands.
    const pending = await coordinator.get<DecisionList>(decisionsUrl(boardCase.id));
    expect(pending.body.items.map((d) => [d.sequence, d.status, d.superseded])).toEqual([
      [2, 'draft', false],
      [1, 'signed', false],
    ]);
    expect((await chair.client.post(`${url(first.id)}/amendments`, { reason: 'Twice' })).status).toBe(409);

    const edited = await coordinator.patch<Decision>(url(amendment.body.id), {
      version: 1,
      items: [{ item: radiotherapyItem({ totalDoseGy: 20, fractions: 5 }) }],
    });
    await signDecision(chair.client, edited.body);

    const list = await coordinator.get<DecisionList>(decisionsUrl(boardCase.id));
    expect(list.body.items.map((d) => ({ id: d.id, status: d.status, superseded: d.superseded }))).toEqual([
      { id: amendment.body.id, status: 'signed', superseded: false },
      { id: first.id, status: 'signed', superseded: true },
    ]);
    expect(list.body.items[0]).toMatchObject({
      amendmentReason: 'Fractionation changed after re-planning.',
      items: [{ description: 'Conventional EBRT 20 Gy in 5 fractions to T12' }],
    });
    expect(list.body.items[1]!.items[0]!.description).toBe('Conventional EBRT 8 Gy in 1 fraction to T12');
    expect((await getCase(coordinator, boardCase.id)).case.status).toBe('decided');

    const late = await chair.client.post<Conflict>(`${url(first.id)}/amendments`, { reason: 'Amend the old one' });
    expect(late.status).toBe(409);
    expect(late.body.current).toMatchObject({ id: amendment.body.id, sequence: 2 });
    expect(await t.dataSource.manager.countBy(BoardDecision, { caseId: boardCase.id })).toBe(2);
  });
});
