import type { Assessment, CaseReadinessCode, ImagingSummary, Problem } from '@tumor-board/shared';
import { AuditEvent } from '../../server/src/modules/audit/audit-event.entity.js';
import { Assessment as AssessmentRow } from '../../server/src/modules/assessments/assessment.entity.js';
import { ImagingSummary as ImagingRow } from '../../server/src/modules/imaging/imaging-summary.entity.js';
import { Lesion as LesionRow } from '../../server/src/modules/lesions/lesion.entity.js';
import {
  PROXIMAL_FEMUR_LESION,
  T12_LESION,
  addAssessment,
  addImaging,
  addLesion,
  createCase,
  daysAgo,
  getCase,
  today,
  transition,
  type LesionView,
} from '../factories/clinical.js';
import { signInAs } from '../factories/users.js';
import type { HttpClient } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('lesions, assessments and imaging', () => {
  let t: TestApp;
  let clinician: HttpClient;
  let radiologist: HttpClient;
  let radiologistId: string;
  let caseId: string;
  let patientId: string;
  beforeAll(async () => {
    t = await startTestApp();
    clinician = (await signInAs(t, ['clinician'])).client;
    ({
      client: radiologist,
      user: { id: radiologistId },
    } = await signInAs(t, ['radiologist']));
    const created = await createCase(clinician, { primaryCancer: 'breast' });
    caseId = created.case.id;
    patientId = created.patient!.id;
  });
  afterAll(() => t.close());

  it('requires authentication', async () => {
    expect((await t.http.get(`/api/cases/${caseId}/lesions`)).status).toBe(401);
    expect((await t.http.get(`/api/cases/${caseId}/assessments`)).status).toBe(401);
    expect((await t.http.get(`/api/cases/${caseId}/imaging`)).status).toBe(401);
    expect((await t.http.post(`/api/cases/${caseId}/lesions`, T12_LESION)).status).toBe(401);
  });

  describe('lesion scores, computed on the server', () => {
    it('scores SINS for a T12 lytic lesion with mechanical pain: 13, unstable, junctional', async () => {
      const lesion = await addLesion(clinician, caseId, T12_LESION);
      expect(lesion.scores.sins.status).toBe('complete');
      // By hand from Fisher 2010: junctional 3 + mechanical 3 + lytic 2 + de novo deformity 2
      // + collapse < 50 % 2 + unilateral posterolateral 1 = 13 (unstable is 13–18).
      expect(lesion.scores.sins).toMatchObject({
        result: { total: 13, category: 'unstable', level: 'T12', derivedLocation: 'junctional' },
      });
      const sins = lesion.scores.sins as { result: { components: { name: string; points: number }[] } };
      expect(sins.result.components.map((c) => [c.name, c.points])).toEqual([
        ['location', 3],
        ['pain', 3],
        ['lesion', 2],
        ['alignment', 2],
        ['collapse', 2],
        ['posterolateral', 1],
      ]);
      expect(lesion.scores.bilsky).toMatchObject({ status: 'complete', result: { grade: '1b' } });
      expect(lesion.scores.mirels.status).toBe('not_applicable');
      const stored = await t.dataSource.manager.findOneByOrFail(LesionRow, { id: lesion.id });
      expect(stored.scores).toEqual(lesion.scores);
    });

    it('never takes scores from the client', async () => {
      const res = await clinician.post<Problem>(`/api/cases/${caseId}/lesions`, {
        ...T12_LESION,
        scores: { sins: { status: 'complete', result: { total: 0 } } },
      });
      expect(res.status).toBe(400);
      expect(res.body.errors?.map((e) => e.path)).toEqual(['body.scores']);
    });

    it('lists the missing SINS components of an incomplete lesion and gives no total, until they are added', async () => {
      const lesion = await addLesion(clinician, caseId, {
        site: { region: 'spine', level: 'L1' },
        laterality: 'midline',
        sinsInput: { pain: 'mechanical' },
      });
      expect(lesion.scores.sins).toEqual({
        status: 'incomplete',
        missing: ['lesion', 'alignment', 'collapse', 'posterolateral'],
      });
      const res = await clinician.patch<LesionView>(`/api/cases/${caseId}/lesions/${lesion.id}`, {
        version: 1,
        type: 'blastic',
        sinsInput: { pain: 'mechanical', alignment: 'normal', collapse: 'none', posterolateral: 'none' },
      });
      expect(res.status).toBe(200);
      // junctional (L1) 3 + mechanical 3 + blastic 0 + normal 0 + none 0 + none 0 = 6, stable.
      expect(res.body.scores.sins).toMatchObject({ status: 'complete', result: { total: 6, category: 'stable' } });
      expect(res.body.version).toBe(2);
    });

    it('scores Mirels for a proximal femur lesion with the peritrochanteric site: 9, high', async () => {
      const lesion = await addLesion(clinician, caseId, PROXIMAL_FEMUR_LESION);
      // peritrochanteric 3 + moderate pain 2 + mixed 2 + one to two thirds 2 = 9 (plain lower limb would give 8).
      expect(lesion.scores.mirels).toMatchObject({ status: 'complete', result: { total: 9, category: 'high' } });
      const mirels = lesion.scores.mirels as { result: { components: { name: string; value: string }[] } };
      expect(mirels.result.components[0]).toMatchObject({ name: 'site', value: 'peritrochanteric', points: 3 });
      expect(lesion.scores.sins.status).toBe('not_applicable');
    });

    it('refuses to move a lesion holding SINS inputs to a long bone (422 body.sinsInput) and changes nothing', async () => {
      const lesion = await addLesion(clinician, caseId, { ...T12_LESION, bilskyGrade: null });
      const res = await clinician.patch<Problem>(`/api/cases/${caseId}/lesions/${lesion.id}`, {
        version: 1,
        site: { region: 'femur', segment: 'shaft' },
        laterality: 'right',
      });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([
        { path: 'body.sinsInput', message: 'applies only to a vertebral level (site region "spine")' },
      ]);
      const stored = await t.dataSource.manager.findOneByOrFail(LesionRow, { id: lesion.id });
      expect(stored).toMatchObject({ site: T12_LESION.site, laterality: 'midline', version: 1 });
      expect(stored.scores).toEqual(lesion.scores);
    });

    it('refuses SINS inputs on a femur at create with a 400, and writes nothing', async () => {
      const before = await t.dataSource.manager.count(LesionRow);
      const res = await clinician.post<Problem>(`/api/cases/${caseId}/lesions`, {
        ...PROXIMAL_FEMUR_LESION,
        sinsInput: { pain: 'mechanical' },
      });
      expect(res.status).toBe(400);
      expect(res.body.errors?.map((e) => e.path)).toEqual(['body.sinsInput']);
      expect(await t.dataSource.manager.count(LesionRow)).toBe(before);
    });
  });

  describe('assessments', () => {
    it('stores ECOG and Karnofsky as given, never converting one into the other', async () => {
      const { case: c } = await createCase(clinician, { primaryCancer: 'lung' });
      await addLesion(clinician, c.id, T12_LESION);
      const nomsMissing = async () =>
        (
          (await clinician.get<{ items: LesionView[] }>(`/api/cases/${c.id}/lesions`)).body.items[0]!.scores.noms as {
            missing: string[];
          }
        ).missing;
      const kpsOnly = await addAssessment(clinician, c.id, { assessedOn: daysAgo(1), ecog: undefined, karnofsky: 60 });
      expect(kpsOnly).toMatchObject({ ecog: null, karnofsky: 60 });
      // NOMS reads ECOG; a Karnofsky alone must not be turned into one.
      expect(await nomsMissing()).toContain('ecog');
      const both = await addAssessment(clinician, c.id, { ecog: 3, karnofsky: 70 });
      expect(both).toMatchObject({ ecog: 3, karnofsky: 70 });
      expect(await nomsMissing()).not.toContain('ecog');
      const rows = await t.dataSource.manager.find(AssessmentRow, {
        where: { caseId: c.id },
        order: { assessedOn: 'ASC' },
      });
      expect(rows.map((r) => [r.ecog, r.karnofsky])).toEqual([
        [null, 60],
        [3, 70],
      ]);
    });

    it('refuses an assessment that records only its date', async () => {
      const before = await t.dataSource.manager.count(AssessmentRow);
      const res = await clinician.post<Problem>(`/api/cases/${caseId}/assessments`, { assessedOn: today() });
      expect(res.status).toBe(400);
      expect(res.body.errors?.map((e) => e.path)).toEqual(['body']);
      expect(res.body.errors?.[0]?.message).toMatch(/^records nothing: give at least one of ecog, karnofsky/);
      expect(await t.dataSource.manager.count(AssessmentRow)).toBe(before);
    });

    it('refuses an update that would leave an assessment recording nothing (422)', async () => {
      const a = await clinician.post<Assessment>(`/api/cases/${caseId}/assessments`, {
        assessedOn: today(),
        painNrs: 3,
      });
      const res = await clinician.patch<Problem>(`/api/cases/${caseId}/assessments/${a.body.id}`, {
        version: 1,
        painNrs: null,
      });
      expect(res.status).toBe(422);
      expect(res.body.errors?.[0]?.path).toBe('body');
      expect(await t.dataSource.manager.findOneByOrFail(AssessmentRow, { id: a.body.id })).toMatchObject({
        painNrs: 3,
        version: 1,
      });
    });
  });

  it('turns each readiness item from unmet to met as the work-up is recorded', async () => {
    const { case: c } = await createCase(clinician);
    const met = async () =>
      Object.fromEntries((await getCase(clinician, c.id)).readiness.items.map((i) => [i.code, i.met])) as Record<
        CaseReadinessCode,
        boolean
      >;
    expect(await met()).toEqual({
      primary_cancer: false,
      clinical_question: false,
      performance_status: false,
      pain_score: false,
      recent_imaging: false,
      sins_for_spinal_lesions: true,
      mirels_for_long_bone_lesions: true,
      neurology_for_spinal_lesions: true,
    });
    const spine = await addLesion(clinician, c.id, { ...T12_LESION, sinsInput: { pain: 'mechanical' } });
    const femur = await addLesion(clinician, c.id, { ...PROXIMAL_FEMUR_LESION, mirelsInput: null });
    expect(await met()).toMatchObject({
      sins_for_spinal_lesions: false,
      mirels_for_long_bone_lesions: false,
      neurology_for_spinal_lesions: false,
    });

    await addAssessment(clinician, c.id, { assessedOn: daysAgo(31), ecog: 2, painNrs: null, neurology: null });
    expect(await met()).toMatchObject({ performance_status: false, pain_score: false });
    await addAssessment(clinician, c.id, { assessedOn: daysAgo(30), ecog: 1, painNrs: 5, neurology: null });
    expect(await met()).toMatchObject({
      performance_status: true,
      pain_score: true,
      neurology_for_spinal_lesions: false,
    });
    await addAssessment(clinician, c.id, { assessedOn: today(), ecog: null, painNrs: 4, neurology: 'radiculopathy' });
    expect(await met()).toMatchObject({
      performance_status: true,
      pain_score: true,
      neurology_for_spinal_lesions: true,
    });

    await addImaging(radiologist, c.id, { performedOn: daysAgo(61) });
    expect((await met()).recent_imaging).toBe(false);
    await addImaging(radiologist, c.id, { performedOn: daysAgo(60) });
    expect((await met()).recent_imaging).toBe(true);

    await clinician.patch(`/api/cases/${c.id}/lesions/${spine.id}`, { version: 1, sinsInput: T12_LESION.sinsInput });
    expect((await met()).sins_for_spinal_lesions).toBe(true);
    await clinician.patch(`/api/cases/${c.id}/lesions/${femur.id}`, {
      version: 1,
      mirelsInput: PROXIMAL_FEMUR_LESION.mirelsInput,
    });
    expect((await met()).mirels_for_long_bone_lesions).toBe(true);

    await clinician.patch(`/api/cases/${c.id}`, {
      version: 1,
      primaryCancer: 'kidney',
      clinicalQuestion: 'SBRT or surgery?',
    });
    expect(Object.values(await met()).every(Boolean)).toBe(true);
    await transition(clinician, c.id, 'submitted');
    expect((await transition(clinician, c.id, 'ready')).case.status).toBe('ready');
  });

  describe('imaging summaries', () => {
    it('are written only by radiologists and interventional radiologists, and read by everyone on the case', async () => {
      const denied = await clinician.post(`/api/cases/${caseId}/imaging`, {
        modality: 'ct',
        performedOn: today(),
        region: 'pelvis',
        impression: 'x',
      });
      expect(denied.status).toBe(403);
      const own = await addImaging(radiologist, caseId, { modality: 'ct' });
      expect(own.authorId).toBe(radiologistId);
      const ir = await signInAs(t, ['interventional_radiologist']);
      const byIr = await addImaging(ir.client, caseId, { modality: 'pet_ct' });
      expect(byIr.authorId).toBe(ir.user.id);
      for (const roles of [['clinician'], ['surgeon'], ['chair'], ['coordinator']] as const) {
        const reader = await signInAs(t, [...roles]);
        const res = await reader.client.get<{ items: ImagingSummary[] }>(`/api/cases/${caseId}/imaging`);
        expect(res.status).toBe(200);
        expect(res.body.items.map((i) => i.id)).toEqual(expect.arrayContaining([own.id, byIr.id]));
      }
    });

    it('may link only lesions of their own case (422 body.lesionIds.0) and write nothing otherwise', async () => {
      const other = await createCase(clinician);
      const foreign = await addLesion(clinician, other.case.id, T12_LESION);
      const before = await t.dataSource.manager.count(ImagingRow);
      const res = await radiologist.post<Problem>(`/api/cases/${caseId}/imaging`, {
        modality: 'mri',
        performedOn: today(),
        region: 'spine',
        impression: 'x',
        lesionIds: [foreign.id],
      });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([{ path: 'body.lesionIds.0', message: 'is not a lesion of this case' }]);
      expect(await t.dataSource.manager.count(ImagingRow)).toBe(before);
    });

    it('are deleted only with the current version: stale → 409, current → 204 (audited)', async () => {
      const summary = await addImaging(radiologist, caseId);
      const edited = await radiologist.patch<ImagingSummary>(`/api/cases/${caseId}/imaging/${summary.id}`, {
        version: 1,
        impression: 'Revised: pathological fracture of T12.',
      });
      expect(edited.body.version).toBe(2);
      const stale = await radiologist.delete<Problem & { current: ImagingSummary }>(
        `/api/cases/${caseId}/imaging/${summary.id}?version=1`,
      );
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ id: summary.id, version: 2 });
      expect(await t.dataSource.manager.countBy(ImagingRow, { id: summary.id })).toBe(1);
      const ok = await radiologist.delete(`/api/cases/${caseId}/imaging/${summary.id}?version=2`);
      expect(ok.status).toBe(204);
      expect(await t.dataSource.manager.countBy(ImagingRow, { id: summary.id })).toBe(0);
      const audit = await t.dataSource.manager.findOneByOrFail(AuditEvent, {
        action: 'imaging_summary.delete',
        entityId: summary.id,
      });
      expect(audit).toMatchObject({ outcome: 'success', userId: radiologistId, patientId });
    });
  });
});
