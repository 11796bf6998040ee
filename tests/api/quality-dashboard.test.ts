import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { addDays } from '@tumor-board/shared';
import type { Decision, MeetingDetail, Problem, QualityReport } from '@tumor-board/shared';
import { ManualClock } from '../../server/src/common/clock.js';
import { AuditEvent } from '../../server/src/modules/audit/audit-event.entity.js';
import { expectStatus } from '../factories/clinical.js';
import { createDraftDecision, download, radiotherapyItem, signDecision } from '../factories/decisions.js';
import { addToAgenda, createAdHocMeeting, createReadyCase, drive, itemOf } from '../factories/meetings.js';
import {
  insertAgendaItem,
  insertAttendance,
  insertCase,
  insertCaseOutcome,
  insertDecision,
  insertItemOutcome,
  insertLetter,
  insertMeeting,
  insertSeries,
} from '../factories/quality.js';
import { createUser, signIn, signInAs, type TestUser } from '../factories/users.js';
import type { HttpClient } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/*
 * GET /api/quality and /api/quality/export.csv against a hand-counted history laid down in March
 * 2025 (period 2025-03-01 … 2025-03-31, UTC), two series (A: spine board, B: bone board) and one
 * ad-hoc meeting. The story of each case, with the figures it feeds, is told where it is inserted;
 * the expected values below are counted by hand from those stories. A last part runs a meeting
 * through the API to check that what the live room and the letter record reaches the dashboard.
 */

const MARCH = 'from=2025-03-01&to=2025-03-31';
const ids = () => randomUUID();

describe('quality dashboard', () => {
  let t: TestApp;
  let clock: ManualClock;
  let coordinator: HttpClient;
  let chair: { user: TestUser; client: HttpClient };
  let seriesA: string;
  let seriesB: string;

  async function layDownMarch(db: DataSource): Promise<void> {
    const signer = chair.user.id;
    const radiologist = await createUser(db, { roles: ['radiologist'], discipline: 'radiology' });
    const radOnc = await createUser(db, { roles: ['radiation_oncologist'], discipline: 'radiation_oncology' });
    const surgeon = await createUser(db, { roles: ['surgeon'], discipline: 'surgical_oncology' });
    const attend = (meetingId: string, ...people: TestUser[]) =>
      Promise.all(
        people.map((p) =>
          insertAttendance(db, meetingId, {
            id: p.id,
            discipline: p === radiologist ? 'radiology' : p === radOnc ? 'radiation_oncology' : 'surgical_oncology',
          }),
        ),
      );

    seriesA = await insertSeries(db, { name: 'Spine board', requiredDisciplines: ['radiology', 'radiation_oncology'] });
    seriesB = await insertSeries(db, { name: 'Bone board', requiredDisciplines: ['surgical_oncology'] });
    const spine = ['radiology', 'radiation_oncology'] as const;
    const meeting = (seriesId: string | null, startsAt: string, status: 'scheduled' | 'ended' | 'cancelled') =>
      insertMeeting(db, {
        seriesId,
        startsAt,
        status,
        requiredDisciplines:
          seriesId === seriesB ? ['surgical_oncology'] : seriesId === seriesA ? [...spine] : ['radiology'],
      });

    // Meetings. Held in March: A1, B1, A2, AX (4). A0 and A5 fall outside, A3 was cancelled, A4 has
    // not taken place. Quorum: A1 (radiology + radiation oncology) and B1 (surgical oncology) met it;
    // A2 lacked radiation oncology; AX (ad hoc, radiology required) had nobody checked in.
    const A0 = await meeting(seriesA, '2025-02-25T08:00:00Z', 'ended');
    const A1 = await meeting(seriesA, '2025-03-04T08:00:00Z', 'ended');
    const B1 = await meeting(seriesB, '2025-03-06T08:00:00Z', 'ended');
    const A2 = await meeting(seriesA, '2025-03-11T08:00:00Z', 'ended');
    const A3 = await meeting(seriesA, '2025-03-18T08:00:00Z', 'cancelled');
    const AX = await meeting(null, '2025-03-20T08:00:00Z', 'ended');
    const A4 = await meeting(seriesA, '2025-03-25T08:00:00Z', 'scheduled');
    const A5 = await meeting(seriesA, '2025-04-01T08:00:00Z', 'ended');
    await attend(A1, radiologist, radOnc);
    await attend(B1, surgeon, radiologist);
    await attend(A2, radiologist);

    // C1, urgent, referred at the very start of the period. First on A1's agenda and discussed there
    // (3.33 days after referral). D1 signed 03-05 10:00 (106 h after referral); letter two days later.
    // Items: i1a done; i1b not done ("Patient declined"). Outcomes: 30 d partial; 90 d stable with a fracture.
    const C1 = await insertCase(db, { urgency: 'urgent', referredAt: '2025-03-01T00:00:00Z' });
    await insertAgendaItem(db, { meetingId: A1, caseId: C1, outcome: 'discussed' });
    const [i1a, i1b] = [ids(), ids()];
    const D1 = await insertDecision(db, {
      caseId: C1,
      signedAt: '2025-03-05T10:00:00Z',
      signedById: signer,
      itemIds: [i1a, i1b],
    });
    await insertLetter(db, D1, '2025-03-07T10:00:00Z');
    await insertItemOutcome(db, { decisionId: D1, itemId: i1a, status: 'done', recordedAt: '2025-03-20T09:00:00Z' });
    await insertItemOutcome(db, {
      decisionId: D1,
      itemId: i1b,
      status: 'not_done',
      reason: 'Patient declined',
      recordedAt: '2025-03-20T09:00:00Z',
    });
    await insertCaseOutcome(db, {
      decisionId: D1,
      horizonDays: 30,
      painResponse: 'partial',
      recordedAt: '2025-04-05T09:00:00Z',
    });
    await insertCaseOutcome(db, {
      decisionId: D1,
      horizonDays: 90,
      painResponse: 'stable',
      skeletalRelatedEvents: ['pathological_fracture'],
      recordedAt: '2025-06-05T09:00:00Z',
    });

    // C2, routine, referred 03-02 08:00. Deferred at A1 awaiting pathology (the meeting's end rolled
    // it over, the reason stays), discussed at A2 (9.0 days after referral). D2 signed 03-12 08:00
    // (240 h), no letter yet. Item i2a: nothing recorded.
    const C2 = await insertCase(db, { urgency: 'routine', referredAt: '2025-03-02T08:00:00Z' });
    const c2AtA1 = await insertAgendaItem(db, {
      meetingId: A1,
      caseId: C2,
      outcome: 'rolled_over',
      deferralReason: 'awaiting_pathology',
    });
    await insertAgendaItem(db, { meetingId: A2, caseId: C2, outcome: 'discussed', rolledFromId: c2AtA1 });
    await insertDecision(db, { caseId: C2, signedAt: '2025-03-12T08:00:00Z', signedById: signer, itemIds: [ids()] });

    // C3, emergency, referred 03-05 08:00; put on B1 by the chair's readiness override, discussed
    // there (1.0 day). D3 signed 03-06 14:00 (30 h), letter 12 hours later (0.5 day). Items: i3a
    // done; i3b modified ("Dose reduced for renal function"); i3c not done ("patient  declined ", the
    // same reason spelt differently). Outcome at 30 d: complete pain response.
    const C3 = await insertCase(db, { urgency: 'emergency', referredAt: '2025-03-05T08:00:00Z' });
    await insertAgendaItem(db, {
      meetingId: B1,
      caseId: C3,
      outcome: 'discussed',
      overrideReason: 'Suspected cord compression',
    });
    const [i3a, i3b, i3c] = [ids(), ids(), ids()];
    const D3 = await insertDecision(db, {
      caseId: C3,
      signedAt: '2025-03-06T14:00:00Z',
      signedById: signer,
      itemIds: [i3a, i3b, i3c],
    });
    await insertLetter(db, D3, '2025-03-07T02:00:00Z');
    await insertItemOutcome(db, { decisionId: D3, itemId: i3a, status: 'done', recordedAt: '2025-03-25T09:00:00Z' });
    await insertItemOutcome(db, {
      decisionId: D3,
      itemId: i3b,
      status: 'modified',
      reason: 'Dose reduced for renal function',
      recordedAt: '2025-03-25T09:00:00Z',
    });
    await insertItemOutcome(db, {
      decisionId: D3,
      itemId: i3c,
      status: 'not_done',
      reason: 'patient  declined ',
      recordedAt: '2025-03-25T09:00:00Z',
    });
    await insertCaseOutcome(db, {
      decisionId: D3,
      horizonDays: 30,
      painResponse: 'complete',
      recordedAt: '2025-04-06T09:00:00Z',
    });

    // C4, routine, referred 03-03: not reached at A1 (rolled over without a reason), then deferred
    // at A2 without a reason (not stated); later withdrawn.
    const C4 = await insertCase(db, { urgency: 'routine', referredAt: '2025-03-03T00:00:00Z', status: 'withdrawn' });
    const c4AtA1 = await insertAgendaItem(db, { meetingId: A1, caseId: C4, outcome: 'rolled_over' });
    await insertAgendaItem(db, { meetingId: A2, caseId: C4, outcome: 'deferred', rolledFromId: c4AtA1 });

    // C5, urgent, referred 03-10 12:00: on the agenda of A4, which has not taken place; a draft decision.
    const C5 = await insertCase(db, { urgency: 'urgent', referredAt: '2025-03-10T12:00:00Z', status: 'scheduled' });
    await insertAgendaItem(db, { meetingId: A4, caseId: C5, outcome: 'pending' });
    await insertDecision(db, { caseId: C5, signedAt: null, signedById: signer, itemIds: [ids()] });

    // C6, routine, referred on the last evening of the period: counted, nothing else.
    await insertCase(db, { urgency: 'routine', referredAt: '2025-03-31T23:00:00Z', status: 'draft' });

    // C7, referred the first instant after the period, discussed at A5 (after it): never counted.
    const C7 = await insertCase(db, { urgency: 'urgent', referredAt: '2025-04-01T00:00:00Z' });
    await insertAgendaItem(db, { meetingId: A5, caseId: C7, outcome: 'discussed' });

    // C8, referred one second before the period, put on the ad-hoc AX by override and discussed
    // (19.33 days). D8 signed 03-21 09:00, letter a day later. Items: i8a modified (renal dose
    // again); i8b not done, with a reason that looks like a spreadsheet formula.
    const C8 = await insertCase(db, { urgency: 'routine', referredAt: '2025-02-28T23:59:59Z' });
    await insertAgendaItem(db, { meetingId: AX, caseId: C8, outcome: 'discussed', overrideReason: 'Emergency' });
    const [i8a, i8b] = [ids(), ids()];
    const D8 = await insertDecision(db, {
      caseId: C8,
      signedAt: '2025-03-21T09:00:00Z',
      signedById: signer,
      itemIds: [i8a, i8b],
    });
    await insertLetter(db, D8, '2025-03-22T09:00:00Z');
    await insertItemOutcome(db, {
      decisionId: D8,
      itemId: i8a,
      status: 'modified',
      reason: 'Dose reduced for renal function',
      recordedAt: '2025-03-28T09:00:00Z',
    });
    await insertItemOutcome(db, {
      decisionId: D8,
      itemId: i8b,
      status: 'not_done',
      reason: '@SUM(1+1)',
      recordedAt: '2025-03-28T09:00:00Z',
    });

    // C9, referred in January, discussed at A0 (February) and again at A2: discussed in March, but
    // not for the first time. D9a signed in February, amended by D9b on 03-15 (letter four days
    // later), which keeps the item ids. i9a: done, recorded against D9a. i9b: not done against D9a,
    // then done against D9b (the latest record wins). 30 d: progression with cord compression
    // against D9a, then stable against D9b (latest wins: stable, no event).
    const C9 = await insertCase(db, { urgency: 'routine', referredAt: '2025-01-10T09:00:00Z' });
    await insertAgendaItem(db, { meetingId: A0, caseId: C9, outcome: 'discussed' });
    await insertAgendaItem(db, { meetingId: A2, caseId: C9, outcome: 'discussed' });
    const [i9a, i9b] = [ids(), ids()];
    const D9a = await insertDecision(db, {
      caseId: C9,
      signedAt: '2025-02-26T09:00:00Z',
      signedById: signer,
      itemIds: [i9a, i9b],
    });
    const D9b = await insertDecision(db, {
      caseId: C9,
      sequence: 2,
      supersedesId: D9a,
      signedAt: '2025-03-15T09:00:00Z',
      signedById: signer,
      itemIds: [i9a, i9b],
    });
    await insertLetter(db, D9b, '2025-03-19T09:00:00Z');
    await insertItemOutcome(db, { decisionId: D9a, itemId: i9a, status: 'done', recordedAt: '2025-03-01T09:00:00Z' });
    await insertItemOutcome(db, {
      decisionId: D9a,
      itemId: i9b,
      status: 'not_done',
      reason: 'Patient declined',
      recordedAt: '2025-03-01T09:00:00Z',
    });
    await insertItemOutcome(db, { decisionId: D9b, itemId: i9b, status: 'done', recordedAt: '2025-03-20T09:00:00Z' });
    await insertCaseOutcome(db, {
      decisionId: D9a,
      horizonDays: 30,
      painResponse: 'progression',
      skeletalRelatedEvents: ['spinal_cord_compression'],
      recordedAt: '2025-03-10T09:00:00Z',
    });
    await insertCaseOutcome(db, {
      decisionId: D9b,
      horizonDays: 30,
      painResponse: 'stable',
      recordedAt: '2025-04-20T09:00:00Z',
    });

    // C10, referred 01-03 08:00: deferred at A0 awaiting imaging (February, outside), rolled over to
    // A1 and discussed there: its first discussion, 60.0 days after referral. D10a signed 03-20 but
    // superseded by D10b in April, so it is no longer in force: it counts as signed in March (letters)
    // but its item and outcome ("Treated elsewhere", complete) count nowhere.
    const C10 = await insertCase(db, { urgency: 'routine', referredAt: '2025-01-03T08:00:00Z' });
    const c10AtA0 = await insertAgendaItem(db, {
      meetingId: A0,
      caseId: C10,
      outcome: 'rolled_over',
      deferralReason: 'awaiting_imaging',
    });
    await insertAgendaItem(db, { meetingId: A1, caseId: C10, outcome: 'discussed', rolledFromId: c10AtA0 });
    const i10a = ids();
    const D10a = await insertDecision(db, {
      caseId: C10,
      signedAt: '2025-03-20T09:00:00Z',
      signedById: signer,
      itemIds: [i10a],
    });
    await insertDecision(db, {
      caseId: C10,
      sequence: 2,
      supersedesId: D10a,
      signedAt: '2025-04-02T09:00:00Z',
      signedById: signer,
      itemIds: [i10a],
    });
    await insertItemOutcome(db, {
      decisionId: D10a,
      itemId: i10a,
      status: 'not_done',
      reason: 'Treated elsewhere',
      recordedAt: '2025-03-25T09:00:00Z',
    });
    await insertCaseOutcome(db, {
      decisionId: D10a,
      horizonDays: 30,
      painResponse: 'complete',
      recordedAt: '2025-04-19T09:00:00Z',
    });

    // C11, old case, rolled over (out of time) at the cancelled A3: cancelled meetings count nowhere.
    const C11 = await insertCase(db, { urgency: 'routine', referredAt: '2024-12-01T09:00:00Z' });
    await insertAgendaItem(db, { meetingId: A3, caseId: C11, outcome: 'rolled_over', deferralReason: 'out_of_time' });

    // C13, referred in February, deferred at B1 because a specialist was absent.
    const C13 = await insertCase(db, { urgency: 'routine', referredAt: '2025-02-01T09:00:00Z', status: 'withdrawn' });
    await insertAgendaItem(db, {
      meetingId: B1,
      caseId: C13,
      outcome: 'deferred',
      deferralReason: 'specialist_absent',
    });
  }

  beforeAll(async () => {
    clock = new ManualClock();
    t = await startTestApp({}, { clock });
    coordinator = (await signInAs(t, ['coordinator'])).client;
    const chairUser = await createUser(t.dataSource, { roles: ['chair'], name: 'Dr Quality Chair' });
    chair = { user: chairUser, client: await signIn(t, chairUser) };
    await layDownMarch(t.dataSource);
  });
  afterAll(() => t?.close());

  const report = async (query: string, client: HttpClient = coordinator): Promise<QualityReport> =>
    expectStatus(await client.get<QualityReport>(`/api/quality?${query}`), 200, `quality ${query}`);

  it('requires authentication, and is for coordinators and the chair only', async () => {
    expect((await t.client().get(`/api/quality?${MARCH}`)).status).toBe(401);
    expect((await t.client().get(`/api/quality/export.csv?${MARCH}`)).status).toBe(401);
    const { client: surgeon } = await signInAs(t, ['surgeon']);
    expect((await surgeon.get(`/api/quality?${MARCH}`)).status).toBe(403);
    const { client: admin } = await signInAs(t, ['admin']);
    expect((await admin.get(`/api/quality/export.csv?${MARCH}`)).status).toBe(403);
    expect((await chair.client.get(`/api/quality?${MARCH}`)).status).toBe(200);
  });

  it('counts every figure of March 2025 across all series as counted by hand', async () => {
    const r = await report(MARCH);
    expect(r.period).toEqual({ from: '2025-03-01', to: '2025-03-31', seriesId: null });
    // C1–C6 (C1 at the first instant, C6 on the last evening); C7 (after) and C8 (one second before) not.
    expect(r.referrals).toEqual({ referred: 6 });
    // Held: A1, B1, A2, AX; quorum met at A1 and B1.
    expect(r.meetings).toEqual({ held: 4, quorumMet: 2, quorumShare: 0.5 });
    // Discussed: C1, C10 (A1), C3 (B1), C2, C9 (A2), C8 (AX) = 6. First time: all but C9 = 5;
    // days: C3 1.0, C1 3.33, C2 9.0, C8 19.33, C10 60.0 → median 9.0.
    expect(r.discussion).toEqual({ discussed: 6, firstDiscussed: 5, medianDaysReferralToDiscussion: 9 });
    // A1: C2 (awaiting pathology), C4 (not reached); B1: C13 (specialist absent); A2: C4 (not stated).
    // A0's deferral (February) and A3's (cancelled) are left out.
    expect(r.deferrals.deferred).toBe(4);
    expect(r.deferrals.byReason).toEqual([
      { reason: 'awaiting_imaging', count: 0 },
      { reason: 'awaiting_pathology', count: 1 },
      { reason: 'awaiting_information', count: 0 },
      { reason: 'specialist_absent', count: 1 },
      { reason: 'patient_discussion', count: 0 },
      { reason: 'out_of_time', count: 0 },
      { reason: 'other', count: 0 },
      { reason: 'not_stated', count: 1 },
      { reason: 'not_reached', count: 1 },
    ]);
    // First placements: A1 C1, C2, C4; B1 C3 (override), C13; A2 C9; AX C8 (override); A4 C5 = 8.
    // Roll-overs (C10 and C2, C4 at A2) are left out. Complete: 8 − 2 overrides = 6.
    expect(r.scheduling).toEqual({ scheduled: 8, completeWhenScheduled: 6, completeShare: 0.75 });
    // Signed in March: D1, D2, D3, D8, D9b, D10a = 6. Letters: D3 0.5, D8 1.0, D1 2.0, D9b 4.0 → 1.5.
    expect(r.letters).toEqual({ decisionsSigned: 6, lettersProduced: 4, medianDaysDecisionToLetter: 1.5 });
    // In force: D1 (2 items), D2 (1), D3 (3), D8 (2), D9b (2) = 10 items; D10a is superseded.
    // Done i1a, i3a, i9a, i9b; modified i3b, i8a; not done i1b, i3c, i8b; nothing yet i2a.
    expect(r.itemOutcomes).toEqual({
      items: 10,
      done: 4,
      modified: 2,
      notDone: 3,
      notRecorded: 1,
      doneShare: 0.4,
      modifiedShare: 0.2,
      notDoneShare: 0.3,
      reasons: [
        { status: 'modified', reason: 'Dose reduced for renal function', count: 2 },
        { status: 'not_done', reason: 'Patient declined', count: 2 },
        { status: 'not_done', reason: '@SUM(1+1)', count: 1 },
      ],
    });
    // Decisions in force: D1, D2, D3, D8, D9b = 5, all more than 90 days old today.
    // 30 d: D1 partial, D3 complete, D9b stable (its latest record). 90 d: D1 stable with a fracture.
    expect(r.caseOutcomes).toEqual([
      {
        horizonDays: 30,
        decisions: 5,
        due: 5,
        recorded: 3,
        painResponse: { complete: 1, partial: 1, stable: 1, progression: 0, not_assessable: 0 },
        withSkeletalEvent: 0,
      },
      {
        horizonDays: 90,
        decisions: 5,
        due: 5,
        recorded: 1,
        painResponse: { complete: 0, partial: 0, stable: 1, progression: 0, not_assessable: 0 },
        withSkeletalEvent: 1,
      },
    ]);
    // Routine C2, C4, C6 (C2 decided after 240 h); urgent C1, C5 (C1 after 106 h); emergency C3 (30 h).
    expect(r.urgency).toEqual([
      { urgency: 'routine', referred: 3, decided: 1, medianHoursToDecision: 240 },
      { urgency: 'urgent', referred: 2, decided: 1, medianHoursToDecision: 106 },
      { urgency: 'emergency', referred: 1, decided: 1, medianHoursToDecision: 30 },
    ]);
  });

  it('keeps to one series: its meetings, and the cases that were on their agendas', async () => {
    // Series A's cases: C1, C2, C4, C5, C9, C10 (and C7, C11 outside March).
    const a = await report(`${MARCH}&seriesId=${seriesA}`);
    expect(a.period.seriesId).toBe(seriesA);
    expect(a.referrals.referred).toBe(4); // C1, C2, C4, C5
    expect(a.meetings).toEqual({ held: 2, quorumMet: 1, quorumShare: 0.5 }); // A1 met, A2 not
    // C1, C10 (A1), C2, C9 (A2); first time C1 3.33, C2 9.0, C10 60.0 (C9 was discussed at A0).
    expect(a.discussion).toEqual({ discussed: 4, firstDiscussed: 3, medianDaysReferralToDiscussion: 9 });
    expect(a.deferrals.deferred).toBe(3);
    expect(a.deferrals.byReason.filter((r) => r.count > 0)).toEqual([
      { reason: 'awaiting_pathology', count: 1 },
      { reason: 'not_stated', count: 1 },
      { reason: 'not_reached', count: 1 },
    ]);
    expect(a.scheduling).toEqual({ scheduled: 5, completeWhenScheduled: 5, completeShare: 1 }); // C1, C2, C4, C9, C5
    // D1, D2, D9b, D10a; letters D1 2.0 and D9b 4.0 → 3.0.
    expect(a.letters).toEqual({ decisionsSigned: 4, lettersProduced: 2, medianDaysDecisionToLetter: 3 });
    // D1 (i1a done, i1b not done), D2 (i2a nothing), D9b (both done).
    expect(a.itemOutcomes).toMatchObject({ items: 5, done: 3, modified: 0, notDone: 1, notRecorded: 1 });
    expect(a.itemOutcomes.reasons).toEqual([{ status: 'not_done', reason: 'Patient declined', count: 1 }]);
    expect(a.caseOutcomes.map((o) => [o.horizonDays, o.decisions, o.recorded, o.withSkeletalEvent])).toEqual([
      [30, 3, 2, 0],
      [90, 3, 1, 1],
    ]);
    expect(a.urgency.map((u) => [u.urgency, u.referred, u.decided, u.medianHoursToDecision])).toEqual([
      ['routine', 2, 1, 240],
      ['urgent', 2, 1, 106],
      ['emergency', 0, 0, null],
    ]);

    // Series B's cases: C3 and C13 (referred in February).
    const b = await report(`${MARCH}&seriesId=${seriesB}`);
    expect(b.referrals.referred).toBe(1);
    expect(b.meetings).toEqual({ held: 1, quorumMet: 1, quorumShare: 1 });
    expect(b.discussion).toEqual({ discussed: 1, firstDiscussed: 1, medianDaysReferralToDiscussion: 1 });
    expect(b.deferrals.deferred).toBe(1);
    expect(b.scheduling).toEqual({ scheduled: 2, completeWhenScheduled: 1, completeShare: 0.5 });
    expect(b.letters).toEqual({ decisionsSigned: 1, lettersProduced: 1, medianDaysDecisionToLetter: 0.5 });
    expect(b.itemOutcomes).toMatchObject({ items: 3, done: 1, modified: 1, notDone: 1, notRecorded: 0 });
    // One spelling of "patient declined" in this series, whitespace tidied.
    expect(b.itemOutcomes.reasons).toEqual([
      { status: 'modified', reason: 'Dose reduced for renal function', count: 1 },
      { status: 'not_done', reason: 'patient declined', count: 1 },
    ]);
    expect(b.urgency.find((u) => u.urgency === 'emergency')).toEqual({
      urgency: 'emergency',
      referred: 1,
      decided: 1,
      medianHoursToDecision: 30,
    });
  });

  it('gives zeros and empty medians for a period with nothing in it', async () => {
    const r = await report('from=2024-06-01&to=2024-06-30');
    expect(r.referrals.referred).toBe(0);
    expect(r.meetings).toEqual({ held: 0, quorumMet: 0, quorumShare: null });
    expect(r.discussion).toEqual({ discussed: 0, firstDiscussed: 0, medianDaysReferralToDiscussion: null });
    expect(r.deferrals.deferred).toBe(0);
    expect(r.deferrals.byReason.every((d) => d.count === 0)).toBe(true);
    expect(r.scheduling).toEqual({ scheduled: 0, completeWhenScheduled: 0, completeShare: null });
    expect(r.letters).toEqual({ decisionsSigned: 0, lettersProduced: 0, medianDaysDecisionToLetter: null });
    expect(r.itemOutcomes).toEqual({
      items: 0,
      done: 0,
      modified: 0,
      notDone: 0,
      notRecorded: 0,
      doneShare: null,
      modifiedShare: null,
      notDoneShare: null,
      reasons: [],
    });
    expect(r.caseOutcomes.map((o) => [o.horizonDays, o.decisions, o.due, o.recorded])).toEqual([
      [30, 0, 0, 0],
      [90, 0, 0, 0],
    ]);
    expect(r.urgency.map((u) => [u.referred, u.decided, u.medianHoursToDecision])).toEqual([
      [0, 0, null],
      [0, 0, null],
      [0, 0, null],
    ]);
    // A single day holds C6 alone (referred on the evening of the 31st).
    expect((await report('from=2025-03-31&to=2025-03-31')).referrals.referred).toBe(1);
  });

  it('answers a bad query with a 400 naming the field', async () => {
    const problem = async (query: string) => {
      const res = await coordinator.get<Problem>(`/api/quality?${query}`);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      return res.body.errors?.map((e) => e.path);
    };
    expect(await problem('to=2025-03-31')).toEqual(['query.from']);
    expect(await problem('from=2025-02-30&to=2025-03-31')).toEqual(['query.from']);
    expect(await problem('from=2025-03-31&to=2025-03-01')).toEqual(['query.to']);
    expect(await problem('from=2020-01-01&to=2025-03-01')).toEqual(['query.to']);
    expect(await problem(`${MARCH}&seriesId=nope`)).toEqual(['query.seriesId']);
    expect(await problem(`${MARCH}&patientId=1`)).toEqual(['query.patientId']);
    // A well-formed series that does not exist is a 422, not an empty dashboard.
    const unknown = await coordinator.get<Problem>(`/api/quality?${MARCH}&seriesId=${randomUUID()}`);
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors?.map((e) => e.path)).toEqual(['query.seriesId']);
  });

  it('downloads the same figures as CSV, formulas defused, and audits reads and exports without a patient', async () => {
    const res = await coordinator.get(`/api/quality/export.csv?${MARCH}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="quality-2025-03-01-to-2025-03-31.csv"');
    const lines = res.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('section,figure,detail,value');
    for (const line of [
      'period,from,,2025-03-01',
      'referrals,referred,,6',
      'meetings,quorum_share,,0.5',
      'discussion,median_days_referral_to_discussion,,9',
      'deferrals,by_reason,awaiting_pathology,1',
      'scheduling,complete_share,,0.75',
      'letters,median_days_decision_to_letter,,1.5',
      'item_outcomes,not_done_share,,0.3',
      'item_outcomes,reason_not_done,Patient declined,2',
      // A reason a spreadsheet would run as a formula is prefixed with an apostrophe.
      "item_outcomes,reason_not_done,'@SUM(1+1),1",
      'outcomes_90_days,with_skeletal_event,,1',
      'urgency,median_hours_to_decision,emergency,30',
    ])
      expect(lines).toContain(line);
    // An empty median is an empty cell.
    const empty = await coordinator.get(`/api/quality/export.csv?from=2024-06-01&to=2024-06-30`);
    expect(empty.text.split('\r\n')).toContain('letters,median_days_decision_to_letter,,');

    const events = await t.dataSource.manager.find(AuditEvent, {
      where: [{ action: 'quality.read' }, { action: 'quality.export' }],
    });
    expect(events.some((e) => e.action === 'quality.export')).toBe(true);
    expect(events.every((e) => e.patientId === null && e.outcome === 'success')).toBe(true);
    expect(events.find((e) => e.action === 'quality.export')?.detail).toEqual({
      from: '2025-03-01',
      to: '2025-03-31',
      seriesId: null,
    });
  });

  it('counts what the live room and the letter record: a deferral with its reason, and decision → letter', async () => {
    const { client: radiologist } = await signInAs(t, ['radiologist']);
    const today = clock.now().toISOString().slice(0, 10);
    const meeting: MeetingDetail = await createAdHocMeeting(coordinator, { startsAt: clock.now().toISOString() });
    const deferred = await createReadyCase(t, coordinator, { radiologist });
    const decided = await createReadyCase(t, coordinator, { radiologist, case: { urgency: 'urgent' } });
    await addToAgenda(coordinator, meeting.id, { caseId: deferred.case.id });
    const withBoth = await addToAgenda(coordinator, meeting.id, { caseId: decided.case.id });
    const deferredItem = itemOf(withBoth, deferred.case.id).id;
    const decidedItem = itemOf(withBoth, decided.case.id).id;

    await drive(coordinator, meeting.id, 'start');
    // A reason belongs to a deferral only.
    const wrong = await coordinator.post<Problem>(`/api/meetings/${meeting.id}/live/commands`, {
      command: 'mark_discussed',
      itemId: decidedItem,
      reason: 'awaiting_imaging',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors?.map((e) => e.path)).toEqual(['body.reason']);
    expectStatus(
      await coordinator.post(`/api/meetings/${meeting.id}/live/commands`, {
        command: 'mark_deferred',
        itemId: deferredItem,
        reason: 'awaiting_imaging',
      }),
      200,
      'defer with a reason',
    );
    await drive(coordinator, meeting.id, 'mark_discussed', decidedItem);
    const draft = await createDraftDecision(coordinator, decided.case.id, {
      meetingId: meeting.id,
      items: [{ item: radiotherapyItem() }],
      attendeeIds: [chair.user.id],
    });
    const signed: Decision = await signDecision(chair.client, draft);
    await drive(coordinator, meeting.id, 'end'); // no later meeting: the deferred case rolls over to nowhere

    // The letter goes out six hours after the signature; a second download an hour later does not
    // move its time. (Sessions idle that long end, so each step signs in afresh.)
    const letterPath = `/api/cases/${decided.case.id}/decisions/${signed.id}/letter`;
    clock.advance(6 * 3_600_000);
    expect((await download((await signInAs(t, ['coordinator'])).client, letterPath)).status).toBe(200);
    clock.advance(3_600_000);
    const later = (await signInAs(t, ['coordinator'])).client;
    expect((await download(later, letterPath)).status).toBe(200);

    // Today, with a day either side in case the test runs across midnight (March 2025 is far away).
    const r = await report(`from=${addDays(today, -1)}&to=${addDays(today, 1)}`, later);
    expect(r.referrals.referred).toBe(2);
    expect(r.meetings.held).toBe(1);
    expect(r.discussion.discussed).toBe(1);
    // Ending the meeting turned the deferral into rolled_over; its reason survives.
    expect(r.deferrals.byReason.filter((d) => d.count > 0)).toEqual([{ reason: 'awaiting_imaging', count: 1 }]);
    expect(r.scheduling).toEqual({ scheduled: 2, completeWhenScheduled: 2, completeShare: 1 });
    expect(r.letters).toEqual({ decisionsSigned: 1, lettersProduced: 1, medianDaysDecisionToLetter: 0.3 }); // 6 h
    expect(r.itemOutcomes).toMatchObject({ items: 1, notRecorded: 1 });
    expect(r.urgency.find((u) => u.urgency === 'urgent')).toMatchObject({ referred: 1, decided: 1 });
  });

  it('counts an outcome as due once the decision is old enough', async () => {
    clock.set(new Date('2025-04-10T00:00:00Z'));
    // 30 days after signing: D1 (03-05 10:00) and D3 (03-06 14:00) by 04-10; D2, D8, D9b not yet.
    const r = await report(MARCH, (await signInAs(t, ['chair'])).client);
    expect(r.caseOutcomes.map((o) => [o.horizonDays, o.decisions, o.due])).toEqual([
      [30, 5, 2],
      [90, 5, 0],
    ]);
  });
});
