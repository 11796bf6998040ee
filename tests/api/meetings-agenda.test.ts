import type { CaseHistory, CaseReadiness, MeetingDetail, Problem } from '@tumor-board/shared';
import { AuditEvent } from '../../server/src/modules/audit/audit-event.entity.js';
import { createCase, getCase } from '../factories/clinical.js';
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
import { createUser, signIn, signInAs, type TestUser } from '../factories/users.js';
import type { HttpClient } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SOME_ID = '4f1c2b9e-4a57-4d38-9a4c-2f3f9d9b1a11';

describe('the agenda of a meeting', () => {
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

  const readyCase = async (urgency: 'routine' | 'urgent' | 'emergency' = 'routine') =>
    (await createReadyCase(t, coordinator, { radiologist, case: { urgency } })).case;
  const agendaAudit = (meetingId: string) =>
    t.dataSource.manager.find(AuditEvent, { where: { entityId: meetingId }, order: { id: 'ASC' } });

  it('requires authentication', async () => {
    expect((await t.http.post(`/api/meetings/${SOME_ID}/agenda`, { caseId: SOME_ID })).status).toBe(401);
    expect((await t.http.put(`/api/meetings/${SOME_ID}/agenda/order`, { version: 1, itemIds: [] })).status).toBe(401);
    expect((await t.http.post(`/api/meetings/${SOME_ID}/attendance`, { mode: 'in_person' })).status).toBe(401);
  });

  it('puts a ready case on the agenda, and the case becomes scheduled', async () => {
    const meeting = await createAdHocMeeting(coordinator);
    const boardCase = await readyCase();
    const detail = await addToAgenda(coordinator, meeting.id, { caseId: boardCase.id });
    expect(detail.agenda).toEqual([
      expect.objectContaining({ caseId: boardCase.id, position: 1, minutes: 10, outcome: 'pending' }),
    ]);
    expect(detail.version).toBe(meeting.version + 1);
    expect((await getCase(coordinator, boardCase.id)).case.status).toBe('scheduled');
    const audit = await agendaAudit(meeting.id);
    expect(audit.map((a) => [a.action, a.patientId])).toEqual([
      ['meeting.create_ad_hoc', null],
      ['agenda.add', boardCase.patientId],
    ]);
    // One agenda at a time.
    const other = await createAdHocMeeting(coordinator);
    const again = await coordinator.post<Problem>(`/api/meetings/${other.id}/agenda`, { caseId: boardCase.id });
    expect(again.status).toBe(409);
  });

  it('refuses an incomplete case with 422 listing what is missing, and writes nothing', async () => {
    const meeting = await createAdHocMeeting(coordinator);
    const { case: incomplete } = await createCase(coordinator, {
      primaryCancer: 'prostate',
      clinicalQuestion: 'Radiotherapy for painful rib lesions?',
    });
    const res = await coordinator.post<Problem & { readiness: CaseReadiness }>(`/api/meetings/${meeting.id}/agenda`, {
      caseId: incomplete.id,
    });
    expect(res.status).toBe(422);
    expect(res.body.errors?.map((e) => e.path)).toEqual([
      'case.status',
      'readiness.performance_status',
      'readiness.pain_score',
      'readiness.recent_imaging',
    ]);
    expect(res.body.readiness.ready).toBe(false);
    const after = await getMeeting(coordinator, meeting.id);
    expect(after).toMatchObject({ agenda: [], version: meeting.version });
    expect((await getCase(coordinator, incomplete.id)).case.status).toBe('draft');
    expect((await agendaAudit(meeting.id)).map((a) => a.action)).not.toContain('agenda.add');
  });

  it('lets the chair override readiness with a reason, audited; a coordinator may not', async () => {
    const meeting = await createAdHocMeeting(coordinator, { title: 'Cord compression board' });
    const { case: urgent } = await createCase(coordinator, { urgency: 'emergency', primaryCancer: 'lung' });
    const overrideReason = 'Suspected cord compression: imaging is being reported now.';

    const byCoordinator = await coordinator.post<Problem>(`/api/meetings/${meeting.id}/agenda`, {
      caseId: urgent.id,
      overrideReason,
    });
    expect(byCoordinator.status).toBe(403);
    expect((await getMeeting(coordinator, meeting.id)).agenda).toEqual([]);

    const byChair = await addToAgenda(chair.client, meeting.id, { caseId: urgent.id, overrideReason });
    expect(itemOf(byChair, urgent.id).overrideReason).toBe(overrideReason);
    expect((await getCase(coordinator, urgent.id)).case.status).toBe('scheduled');
    const history = await coordinator.get<CaseHistory>(`/api/cases/${urgent.id}/history`);
    expect(history.body.items.at(-1)).toMatchObject({
      fromStatus: 'draft',
      toStatus: 'scheduled',
      reason: expect.stringContaining(overrideReason) as string,
      by: { id: chair.user.id },
    });
    const [audit] = await t.dataSource.manager.findBy(AuditEvent, {
      action: 'agenda.add_override',
      entityId: meeting.id,
    });
    expect(audit).toMatchObject({ userId: chair.user.id, outcome: 'success', patientId: urgent.patientId });
    expect(audit!.detail).toMatchObject({ caseId: urgent.id, readinessOverridden: true });
    expect(audit!.detail?.unmet).toEqual(
      expect.arrayContaining(['clinical_question', 'performance_status', 'recent_imaging']),
    );
  });

  it('sorts emergency and urgent cases first, and reorders only with the current meeting version', async () => {
    const meeting = await createAdHocMeeting(coordinator);
    const routine = await readyCase('routine');
    const urgent = await readyCase('urgent');
    const emergency = await readyCase('emergency');
    await addToAgenda(coordinator, meeting.id, { caseId: routine.id });
    await addToAgenda(coordinator, meeting.id, { caseId: urgent.id });
    const sorted = await addToAgenda(coordinator, meeting.id, { caseId: emergency.id });
    expect(sorted.agenda.map((a) => [a.case.urgency, a.position])).toEqual([
      ['emergency', 1],
      ['urgent', 2],
      ['routine', 3],
    ]);

    const reversed = [...sorted.agenda].reverse().map((a) => a.id);
    const reordered = await coordinator.put<MeetingDetail>(`/api/meetings/${meeting.id}/agenda/order`, {
      version: sorted.version,
      itemIds: reversed,
    });
    expect(reordered.status).toBe(200);
    expect(reordered.body.agenda.map((a) => a.id)).toEqual(reversed);
    expect(reordered.body.version).toBe(sorted.version + 1);

    const stale = await coordinator.put<Problem & { current: MeetingDetail }>(
      `/api/meetings/${meeting.id}/agenda/order`,
      { version: sorted.version, itemIds: sorted.agenda.map((a) => a.id) },
    );
    expect(stale.status).toBe(409);
    expect(stale.body.current.agenda.map((a) => a.id)).toEqual(reversed);

    const missing = await coordinator.put<Problem>(`/api/meetings/${meeting.id}/agenda/order`, {
      version: reordered.body.version,
      itemIds: reversed.slice(0, 2),
    });
    expect(missing.status).toBe(422);
    expect(missing.body.errors?.map((e) => e.path)).toEqual(['body.itemIds']);
    expect((await getMeeting(coordinator, meeting.id)).agenda.map((a) => a.id)).toEqual(reversed);
  });

  it('weighs planned minutes against the meeting length, and cases against the capacity', async () => {
    const meeting = await createAdHocMeeting(coordinator, {
      durationMinutes: 30,
      capacity: 1,
      defaultMinutesPerCase: 20,
    });
    const first = await addToAgenda(coordinator, meeting.id, { caseId: (await readyCase()).id });
    expect(first).toMatchObject({ plannedMinutes: 20, meetingMinutes: 30, overTime: false, overCapacity: false });
    const second = await addToAgenda(coordinator, meeting.id, { caseId: (await readyCase()).id, minutes: 15 });
    expect(second).toMatchObject({ plannedMinutes: 35, overTime: true, caseCount: 2, overCapacity: true });

    const item = second.agenda[1]!;
    const shorter = await coordinator.patch<MeetingDetail>(`/api/meetings/${meeting.id}/agenda/${item.id}`, {
      version: item.version,
      minutes: 5,
    });
    expect(shorter.status).toBe(200);
    expect(shorter.body).toMatchObject({ plannedMinutes: 25, overTime: false });
    const stale = await coordinator.patch(`/api/meetings/${meeting.id}/agenda/${item.id}`, {
      version: item.version,
      minutes: 50,
    });
    expect(stale.status).toBe(409);
  });

  it('takes a case off the agenda: it returns to ready and the rest close up', async () => {
    const meeting = await createAdHocMeeting(coordinator);
    const [a, b, c] = [await readyCase(), await readyCase(), await readyCase()];
    for (const boardCase of [a, b, c]) await addToAgenda(coordinator, meeting.id, { caseId: boardCase.id });
    const full = await getMeeting(coordinator, meeting.id);

    const res = await coordinator.delete<MeetingDetail>(`/api/meetings/${meeting.id}/agenda/${itemOf(full, b.id).id}`);
    expect(res.status).toBe(200);
    expect(res.body.agenda.map((i) => [i.caseId, i.position])).toEqual([
      [a.id, 1],
      [c.id, 2],
    ]);
    expect((await getCase(coordinator, b.id)).case.status).toBe('ready');
    // Back to ready, it can go on another agenda.
    await addToAgenda(coordinator, (await createAdHocMeeting(coordinator)).id, { caseId: b.id });
  });

  it('checks people in, in person or virtually; a coordinator records others, a clinician may not', async () => {
    const meeting = await createAdHocMeeting(coordinator);
    const clinician = await signInAs(t, ['clinician']);
    const surgeon = await createUser(t.dataSource, { roles: ['surgeon'], discipline: 'surgical_oncology' });
    const url = `/api/meetings/${meeting.id}/attendance`;

    const self = await clinician.client.post<MeetingDetail>(url, { mode: 'virtual' });
    expect(self.status).toBe(201);
    expect(self.body.attendees).toEqual([
      expect.objectContaining({ user: { id: clinician.user.id, name: clinician.user.name }, mode: 'virtual' }),
    ]);
    const recorded = await coordinator.post<MeetingDetail>(url, { mode: 'in_person', userId: surgeon.id });
    expect(recorded.status).toBe(201);
    expect(recorded.body.attendees.find((a) => a.user.id === surgeon.id)).toMatchObject({
      mode: 'in_person',
      discipline: 'surgical_oncology',
    });

    const forbidden = await clinician.client.post<Problem>(url, { mode: 'in_person', userId: chair.user.id });
    expect(forbidden.status).toBe(403);
    const removeOther = await clinician.client.delete(`${url}/${surgeon.id}`);
    expect(removeOther.status).toBe(403);
    const attendees = (await getMeeting(coordinator, meeting.id)).attendees.map((a) => a.user.id);
    expect(attendees.sort()).toEqual([clinician.user.id, surgeon.id].sort());
  });

  it('is quorate once every required discipline has someone checked in', async () => {
    const meeting = await createAdHocMeeting(coordinator, {
      requiredDisciplines: ['radiology', 'radiation_oncology', 'surgical_oncology'],
    });
    expect(meeting.quorum).toEqual({
      met: false,
      required: ['radiology', 'radiation_oncology', 'surgical_oncology'],
      missing: ['radiology', 'radiation_oncology', 'surgical_oncology'],
    });
    const person = async (roles: TestUser['roles'], discipline: Parameters<typeof createUser>[1]['discipline']) => {
      const user = await createUser(t.dataSource, { roles, discipline });
      return { user, client: await signIn(t, user) };
    };
    const url = `/api/meetings/${meeting.id}/attendance`;

    const radiology = await person(['radiologist'], 'radiology');
    expect((await radiology.client.post<MeetingDetail>(url, { mode: 'in_person' })).body.quorum).toMatchObject({
      met: false,
      missing: ['radiation_oncology', 'surgical_oncology'],
    });
    const nurse = await person(['clinician'], 'nursing');
    expect((await nurse.client.post<MeetingDetail>(url, { mode: 'in_person' })).body.quorum.met).toBe(false);
    const radOnc = await person(['radiation_oncologist'], 'radiation_oncology');
    await radOnc.client.post(url, { mode: 'virtual' });
    const surgeon = await person(['surgeon'], 'surgical_oncology');
    const full = await surgeon.client.post<MeetingDetail>(url, { mode: 'virtual' });
    expect(full.body.quorum).toMatchObject({ met: true, missing: [] });

    // Checking out again takes the discipline away.
    const left = await surgeon.client.delete<MeetingDetail>(`${url}/${surgeon.user.id}`);
    expect(left.body.quorum).toMatchObject({ met: false, missing: ['surgical_oncology'] });
  });

  it('rolls the cases not discussed over to the next meeting of the series, keeping their history', async () => {
    const series = await createSeries(coordinator, { name: 'Roll-over board' });
    const [thisWeek, nextWeek] = await seriesMeetings(coordinator, series.id, 40);
    const [discussed, deferred, untouched] = [await readyCase(), await readyCase(), await readyCase()];
    for (const boardCase of [discussed, deferred, untouched])
      await addToAgenda(coordinator, thisWeek!.id, { caseId: boardCase.id });
    const before = await getMeeting(coordinator, thisWeek!.id);

    await drive(chair.client, thisWeek!.id, 'start');
    await drive(chair.client, thisWeek!.id, 'mark_discussed', itemOf(before, discussed.id).id);
    await drive(chair.client, thisWeek!.id, 'mark_deferred', itemOf(before, deferred.id).id);
    const ended = await drive(chair.client, thisWeek!.id, 'end');
    expect(ended).toMatchObject({ status: 'ended', currentItemId: null });

    const old = await getMeeting(coordinator, thisWeek!.id);
    expect(old.agenda.map((i) => [i.caseId, i.outcome])).toEqual([
      [discussed.id, 'discussed'],
      [deferred.id, 'rolled_over'],
      [untouched.id, 'rolled_over'],
    ]);
    const next = await getMeeting(coordinator, nextWeek!.id);
    expect(next.agenda.map((i) => [i.caseId, i.outcome, i.rolledFromId])).toEqual([
      [deferred.id, 'pending', itemOf(before, deferred.id).id],
      [untouched.id, 'pending', itemOf(before, untouched.id).id],
    ]);
    expect((await getCase(coordinator, discussed.id)).case.status).toBe('discussed');
    expect((await getCase(coordinator, deferred.id)).case.status).toBe('scheduled');
    const history = await coordinator.get<CaseHistory>(`/api/cases/${discussed.id}/history`);
    expect(history.body.items.map((e) => e.toStatus)).toEqual([
      'draft',
      'submitted',
      'ready',
      'scheduled',
      'discussed',
    ]);
    const [endAudit] = await t.dataSource.manager.findBy(AuditEvent, {
      action: 'meeting.live.end',
      entityId: thisWeek!.id,
    });
    expect(endAudit?.detail).toMatchObject({ rolledOver: 2 });
  });
});
