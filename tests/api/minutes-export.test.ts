import type { Decision, MeetingDetail, MeetingList, MeetingMinutes, Patient, Problem } from '@tumor-board/shared';
import { AuditEvent } from '../../server/src/modules/audit/audit-event.entity.js';
import { createCompleteCase, expectStatus, transition, type CompleteCase } from '../factories/clinical.js';
import {
  createDraftDecision,
  download,
  pdfText,
  radiotherapyItem,
  signDecision,
  stabilisationItem,
  zoledronicAcidItem,
} from '../factories/decisions.js';
import { createUser, signIn, signInAs, type TestUser } from '../factories/users.js';
import type { HttpClient } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/*
 * GET /api/meetings/:id/minutes (JSON) and /minutes.pdf, over a meeting run through the API: a
 * series occurrence with attendance, four cases on its agenda, live commands (start, discussed,
 * deferred, end), decisions signed linked to the meeting and outside it; the PDF is read back with
 * pdftotext.
 */

const ZONE = 'Europe/Paris';
const localDate = (instant: number) => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(instant);

describe('meeting minutes', () => {
  let t: TestApp;
  let coordinator: HttpClient;
  let radiologist: HttpClient;
  let chair: { user: TestUser; client: HttpClient };
  let surgeon: TestUser;
  let attendees: TestUser[];
  let meetingA: MeetingDetail;
  let meetingB: MeetingDetail;
  /** Alpha: discussed, decision linked to the meeting, with dissent. Bravo: discussed, decision signed
   * after the start without a meeting id. Charlie: deferred (decided at the next meeting). Delta: not reached. */
  const cases: Record<'alpha' | 'bravo' | 'charlie' | 'delta', CompleteCase & { itemId: string }> = {} as never;
  let decisions: { alpha: Decision; bravo: Decision; charlie: Decision };
  let minutesInProgress: MeetingMinutes;

  const command = async (meetingId: string, body: { command: string; itemId?: string }) =>
    expectStatus(await coordinator.post(`/api/meetings/${meetingId}/live/commands`, body), 200, body.command);

  async function readyCase(familyName: string, givenName: string): Promise<CompleteCase> {
    const complete = await createCompleteCase(t, coordinator, { radiologist, case: { primaryCancer: 'breast' } });
    complete.patient = expectStatus(
      await coordinator.patch<Patient>(`/api/patients/${complete.patient.id}`, {
        version: complete.patient.version,
        givenName,
        familyName,
      }),
      200,
      'rename patient',
    );
    await transition(coordinator, complete.case.id, 'submitted');
    await transition(coordinator, complete.case.id, 'ready');
    return complete;
  }

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = (await signInAs(t, ['coordinator'])).client;
    radiologist = (await signInAs(t, ['radiologist'])).client;
    const chairUser = await createUser(t.dataSource, { roles: ['chair'], name: 'Dr Clara Chairwoman' });
    chair = { user: chairUser, client: await signIn(t, chairUser) };
    surgeon = await createUser(t.dataSource, {
      roles: ['surgeon'],
      name: 'Dr Sam Surgeon',
      discipline: 'surgical_oncology',
    });
    attendees = [
      await createUser(t.dataSource, { roles: ['radiologist'], name: 'Dr Rita Radiologist', discipline: 'radiology' }),
      await createUser(t.dataSource, {
        roles: ['radiation_oncologist'],
        name: 'Dr Otto Oncologist',
        discipline: 'radiation_oncology',
      }),
      surgeon,
      await createUser(t.dataSource, {
        roles: ['medical_oncologist'],
        name: 'Dr Mia Medic',
        discipline: 'medical_oncology',
      }),
    ];

    // A daily series of two meetings from tomorrow, 07:00 in Paris: A, then B (where A's leftovers go).
    const tomorrow = localDate(Date.now() + 86_400_000);
    const series = expectStatus(
      await coordinator.post<{ id: string }>('/api/meeting-series', {
        name: 'Bone metastasis board',
        rrule: 'FREQ=DAILY;COUNT=2',
        timeZone: ZONE,
        firstDate: tomorrow,
        startTime: '07:00',
        durationMinutes: 90,
        location: 'Room 4 – Oncology',
        capacity: 10,
        defaultMinutesPerCase: 10,
        requiredDisciplines: ['radiology', 'radiation_oncology', 'surgical_oncology', 'medical_oncology'],
      }),
      201,
      'create series',
    );
    const list = expectStatus(
      await coordinator.get<MeetingList>(
        `/api/meetings?from=${localDate(Date.now())}&to=${localDate(Date.now() + 5 * 86_400_000)}&seriesId=${series.id}`,
      ),
      200,
      'list meetings',
    );
    const [a, b] = list.items;

    for (const [key, family, given] of [
      ['alpha', 'Alpha', 'Anna'],
      ['bravo', 'Bravo', 'Ben'],
      ['charlie', 'Charlie', 'Chloé'],
      ['delta', 'Delta', 'Dora'],
    ] as const) {
      const complete = await readyCase(family, given);
      const detail = expectStatus(
        await coordinator.post<MeetingDetail>(`/api/meetings/${a!.id}/agenda`, { caseId: complete.case.id }),
        201,
        'add to agenda',
      );
      cases[key] = { ...complete, itemId: detail.agenda.find((i) => i.caseId === complete.case.id)!.id };
    }
    for (const [i, user] of attendees.entries()) {
      meetingA = expectStatus(
        await coordinator.post<MeetingDetail>(`/api/meetings/${a!.id}/attendance`, {
          userId: user.id,
          mode: i === 1 ? 'virtual' : 'in_person',
        }),
        201,
        'check in',
      );
    }

    await command(a!.id, { command: 'start' });
    await command(a!.id, { command: 'mark_discussed', itemId: cases.alpha.itemId });
    const alphaDraft = await createDraftDecision(coordinator, cases.alpha.case.id, {
      meetingId: a!.id,
      items: [{ item: radiotherapyItem() }, { item: zoledronicAcidItem(72) }],
      rationale: 'Painful T12 without cord compression.',
      attendeeIds: attendees.map((u) => u.id),
      dissent: [{ userId: surgeon.id, text: 'Would fix the femur first.' }],
    });
    await command(a!.id, { command: 'mark_discussed', itemId: cases.bravo.itemId });
    const bravoDraft = await createDraftDecision(coordinator, cases.bravo.case.id, {
      items: [{ item: stabilisationItem() }],
      attendeeIds: [chair.user.id],
    });
    await command(a!.id, { command: 'mark_deferred', itemId: cases.charlie.itemId });
    decisions = {
      alpha: await signDecision(chair.client, alphaDraft),
      bravo: await signDecision(chair.client, bravoDraft),
    } as typeof decisions;
    minutesInProgress = expectStatus(
      await coordinator.get<MeetingMinutes>(`/api/meetings/${a!.id}/minutes`),
      200,
      'minutes in progress',
    );
    await command(a!.id, { command: 'end' });

    // Charlie is decided at the next meeting, signed outside any meeting id: it belongs to B's minutes.
    await command(b!.id, { command: 'start' });
    const charlieDraft = await createDraftDecision(coordinator, cases.charlie.case.id, {
      items: [{ item: radiotherapyItem({ totalDoseGy: 20, fractions: 5 }) }],
      attendeeIds: [chair.user.id],
    });
    decisions.charlie = await signDecision(chair.client, charlieDraft);
    meetingA = expectStatus(await coordinator.get<MeetingDetail>(`/api/meetings/${a!.id}`), 200, 'read A');
    meetingB = expectStatus(await coordinator.get<MeetingDetail>(`/api/meetings/${b!.id}`), 200, 'read B');
  });
  afterAll(() => t.close());

  const minutesOf = async (meetingId: string, client = coordinator) =>
    expectStatus(await client.get<MeetingMinutes>(`/api/meetings/${meetingId}/minutes`), 200, 'minutes');

  it('gives the date in the series’ time zone, the attendees and the quorum', async () => {
    const m = await minutesOf(meetingA.id);
    expect(m.meeting).toMatchObject({
      id: meetingA.id,
      title: 'Bone metastasis board',
      status: 'ended',
      timeZone: ZONE,
      date: localDate(Date.parse(meetingA.startsAt)),
      startTime: '07:00',
      endTime: '08:30',
      location: 'Room 4 – Oncology',
    });
    expect(m.meeting.startedAt).not.toBeNull();
    expect(m.meeting.endedAt).not.toBeNull();
    expect(m.attendees.map((a) => [a.user.name, a.discipline, a.mode])).toEqual([
      ['Dr Rita Radiologist', 'radiology', 'in_person'],
      ['Dr Otto Oncologist', 'radiation_oncology', 'virtual'],
      ['Dr Sam Surgeon', 'surgical_oncology', 'in_person'],
      ['Dr Mia Medic', 'medical_oncology', 'in_person'],
    ]);
    expect(m.quorum).toEqual({
      met: true,
      required: ['radiology', 'radiation_oncology', 'surgical_oncology', 'medical_oncology'],
      missing: [],
    });
  });

  it('lists each case discussed with its decision (linked to the meeting or signed after it began) and dissent', async () => {
    const m = await minutesOf(meetingA.id);
    expect(m.discussed.map((c) => [c.caseId, c.outcome, c.decisions.map((d) => d.id)])).toEqual([
      [cases.alpha.case.id, 'discussed', [decisions.alpha.id]],
      [cases.bravo.case.id, 'discussed', [decisions.bravo.id]],
    ]);
    const [alpha] = m.discussed;
    expect(alpha!.patient).toMatchObject({ familyName: 'Alpha', givenName: 'Anna', mrn: cases.alpha.patient.mrn });
    expect(alpha!.decisions[0]!.items.map((i) => i.description)).toEqual([
      'Conventional EBRT 8 Gy in 1 fraction to T12',
      'Zoledronic acid 4.0 mg IV every 3–4 weeks',
    ]);
    expect(alpha!.decisions[0]!.dissent).toEqual([
      { user: { id: surgeon.id, name: 'Dr Sam Surgeon' }, text: 'Would fix the femur first.' },
    ]);
  });

  it('lists deferred and not-reached cases while the meeting runs, and where they rolled over once it ended', async () => {
    expect(minutesInProgress.meeting.status).toBe('in_progress');
    expect(minutesInProgress.deferred.map((c) => [c.caseId, c.outcome, c.rolledTo])).toEqual([
      [cases.charlie.case.id, 'deferred', null],
      [cases.delta.case.id, 'pending', null],
    ]);
    const m = await minutesOf(meetingA.id);
    const to = { meetingId: meetingB.id, title: meetingB.title, startsAt: meetingB.startsAt };
    expect(m.deferred.map((c) => [c.caseId, c.outcome, c.rolledTo])).toEqual([
      [cases.charlie.case.id, 'rolled_over', to],
      [cases.delta.case.id, 'rolled_over', to],
    ]);
  });

  it('minutes a decision signed outside any meeting id at the meeting that had begun, not at an earlier one', async () => {
    const b = await minutesOf(meetingB.id);
    const from = { meetingId: meetingA.id, title: meetingA.title, startsAt: meetingA.startsAt };
    expect(b.discussed.map((c) => [c.caseId, c.rolledFrom, c.decisions.map((d) => d.id)])).toEqual([
      [cases.charlie.case.id, from, [decisions.charlie.id]],
    ]);
    expect(b.deferred.map((c) => [c.caseId, c.outcome, c.rolledFrom])).toEqual([
      [cases.delta.case.id, 'pending', from],
    ]);
    expect(b.attendees).toEqual([]);
    expect(b.quorum.met).toBe(false);
  });

  it('prints the same content as a PDF: date, attendees, quorum, each discussed case with decision and dissent, deferred cases', async () => {
    const res = await download(coordinator, `/api/meetings/${meetingA.id}/minutes.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain('attachment');
    expect(res.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(res.bytes);
    const date = localDate(Date.parse(meetingA.startsAt));
    for (const expected of [
      'Meeting minutes: Bone metastasis board',
      `Date: ${date}, 07:00-08:30 (${ZONE})`,
      'Location: Room 4 – Oncology',
      'Status: Ended',
      'Attendees (4)',
      'Dr Rita Radiologist, Radiology (in person)',
      'Dr Otto Oncologist, Radiation oncology (virtual)',
      'Dr Sam Surgeon, Surgical / orthopaedic oncology (in person)',
      'Dr Mia Medic, Medical oncology (in person)',
      'Quorum: met (required: Radiology, Radiation oncology, Surgical / orthopaedic oncology, Medical oncology).',
      'Cases discussed (2)',
      `1. Alpha, Anna MRN: ${cases.alpha.patient.mrn} Born: 1961-04-12`,
      'Decision, signed by Dr Clara Chairwoman',
      '1. Conventional EBRT 8 Gy in 1 fraction to T12',
      '2. Zoledronic acid 4.0 mg IV every 3–4 weeks',
      'Board rationale: Painful T12 without cord compression.',
      'Dissent: Dr Sam Surgeon: Would fix the femur first.',
      `2. Bravo, Ben MRN: ${cases.bravo.patient.mrn}`,
      '1. Stabilisation with intramedullary nail',
      'Dissent: none recorded.',
      'Cases deferred or rolled over (2)',
      `1. Charlie, Chloé MRN: ${cases.charlie.patient.mrn}`,
      `2. Delta, Dora MRN: ${cases.delta.patient.mrn}`,
      'Outcome: Rolled over (deferred or not reached); moved to Bone metastasis board',
    ])
      expect(text).toContain(expected);
    // Charlie's decision was made at the next meeting: it is not in these minutes.
    expect(text).not.toContain('20 Gy in 5 fractions');
  });

  it('prints a quorum that was not met with the missing disciplines', async () => {
    const text = await pdfText((await download(coordinator, `/api/meetings/${meetingB.id}/minutes.pdf`)).bytes);
    expect(text).toContain(
      'Quorum: NOT met. Missing: Radiology, Radiation oncology, Surgical / orthopaedic oncology, Medical oncology',
    );
    expect(text).toContain('Attendees (0) No attendance recorded.');
    expect(text).toContain('Conventional EBRT 20 Gy in 5 fractions to T12');
    expect(text).toContain('Carried over from: Bone metastasis board');
  });

  it('audits every export (JSON and PDF) with one row per patient', async () => {
    const { user, client } = await signInAs(t, ['clinician']);
    await minutesOf(meetingA.id, client);
    expect((await download(client, `/api/meetings/${meetingA.id}/minutes.pdf`)).status).toBe(200);
    const rows = await t.dataSource.manager.findBy(AuditEvent, { action: 'meeting.minutes_export', userId: user.id });
    const patients = Object.values(cases).map((c) => c.patient.id);
    for (const format of ['json', 'pdf']) {
      const ofFormat = rows.filter((r) => r.detail?.format === format);
      expect(ofFormat.map((r) => r.patientId).sort()).toEqual([...patients].sort());
      for (const r of ofFormat)
        expect(r).toMatchObject({ outcome: 'success', entityType: 'meeting', entityId: meetingA.id });
    }
  });

  it('is for the board’s clinical staff only: a referrer is refused, an unknown meeting is 404', async () => {
    const referrer = await signInAs(t, ['referrer']);
    expect((await referrer.client.get(`/api/meetings/${meetingA.id}/minutes`)).status).toBe(403);
    expect((await download(referrer.client, `/api/meetings/${meetingA.id}/minutes.pdf`)).status).toBe(403);
    expect((await t.http.get(`/api/meetings/${meetingA.id}/minutes`)).status).toBe(401);
    const missing = await coordinator.get<Problem>('/api/meetings/4f1c2b9e-4a57-4d38-9a4c-2f3f9d9b1a11/minutes');
    expect(missing.status).toBe(404);
    expect((await coordinator.get('/api/meetings/not-a-uuid/minutes.pdf')).status).toBe(400);
  });
});
