import type { MeetingDetail, Problem } from '@tumor-board/shared';
import { getCase, transition } from '../factories/clinical.js';
import { createDraftDecision, radiotherapyItem, signDecision } from '../factories/decisions.js';
import {
  addToAgenda,
  createAdHocMeeting,
  createReadyCase,
  createSeries,
  drive,
  getMeeting,
  itemOf,
  seriesMeetings,
} from '../factories/meetings.js';
import { signInAs, type TestUser } from '../factories/users.js';
import type { HttpClient } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SOME_ID = '4f1c2b9e-4a57-4d38-9a4c-2f3f9d9b1a11';
const YEAR_MS = 365 * 86_400_000;

/*
 * What ending a meeting leaves behind (meetings-agenda.test.ts tells the main roll-over story): only
 * cases still waiting for the board move on, and nothing stays stuck on an ended meeting.
 */
describe('rolling cases over when a meeting ends', () => {
  let t: TestApp;
  let coordinator: HttpClient;
  let radiologist: HttpClient;
  let chair: { user: TestUser; client: HttpClient };
  beforeAll(async () => {
    t = await startTestApp();
    coordinator = (await signInAs(t, ['coordinator'])).client;
    radiologist = (await signInAs(t, ['radiologist'])).client;
    chair = await signInAs(t, ['chair']);
  });
  afterAll(() => t.close());

  const readyCase = async () => (await createReadyCase(t, coordinator, { radiologist })).case;

  it('requires authentication', async () => {
    expect((await t.http.post(`/api/meetings/${SOME_ID}/live/commands`, { command: 'end' })).status).toBe(401);
  });

  it('ends a meeting with nothing left to roll over without touching the next one', async () => {
    const series = await createSeries(coordinator);
    const [thisWeek, nextWeek] = await seriesMeetings(coordinator, series.id, 40);
    const done = await readyCase();
    const added = await addToAgenda(coordinator, thisWeek!.id, { caseId: done.id });
    await drive(chair.client, thisWeek!.id, 'start');
    await drive(chair.client, thisWeek!.id, 'mark_discussed', itemOf(added, done.id).id);
    await drive(chair.client, thisWeek!.id, 'end');
    expect(await getMeeting(coordinator, nextWeek!.id)).toMatchObject({ agenda: [], version: nextWeek!.version });
  });

  it('moves on only the cases still waiting for the board: not a decided or a withdrawn one', async () => {
    const series = await createSeries(coordinator);
    const [thisWeek, nextWeek] = await seriesMeetings(coordinator, series.id, 40);
    const [decided, withdrawn, waiting] = [await readyCase(), await readyCase(), await readyCase()];
    for (const boardCase of [decided, withdrawn, waiting])
      await addToAgenda(coordinator, thisWeek!.id, { caseId: boardCase.id });
    await drive(chair.client, thisWeek!.id, 'start');
    // During the meeting the chair signs a decision for one case (nobody clicks "discussed" in the
    // room), and the patient of another declines treatment, so that case is withdrawn.
    const draft = await createDraftDecision(coordinator, decided.id, {
      meetingId: thisWeek!.id,
      items: [{ item: radiotherapyItem() }],
      attendeeIds: [chair.user.id],
    });
    await signDecision(chair.client, draft);
    expect((await getCase(coordinator, decided.id)).case.status).toBe('decided');
    await transition(coordinator, withdrawn.id, 'withdrawn', 'The patient declined treatment.');
    await drive(chair.client, thisWeek!.id, 'end');

    const next: MeetingDetail = await getMeeting(coordinator, nextWeek!.id);
    expect(next.agenda.map((i) => [i.caseId, i.case.status])).toEqual([[waiting.id, 'scheduled']]);
  });

  it('leaves no case stuck on an ended meeting when no later meeting exists yet', async () => {
    // Later than anything else in this database, so ending it finds no meeting to roll over to.
    const last = await createAdHocMeeting(coordinator, {
      startsAt: new Date(Date.now() + 3 * YEAR_MS).toISOString(),
    });
    const leftOver = await readyCase();
    await addToAgenda(coordinator, last.id, { caseId: leftOver.id });
    await drive(chair.client, last.id, 'start');
    await drive(chair.client, last.id, 'end');

    // A meeting added afterwards must be able to take the case.
    const later = await createAdHocMeeting(coordinator, {
      startsAt: new Date(Date.now() + 3 * YEAR_MS + 7 * 86_400_000).toISOString(),
    });
    const res = await coordinator.post<MeetingDetail | Problem>(`/api/meetings/${later.id}/agenda`, {
      caseId: leftOver.id,
    });
    expect(res.status).toBe(201);
  });
});
