import type { Problem, Recommendation, RecommendationList } from '@tumor-board/shared';
import { AuditEvent } from '../../server/src/modules/audit/audit-event.entity.js';
import { Recommendation as RecommendationRow } from '../../server/src/modules/recommendations/recommendation.entity.js';
import { addAssessment, createCase, daysAgo, today } from '../factories/clinical.js';
import {
  codesOf,
  createRecommendation,
  painCareItem,
  radiotherapyItem,
  radium223Item,
  stabilisationItem,
  zoledronicAcidItem,
} from '../factories/decisions.js';
import { signInAs, type TestUser } from '../factories/users.js';
import type { HttpClient } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

type Conflict = Problem & { current: Recommendation };

const UNKNOWN_CASE = '4f1c2b9e-4a57-4d38-9a4c-2f3f9d9b1a11';
/** Every prompt a zoledronic acid item gets from its renal band (the rest do not depend on CrCl). */
const RENAL_CODES = [
  'zoledronic_acid_crcl_below_30',
  'zoledronic_acid_renal_dose_reduced',
  'zoledronic_acid_crcl_missing',
];
/** Radium-223 always reminds the board about abiraterone; eligibility prompts are the others. */
const eligibility = (codes: string[]) => codes.filter((c) => c !== 'radium_223_abiraterone_prednisone');

// The api project's testTimeout (jest.config.js) is not applied by jest 30 inside `projects`;
// app start-up and argon2 sign-ins under a loaded machine need more than the default 5 s.

describe('discipline recommendations', () => {
  let t: TestApp;
  let clinician: HttpClient;
  let radOnc: { user: TestUser; client: HttpClient };
  let surgeon: HttpClient;
  let medOnc: HttpClient;
  let referrer: { user: TestUser; client: HttpClient };
  beforeAll(async () => {
    t = await startTestApp();
    clinician = (await signInAs(t, ['clinician'])).client;
    radOnc = await signInAs(t, ['radiation_oncologist']);
    surgeon = (await signInAs(t, ['surgeon'])).client;
    medOnc = (await signInAs(t, ['medical_oncologist'])).client;
    referrer = await signInAs(t, ['referrer']);
  });
  afterAll(() => t.close());

  const newCase = async (primaryCancer: 'breast' | 'prostate' = 'breast') =>
    (await createCase(clinician, { primaryCancer, referringOncologistId: referrer.user.id })).case;
  const rowsFor = (caseId: string) => t.dataSource.manager.countBy(RecommendationRow, { caseId });

  it('requires authentication', async () => {
    expect((await t.http.get(`/api/cases/${UNKNOWN_CASE}/recommendations`)).status).toBe(401);
    const post = await t.http.post(`/api/cases/${UNKNOWN_CASE}/recommendations`, {
      discipline: 'radiation_oncology',
      items: [],
    });
    expect(post.status).toBe(401);
  });

  it('lets each discipline write only its own opinion, and audits the refusal', async () => {
    const boardCase = await newCase();
    const res = await radOnc.client.post<Recommendation>(`/api/cases/${boardCase.id}/recommendations`, {
      discipline: 'radiation_oncology',
      summary: 'Single fraction for pain.',
      items: [radiotherapyItem()],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      caseId: boardCase.id,
      discipline: 'radiation_oncology',
      status: 'draft',
      author: { id: radOnc.user.id },
      version: 1,
    });
    expect(res.body.items[0]!.description).toBe('Conventional EBRT 8 Gy in 1 fraction to T12');

    const wrongDiscipline = await radOnc.client.post<Problem>(`/api/cases/${boardCase.id}/recommendations`, {
      discipline: 'surgical_oncology',
      items: [stabilisationItem()],
    });
    expect(wrongDiscipline.status).toBe(403);
    expect(wrongDiscipline.body.detail).toMatch(/surgeons write the surgical oncology recommendation/);
    const denial = await t.dataSource.manager.findOneByOrFail(AuditEvent, {
      userId: radOnc.user.id,
      action: 'recommendation.write',
      outcome: 'denied',
    });
    expect(denial).toMatchObject({
      entityId: boardCase.id,
      detail: { reason: 'discipline', discipline: 'surgical_oncology' },
    });

    // A surgeon may not edit the radiation oncologist's opinion either.
    const foreignEdit = await surgeon.patch(`/api/cases/${boardCase.id}/recommendations/${res.body.id}`, {
      version: 1,
      summary: 'Overwritten by surgery',
    });
    expect(foreignEdit.status).toBe(403);

    // A clinician holds no discipline role: the route itself refuses.
    const { user: clinicianUser, client: anotherClinician } = await signInAs(t, ['clinician']);
    const byRoute = await anotherClinician.post(`/api/cases/${boardCase.id}/recommendations`, {
      discipline: 'radiation_oncology',
      items: [],
    });
    expect(byRoute.status).toBe(403);
    const routeDenials = await t.dataSource.manager.findBy(AuditEvent, {
      userId: clinicianUser.id,
      action: 'access.denied',
    });
    expect(routeDenials.map((d) => d.detail?.reason)).toEqual(['role']);

    expect(await rowsFor(boardCase.id)).toBe(1);
    const stored = await t.dataSource.manager.findOneByOrFail(RecommendationRow, { id: res.body.id });
    expect(stored).toMatchObject({ summary: 'Single fraction for pain.', version: 1 });
  });

  it('is read by everyone on the case, but not by another referrer', async () => {
    const boardCase = await newCase();
    const created = await createRecommendation(surgeon, boardCase.id, {
      discipline: 'surgical_oncology',
      items: [stabilisationItem()],
    });
    const { client: chair } = await signInAs(t, ['chair']);
    const { client: coordinator } = await signInAs(t, ['coordinator']);
    for (const reader of [clinician, coordinator, chair, radOnc.client, medOnc, referrer.client]) {
      const res = await reader.get<RecommendationList>(`/api/cases/${boardCase.id}/recommendations`);
      expect(res.status).toBe(200);
      expect(res.body.items.map((r) => [r.id, r.items[0]!.description])).toEqual([
        [created.id, 'Stabilisation with intramedullary nail'],
      ]);
    }
    const { client: stranger } = await signInAs(t, ['referrer']);
    expect((await stranger.get(`/api/cases/${boardCase.id}/recommendations`)).status).toBe(404);
  });

  it('answers a second recommendation of the same discipline with 409 and the one that exists', async () => {
    const boardCase = await newCase();
    const first = await createRecommendation(medOnc, boardCase.id, {
      discipline: 'medical_oncology',
      items: [painCareItem()],
    });
    const again = await medOnc.post<Conflict>(`/api/cases/${boardCase.id}/recommendations`, {
      discipline: 'medical_oncology',
      items: [zoledronicAcidItem(70)],
    });
    expect(again.status).toBe(409);
    expect(again.body.current).toMatchObject({ id: first.id, discipline: 'medical_oncology', version: 1 });
    expect(again.body.current.items.map((i) => i.item.kind)).toEqual(['supportive_care']);
    expect(await rowsFor(boardCase.id)).toBe(1);
  });

  it('moves draft → proposed → withdrawn, refuses an illegal move naming body.status, and a stale version with 409', async () => {
    const boardCase = await newCase();
    const rec = await createRecommendation(radOnc.client, boardCase.id, {
      discipline: 'radiation_oncology',
      items: [radiotherapyItem()],
    });
    const url = `/api/cases/${boardCase.id}/recommendations/${rec.id}`;
    const proposed = await radOnc.client.patch<Recommendation>(url, { version: 1, status: 'proposed' });
    expect(proposed.status).toBe(200);
    expect(proposed.body).toMatchObject({ status: 'proposed', version: 2 });
    const withdrawn = await radOnc.client.patch<Recommendation>(url, { version: 2, status: 'withdrawn' });
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', version: 3 });

    const illegal = await radOnc.client.patch<Problem>(url, { version: 3, status: 'proposed' });
    expect(illegal.status).toBe(422);
    expect(illegal.body.errors).toEqual([{ path: 'body.status', message: 'must be one of: draft' }]);

    const stale = await radOnc.client.patch<Conflict>(url, { version: 2, summary: 'Written on an old copy' });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: rec.id, status: 'withdrawn', version: 3, summary: null });

    const stored = await t.dataSource.manager.findOneByOrFail(RecommendationRow, { id: rec.id });
    expect(stored).toMatchObject({ status: 'withdrawn', version: 3, summary: null });
  });

  it('doses zoledronic acid by every edge of the CrCl table, with a contraindication below 30', async () => {
    const boardCase = await newCase();
    const clearances = [29, 30, 39, 40, 49, 50, 60, 61];
    const rec = await createRecommendation(medOnc, boardCase.id, {
      discipline: 'medical_oncology',
      items: clearances.map((crcl) => zoledronicAcidItem(crcl)),
    });
    const seen = rec.items.map((i) => ({
      crcl: (i.item as { creatinineClearanceMlMin: number }).creatinineClearanceMlMin,
      description: i.description,
      renal: codesOf(i).filter((c) => RENAL_CODES.includes(c)),
      highest: i.warnings[0]!.severity,
    }));
    const reduced = (dose: string) => ({
      description: `Zoledronic acid ${dose} IV every 3–4 weeks`,
      renal: ['zoledronic_acid_renal_dose_reduced'],
      highest: 'info',
    });
    expect(seen).toEqual([
      {
        crcl: 29,
        description: 'Zoledronic acid — not recommended at creatinine clearance below 30 mL/min',
        renal: ['zoledronic_acid_crcl_below_30'],
        highest: 'contraindication',
      },
      { crcl: 30, ...reduced('3.0 mg') },
      { crcl: 39, ...reduced('3.0 mg') },
      { crcl: 40, ...reduced('3.3 mg') },
      { crcl: 49, ...reduced('3.3 mg') },
      { crcl: 50, ...reduced('3.5 mg') },
      { crcl: 60, ...reduced('3.5 mg') },
      { crcl: 61, description: 'Zoledronic acid 4.0 mg IV every 3–4 weeks', renal: [], highest: 'info' },
    ]);
    const below30 = rec.items[0]!.warnings[0]!;
    expect(below30).toMatchObject({ code: 'zoledronic_acid_crcl_below_30', severity: 'contraindication' });
    expect(below30.message).toContain('at creatinine clearance 29 mL/min');
  });

  it('takes CrCl from the case’s latest assessment when the item has none, and the item’s own value wins', async () => {
    const boardCase = await newCase();
    const url = `/api/cases/${boardCase.id}/recommendations`;
    const unknown = await createRecommendation(medOnc, boardCase.id, {
      discipline: 'medical_oncology',
      items: [zoledronicAcidItem(null)],
    });
    expect(unknown.items[0]!.description).toBe(
      'Zoledronic acid IV every 3–4 weeks, dose by creatinine clearance (not recorded)',
    );
    expect(codesOf(unknown.items[0]!)).toContain('zoledronic_acid_crcl_missing');

    await addAssessment(clinician, boardCase.id, { assessedOn: daysAgo(6), creatinineClearanceMlMin: 55 });
    const fromAssessment = await medOnc.patch<Recommendation>(`${url}/${unknown.id}`, {
      version: 1,
      items: [zoledronicAcidItem(null)],
    });
    expect(fromAssessment.body.items[0]!.description).toBe('Zoledronic acid 3.5 mg IV every 3–4 weeks');

    // A newer assessment (without CrCl) does not hide the last value; a newer CrCl replaces it.
    await addAssessment(clinician, boardCase.id, { assessedOn: daysAgo(3), painNrs: 6 });
    await addAssessment(clinician, boardCase.id, { assessedOn: today(), creatinineClearanceMlMin: 29 });
    const latest = await medOnc.patch<Recommendation>(`${url}/${unknown.id}`, {
      version: 2,
      items: [zoledronicAcidItem(null), zoledronicAcidItem(61)],
    });
    expect(latest.status).toBe(200);
    expect(latest.body.items.map((i) => [i.description, i.warnings[0]!.severity])).toEqual([
      ['Zoledronic acid — not recommended at creatinine clearance below 30 mL/min', 'contraindication'],
      ['Zoledronic acid 4.0 mg IV every 3–4 weeks', 'info'],
    ]);
  });

  it('never blocks saving or proposing an item with a contraindication', async () => {
    const boardCase = await newCase();
    const rec = await createRecommendation(medOnc, boardCase.id, {
      discipline: 'medical_oncology',
      items: [zoledronicAcidItem(12)],
    });
    expect(rec.items[0]!.warnings[0]!.severity).toBe('contraindication');
    const proposed = await medOnc.patch<Recommendation>(`/api/cases/${boardCase.id}/recommendations/${rec.id}`, {
      version: 1,
      status: 'proposed',
    });
    expect(proposed.status).toBe(200);
    expect(proposed.body.status).toBe('proposed');
    expect(proposed.body.items[0]!.warnings[0]!.code).toBe('zoledronic_acid_crcl_below_30');
  });

  it('checks radium-223 eligibility criterion by criterion for a prostate primary', async () => {
    const boardCase = await newCase('prostate');
    const rec = await createRecommendation(radOnc.client, boardCase.id, {
      discipline: 'radiation_oncology',
      items: [
        radium223Item(),
        radium223Item({ castrationResistantProstate: false }),
        radium223Item({ symptomaticBoneMetastases: false }),
        radium223Item({ knownVisceralMetastases: true }),
        radium223Item({ castrationResistantProstate: null, knownVisceralMetastases: null }),
      ],
    });
    expect(rec.items.map((i) => i.description)).toEqual(Array(5).fill('Radium-223'));
    expect(rec.items.map((i) => eligibility(codesOf(i)))).toEqual([
      [],
      ['radium_223_crpc_not_confirmed'],
      ['radium_223_symptomatic_bone_metastases_not_confirmed'],
      ['radium_223_visceral_metastases_not_excluded'],
      ['radium_223_crpc_not_confirmed', 'radium_223_visceral_metastases_not_excluded'],
    ]);
    expect(rec.items[1]!.warnings[0]!.message).toMatch(/^Castration-resistant prostate cancer: no\./);
    expect(rec.items[4]!.warnings[0]!.message).toMatch(/not recorded/);
  });

  it('warns that radium-223 is for prostate cancer when the case’s primary is breast', async () => {
    const boardCase = await newCase('breast');
    const rec = await createRecommendation(radOnc.client, boardCase.id, {
      discipline: 'radiation_oncology',
      items: [radium223Item()],
    });
    expect(eligibility(codesOf(rec.items[0]!))).toEqual(['radium_223_non_prostate_primary']);
    expect(rec.items[0]!.warnings[0]!.message).toMatch(/the case's primary is breast/);
  });

  it('refuses an unknown item kind or field with a 400 naming the path, and saves nothing', async () => {
    const boardCase = await newCase();
    const url = `/api/cases/${boardCase.id}/recommendations`;
    const kind = await radOnc.client.post<Problem>(url, {
      discipline: 'radiation_oncology',
      items: [radiotherapyItem(), { kind: 'acupuncture', rationale: '' }],
    });
    expect(kind.status).toBe(400);
    expect(kind.body.errors?.map((e) => e.path)).toEqual(['body.items.1.kind']);
    expect(kind.body.errors?.[0]?.message).toMatch(
      /^unknown value \(got a text value\); expected one of "radiotherapy"/,
    );
    const field = await radOnc.client.post<Problem>(url, {
      discipline: 'radiation_oncology',
      items: [radiotherapyItem({ colour: 'blue' })],
      priority: 'high',
    });
    expect(field.status).toBe(400);
    expect(field.body.errors?.map((e) => `${e.path} ${e.message}`).sort()).toEqual([
      'body.items.0.colour is not a known field',
      'body.priority is not a known field',
    ]);
    const dose = await radOnc.client.post<Problem>(url, {
      discipline: 'radiation_oncology',
      items: [radiotherapyItem({ totalDoseGy: '8' })],
    });
    expect(dose.body.errors).toEqual([{ path: 'body.items.0.totalDoseGy', message: 'must be a JSON number' }]);
    expect(await rowsFor(boardCase.id)).toBe(0);
  });
});
