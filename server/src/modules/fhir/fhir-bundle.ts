import { createHash, randomUUID } from 'node:crypto';
import {
  IMAGING_MODALITY_LABELS,
  LATERALITY_LABELS,
  LESION_TYPE_LABELS,
  PRIMARY_CANCER_LABELS,
  RADIOPHARMACEUTICAL_LABELS,
  RECOMMENDATION_KIND_LABELS,
  doseCGy,
  formatSkeletalSite,
  type Decision,
  type DecisionItem,
  type ItemOutcomeStatus,
  type LesionScores,
  type RecommendationItem,
  type ScoreComponent,
  type ScoreResult,
} from '@tumor-board/shared';
import type { Assessment } from '../assessments/assessment.entity.js';
import type { BoardCase } from '../cases/board-case.entity.js';
import type { ImagingSummary } from '../imaging/imaging-summary.entity.js';
import type { Lesion } from '../lesions/lesion.entity.js';
import type { Patient } from '../patients/patient.entity.js';
import {
  CONDITION_ACTIVE,
  ECOG_ANSWERS,
  ECOG_CODE,
  EXTENSION,
  KARNOFSKY_ANSWERS,
  KARNOFSKY_CODE,
  LATERALITY_CODES,
  LOCAL,
  MRN_TYPE,
  NON_STANDARD_TAG,
  PAIN_SEVERITY_CODE,
  PROBLEM_LIST_ITEM,
  RADIOLOGY_SECTION,
  RADIOTHERAPY_COURSE,
  SECONDARY_BONE_NEOPLASM,
  SURVEY_CATEGORY,
  SYSTEM,
  bodySiteCoding,
  cGy,
} from './fhir-codes.js';
import type {
  Annotation,
  BundleEntry,
  CodeableConcept,
  Coding,
  Extension,
  FhirBundle,
  FhirResource,
  Reference,
} from './fhir-types.js';
import { tokuhashiFromRecord, tomitaFromRecord, type RecordFacts } from './prognostic-scores.js';

/*
 * One case as a FHIR R4 Bundle (type collection), aligned with mCODE STU4 where mCODE has a profile
 * (PrimaryCancerCondition, SecondaryCancerCondition, ECOG/Karnofsky performance status); the
 * resources do not claim conformance (no meta.profile): US Core must-supports are not all there.
 * Pure: the same record gives the same resources (ids are stable), except the bundle's own id and
 * timestamp. Every entry has a urn:uuid fullUrl and references between entries use it.
 */

export interface ItemOutcomeRow {
  decisionId: string;
  itemId: string;
  status: ItemOutcomeStatus;
  reason: string | null;
  occurredOn: string;
  recordedAt: Date;
}

export interface CaseRecord {
  patient: Pick<Patient, 'id' | 'mrn' | 'givenName' | 'familyName' | 'birthDate' | 'sex'>;
  boardCase: Pick<
    BoardCase,
    'id' | 'primaryCancer' | 'histology' | 'diagnosisDate' | 'otherMetastaticSites' | 'referredAt'
  >;
  assessments: readonly Assessment[];
  lesions: readonly Lesion[];
  imaging: readonly (ImagingSummary & { authorName: string | null })[];
  /** Signed decisions (views), any order. */
  decisions: readonly Decision[];
  /** Outcomes recorded against any version of the case's decisions. */
  itemOutcomes: readonly ItemOutcomeRow[];
  generatedAt: Date;
}

/** A stable UUID (version-5 layout, SHA-1) for a resource derived from a record, e.g. a lesion's SINS. */
export function stableUuid(...parts: string[]): string {
  const h = createHash('sha1')
    .update(['tumor-board-fhir', ...parts].join('\u0000'))
    .digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const urn = (id: string) => `urn:uuid:${id}`;
const ref = (r: FhirResource, display?: string): Reference => ({
  reference: urn(r.id),
  ...(display ? { display } : {}),
});
const concept = (text: string, ...coding: Coding[]): CodeableConcept => ({
  ...(coding.length ? { coding } : {}),
  text,
});
/** Drops undefined members, so optional elements are absent rather than null. */
const compact = <T extends Record<string, unknown>>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;
const localTagged = { tag: [NON_STANDARD_TAG] };

const SCORE_NAMES: Readonly<Record<ScoreResult['tool'], string>> = {
  sins: 'Spinal Instability Neoplastic Score (SINS)',
  mirels: 'Mirels score (impending pathological fracture)',
  bilsky: 'Bilsky epidural spinal cord compression (ESCC) grade',
  tokuhashi: 'Revised Tokuhashi score',
  tomita: 'Tomita score',
  noms: 'NOMS framework (neurologic, oncologic, mechanical, systemic)',
};

const scoreCoding = (code: string, display?: string): Coding => ({
  system: LOCAL.scores,
  code,
  ...(display ? { display } : {}),
});

/** The builder's shared state: the patient and conditions every other resource points at. */
interface Context {
  patient: FhirResource;
  primary: FhirResource | null;
  lesionConditions: Map<string, FhirResource>;
}

function patientResource(p: CaseRecord['patient']): FhirResource {
  return {
    resourceType: 'Patient',
    id: p.id,
    identifier: [{ use: 'usual', type: concept('Medical record number', MRN_TYPE), system: LOCAL.mrn, value: p.mrn }],
    name: [{ family: p.familyName, given: [p.givenName] }],
    // The board records administrative sex with the FHIR AdministrativeGender codes.
    gender: p.sex,
    birthDate: p.birthDate,
  };
}

/**
 * mCODE STU4 PrimaryCancerCondition. Its code (PrimaryCancerDisorderVS) would be SNOMED CT or
 * ICD-10-CM, but the reference gives no code for the board's primary categories, so the primary
 * travels as text (category and histology as recorded).
 */
function primaryCondition(record: CaseRecord, patient: FhirResource): FhirResource | null {
  const { primaryCancer, histology, diagnosisDate } = record.boardCase;
  if (!primaryCancer && !histology) return null;
  const label =
    primaryCancer && primaryCancer !== 'other' ? `${PRIMARY_CANCER_LABELS[primaryCancer]} cancer` : 'Primary cancer';
  const text = histology ? `${label}: ${histology}` : label;
  return compact({
    resourceType: 'Condition',
    id: stableUuid('primary-cancer', record.boardCase.id),
    clinicalStatus: concept('Active', CONDITION_ACTIVE),
    category: [concept('Problem list item', PROBLEM_LIST_ITEM)],
    code: concept(text),
    subject: ref(patient),
    onsetDateTime: diagnosisDate ?? undefined,
    recordedDate: record.boardCase.referredAt.toISOString(),
  });
}

function lesionNote(l: Lesion): string {
  const parts = [
    l.type ? `appearance ${LESION_TYPE_LABELS[l.type].toLowerCase()}` : null,
    l.sizeMm !== null ? `${l.sizeMm} mm` : null,
    l.fracturePresent !== null ? `pathological fracture ${l.fracturePresent ? 'present' : 'absent'}` : null,
    l.epiduralExtension !== null ? `epidural extension ${l.epiduralExtension ? 'present' : 'absent'}` : null,
  ].filter((p): p is string => p !== null);
  return [parts.length ? `Lesion: ${parts.join('; ')}.` : null, l.notes].filter(Boolean).join(' ');
}

/**
 * mCODE STU4 SecondaryCancerCondition, one per lesion: code SNOMED CT 94222008 + ICD-10-CM C79.51,
 * bodySite from the reference's SNOMED site codes (else text) with the mCODE laterality qualifier,
 * and relatedPrimaryCancerCondition pointing at the primary.
 *
 * Myeloma is the exception: its bone lesions are the primary disease itself, not a secondary
 * neoplasm, so they are not coded as metastases (text only).
 */
function lesionCondition(record: CaseRecord, lesion: Lesion, ctx: Context): FhirResource {
  const siteText = formatSkeletalSite(lesion.site, lesion.laterality);
  const siteCode = bodySiteCoding(lesion.site);
  const laterality = LATERALITY_CODES[lesion.laterality];
  const lateralityExt: Extension[] = laterality
    ? [
        {
          url: EXTENSION.lateralityQualifier,
          valueCodeableConcept: concept(LATERALITY_LABELS[lesion.laterality], laterality),
        },
      ]
    : [];
  const myeloma = record.boardCase.primaryCancer === 'myeloma';
  const note = lesionNote(lesion);
  return compact({
    resourceType: 'Condition',
    id: lesion.id,
    extension: ctx.primary
      ? [{ url: EXTENSION.relatedPrimaryCancerCondition, valueReference: ref(ctx.primary) }]
      : undefined,
    clinicalStatus: concept('Active', CONDITION_ACTIVE),
    category: [concept('Problem list item', PROBLEM_LIST_ITEM)],
    code: myeloma
      ? concept('Myeloma bone lesion (primary disease, not a secondary neoplasm)')
      : concept('Secondary malignant neoplasm of bone', ...SECONDARY_BONE_NEOPLASM),
    bodySite: [
      compact({
        extension: lateralityExt.length ? lateralityExt : undefined,
        coding: siteCode ? [siteCode] : undefined,
        text: siteText,
      }),
    ],
    subject: ref(ctx.patient),
    recordedDate: lesion.createdAt.toISOString(),
    note: note ? [{ text: note }] : undefined,
  });
}

function performanceObservation(
  a: Assessment,
  kind: 'ecog' | 'karnofsky',
  value: number,
  patient: FhirResource,
): FhirResource {
  const [code, answers, label] =
    kind === 'ecog' ? [ECOG_CODE, ECOG_ANSWERS, 'ECOG'] : [KARNOFSKY_CODE, KARNOFSKY_ANSWERS, 'Karnofsky'];
  const answer = answers[value];
  return compact({
    resourceType: 'Observation',
    id: stableUuid(kind, a.id),
    status: 'final',
    category: [concept('Survey', SURVEY_CATEGORY)],
    code: concept(`${label} performance status`, code),
    subject: ref(patient),
    effectiveDateTime: a.assessedOn,
    // mCODE STU4: valueInteger, and the LOINC answer code as the (required) interpretation.
    valueInteger: value,
    interpretation: answer ? [concept(`${label} ${value}`, { system: SYSTEM.loinc, code: answer })] : undefined,
  });
}

function assessmentObservations(a: Assessment, patient: FhirResource): FhirResource[] {
  const out: FhirResource[] = [];
  if (a.ecog !== null) out.push(performanceObservation(a, 'ecog', a.ecog, patient));
  if (a.karnofsky !== null) out.push(performanceObservation(a, 'karnofsky', a.karnofsky, patient));
  if (a.painNrs !== null) {
    out.push(
      compact({
        resourceType: 'Observation',
        id: stableUuid('pain', a.id),
        status: 'final',
        category: [concept('Survey', SURVEY_CATEGORY)],
        code: concept('Pain severity (0–10 numeric rating scale)', PAIN_SEVERITY_CODE),
        subject: ref(patient),
        effectiveDateTime: a.assessedOn,
        valueInteger: a.painNrs,
        note: a.greatestPainSource ? [{ text: `Worst pain: ${a.greatestPainSource}` }] : undefined,
      }),
    );
  }
  return out;
}

const componentText = (c: ScoreComponent) =>
  c.points === null ? String(c.value) : `${String(c.value)} (${c.points} point${c.points === 1 ? '' : 's'})`;

/**
 * A score as an Observation under the local (non-standard) score code system: the total as
 * valueInteger (the Bilsky grade label, NOMS direction as a coded value), the band as
 * interpretation, each input as a component, the citation as method.
 */
function scoreObservation(
  result: ScoreResult,
  options: { id: string; patient: FhirResource; focus?: FhirResource; effective: string; derivedNote?: string },
): FhirResource {
  const tool = result.tool;
  const value: Record<string, unknown> =
    tool === 'bilsky'
      ? { valueCodeableConcept: concept(`ESCC grade ${result.grade}`, scoreCoding(`bilsky.grade.${result.grade}`)) }
      : result.total === null
        ? { valueCodeableConcept: concept(result.interpretation, scoreCoding(`${tool}.${result.category}`)) }
        : { valueInteger: result.total };
  return compact({
    resourceType: 'Observation',
    id: options.id,
    meta: localTagged,
    status: 'final',
    code: concept(`${SCORE_NAMES[tool]} (local code, no LOINC code exists)`, scoreCoding(tool, SCORE_NAMES[tool])),
    subject: ref(options.patient),
    focus: options.focus ? [ref(options.focus)] : undefined,
    effectiveDateTime: options.effective,
    ...value,
    interpretation: [concept(result.interpretation, scoreCoding(`${tool}.${result.category}`))],
    note: options.derivedNote ? [{ text: options.derivedNote }] : undefined,
    method: concept(`Calculated from the published table: ${result.source}`),
    component: result.components.map((c) => ({
      code: concept(c.name, scoreCoding(`${tool}.${c.name}`)),
      valueString: componentText(c),
    })),
  });
}

function lesionScoreObservations(lesion: Lesion, ctx: Context): FhirResource[] {
  const focus = ctx.lesionConditions.get(lesion.id)!;
  const scores: LesionScores = lesion.scores;
  const out: FhirResource[] = [];
  for (const outcome of [scores.sins, scores.mirels, scores.bilsky, scores.noms]) {
    if (outcome.status !== 'complete') continue;
    out.push(
      scoreObservation(outcome.result, {
        id: stableUuid(outcome.result.tool, lesion.id),
        patient: ctx.patient,
        focus,
        effective: lesion.updatedAt.toISOString(),
      }),
    );
  }
  return out;
}

/** Tokuhashi and Tomita where the record alone determines every input (prognostic-scores.ts). */
function prognosticObservations(record: CaseRecord, ctx: Context): FhirResource[] {
  const latestFirst = [...record.assessments].sort(
    (a, b) => b.assessedOn.localeCompare(a.assessedOn) || b.createdAt.getTime() - a.createdAt.getTime(),
  );
  const facts: RecordFacts = {
    primaryCancer: record.boardCase.primaryCancer,
    otherMetastaticSites: record.boardCase.otherMetastaticSites,
    lesionSites: record.lesions.map((l) => l.site),
    karnofsky: latestFirst.find((a) => a.karnofsky !== null)?.karnofsky ?? null,
    neurology: latestFirst.find((a) => a.neurology !== null)?.neurology ?? null,
  };
  const note =
    'Derived at export from the recorded primary, staging, lesions and latest assessment; counts are recorded lesions.';
  const out: FhirResource[] = [];
  for (const derived of [tokuhashiFromRecord(facts), tomitaFromRecord(facts)]) {
    if (derived.status !== 'complete') continue;
    out.push(
      scoreObservation(derived.result, {
        id: stableUuid(derived.result.tool, record.boardCase.id),
        patient: ctx.patient,
        focus: ctx.primary ?? undefined,
        effective: record.generatedAt.toISOString(),
        derivedNote: note,
      }),
    );
  }
  return out;
}

/** An imaging summary as a radiology DiagnosticReport: the impression is the conclusion. */
function imagingReport(s: CaseRecord['imaging'][number], patient: FhirResource): FhirResource {
  const forms = [
    s.findings
      ? {
          contentType: 'text/plain; charset=utf-8',
          title: 'Findings',
          data: Buffer.from(s.findings, 'utf8').toString('base64'),
        }
      : null,
    s.pacsUrl ? { url: s.pacsUrl, title: 'Study in the PACS viewer' } : null,
  ].filter((f) => f !== null);
  return compact({
    resourceType: 'DiagnosticReport',
    id: s.id,
    status: 'final',
    category: [concept('Radiology', RADIOLOGY_SECTION)],
    code: concept(`${IMAGING_MODALITY_LABELS[s.modality]}: ${s.region}`),
    subject: ref(patient),
    effectiveDateTime: s.performedOn,
    issued: s.createdAt.toISOString(),
    resultsInterpreter: s.authorName ? [{ display: s.authorName }] : undefined,
    conclusion: s.impression,
    presentedForm: forms.length ? forms : undefined,
  });
}

// ---- The decision as a CarePlan, and its follow-up -------------------------------------------

const MEDICATION_KINDS: ReadonlySet<RecommendationItem['kind']> = new Set([
  'bone_modifying_agent',
  'radiopharmaceutical',
  'systemic_therapy_change',
]);
const SERVICE_KINDS: ReadonlySet<RecommendationItem['kind']> = new Set([
  'radiotherapy',
  'ablation',
  'surgery',
  'further_imaging',
  'biopsy',
]);

const BMA_LABELS = { zoledronic_acid: 'Zoledronic acid', denosumab: 'Denosumab' } as const;

function itemCode(item: DecisionItem): CodeableConcept {
  const kind = item.item.kind;
  const coding: Coding[] = [
    { system: LOCAL.recommendationKind, code: kind, display: RECOMMENDATION_KIND_LABELS[kind] },
  ];
  if (kind === 'radiotherapy') coding.push(RADIOTHERAPY_COURSE);
  return { coding, text: item.description };
}

function medicationText(item: RecommendationItem): string | undefined {
  switch (item.kind) {
    case 'bone_modifying_agent':
      return BMA_LABELS[item.agent];
    case 'radiopharmaceutical':
      return RADIOPHARMACEUTICAL_LABELS[item.agent];
    case 'systemic_therapy_change':
      return item.suggestion;
    case 'radiotherapy':
    case 'ablation':
    case 'surgery':
    case 'further_imaging':
    case 'biopsy':
    case 'supportive_care':
    case 'other':
      return undefined;
  }
}

const reasonRefs = (item: RecommendationItem, ctx: Context): Reference[] =>
  (item.lesionIds ?? []).flatMap((id) => {
    const c = ctx.lesionConditions.get(id);
    return c ? [ref(c)] : [];
  });

/** CarePlan.activity.detail.status from what the referrer recorded about the item. */
function activityStatus(outcome: ItemOutcomeRow | undefined): { status: string; statusReason?: CodeableConcept } {
  if (!outcome) return { status: 'unknown', statusReason: concept('No outcome recorded yet') };
  switch (outcome.status) {
    case 'done':
      return { status: 'completed', statusReason: concept(`Done on ${outcome.occurredOn}`) };
    case 'modified':
      // Done differently from the plan: "completed" would be read as done as planned, so the
      // planned activity's state is unknown and the reason says what changed.
      return {
        status: 'unknown',
        statusReason: concept(`Done with changes on ${outcome.occurredOn}: ${outcome.reason ?? 'no reason given'}`),
      };
    case 'not_done':
      return {
        status: 'cancelled',
        statusReason: concept(`Not done (${outcome.occurredOn}): ${outcome.reason ?? 'no reason given'}`),
      };
  }
}

function activity(
  item: DecisionItem,
  outcome: ItemOutcomeRow | undefined,
  followUp: FhirResource | undefined,
  ctx: Context,
): Record<string, unknown> {
  const it = item.item;
  const reasons = reasonRefs(it, ctx);
  const medication = medicationText(it);
  const description = [item.description, it.rationale ? `Rationale: ${it.rationale}` : null].filter(Boolean).join('. ');
  const radiotherapy =
    it.kind === 'radiotherapy'
      ? {
          // Prescribed total dose in UCUM cGy, the unit of mCODE STU4 RadiotherapyCourseSummary.
          quantity: cGy(doseCGy(it.totalDoseGy)),
          extension: [{ url: LOCAL.plannedFractionsExtension, valueInteger: it.fractions }],
        }
      : {};
  return compact({
    outcomeReference: followUp ? [ref(followUp)] : undefined,
    detail: compact({
      ...radiotherapy,
      kind: MEDICATION_KINDS.has(it.kind)
        ? 'MedicationRequest'
        : SERVICE_KINDS.has(it.kind)
          ? 'ServiceRequest'
          : undefined,
      code: itemCode(item),
      reasonReference: reasons.length ? reasons : undefined,
      ...activityStatus(outcome),
      scheduledPeriod: item.dueBy ? { end: item.dueBy } : undefined,
      productCodeableConcept: medication ? concept(medication) : undefined,
      description,
    }),
  });
}

/** The signed decision as a CarePlan: its items are the activities; an amendment replaces its predecessor. */
function carePlan(
  d: Decision,
  outcomes: ReadonlyMap<string, ItemOutcomeRow>,
  followUps: ReadonlyMap<string, FhirResource>,
  ctx: Context,
): FhirResource {
  const notes: Annotation[] = [
    ...(d.amendmentReason ? [{ text: `Reason for amendment: ${d.amendmentReason}` }] : []),
    ...d.dissent.map((x) => ({ authorString: x.user.name, text: `Dissent: ${x.text}` })),
  ];
  const addresses = [
    ...(ctx.primary ? [ref(ctx.primary)] : []),
    ...[...ctx.lesionConditions.values()].map((c) => ref(c)),
  ];
  return compact({
    resourceType: 'CarePlan',
    id: d.id,
    meta: localTagged,
    status: d.superseded ? 'revoked' : 'active',
    intent: 'plan',
    title: d.sequence > 1 ? `Tumor board decision (amendment ${d.sequence - 1})` : 'Tumor board decision',
    description: d.rationale ?? undefined,
    subject: ref(ctx.patient),
    created: d.signedAt ?? undefined,
    author: d.signedBy ? { display: `${d.signedBy.name} (chair)` } : undefined,
    contributor: d.attendees.length ? d.attendees.map((a) => ({ display: a.name })) : undefined,
    replaces: d.supersedesId ? [{ reference: urn(d.supersedesId) }] : undefined,
    addresses: addresses.length ? addresses : undefined,
    activity: d.items.map((i) => activity(i, outcomes.get(i.id), followUps.get(i.id), ctx)),
    note: notes.length ? notes : undefined,
  });
}

/** An item recorded as done: a Procedure, or a MedicationRequest for a drug. */
function followUpResource(item: DecisionItem, outcome: ItemOutcomeRow, plan: FhirResource, ctx: Context): FhirResource {
  const it = item.item;
  const reasons = reasonRefs(it, ctx);
  const common = {
    id: stableUuid('follow-up', item.id),
    subject: ref(ctx.patient),
    basedOn: [ref(plan)],
    reasonReference: reasons.length ? reasons : undefined,
  };
  if (MEDICATION_KINDS.has(it.kind)) {
    return compact({
      resourceType: 'MedicationRequest',
      ...common,
      // Done means the treatment was ordered/started; whether it is still running is not recorded.
      status: 'active',
      intent: 'order',
      medicationCodeableConcept: concept(medicationText(it) ?? item.description),
      authoredOn: outcome.occurredOn,
      dosageInstruction: [{ text: item.description }],
      note: [{ text: `Recorded as done on ${outcome.occurredOn} (board decision item).` }],
    });
  }
  return compact({
    resourceType: 'Procedure',
    ...common,
    meta: localTagged,
    status: 'completed',
    code: itemCode(item),
    performedDateTime: outcome.occurredOn,
    note: [
      {
        text: `Recorded as done on ${outcome.occurredOn}: ${item.description}${
          it.kind === 'radiotherapy'
            ? ` (prescribed ${doseCGy(it.totalDoseGy)} cGy in ${it.fractions} fraction${it.fractions === 1 ? '' : 's'})`
            : ''
        }.`,
      },
    ],
  });
}

/** The latest outcome per item id across the case's decision versions (an amendment keeps item ids). */
function latestOutcomes(rows: readonly ItemOutcomeRow[]): Map<string, ItemOutcomeRow> {
  const sorted = [...rows].sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime());
  return new Map(sorted.map((o) => [o.itemId, o]));
}

function decisionResources(record: CaseRecord, ctx: Context): FhirResource[] {
  const decisions = [...record.decisions].filter((d) => d.signedAt).sort((a, b) => a.sequence - b.sequence);
  const outcomes = latestOutcomes(record.itemOutcomes);
  // Each done item once, based on the newest decision that holds it.
  const newestHolding = new Map<string, { decision: Decision; item: DecisionItem }>();
  for (const d of decisions) for (const item of d.items) newestHolding.set(item.id, { decision: d, item });
  const followUps = new Map<string, FhirResource>();
  for (const [itemId, { decision, item }] of newestHolding) {
    const outcome = outcomes.get(itemId);
    if (outcome?.status !== 'done') continue;
    const planRef = { resourceType: 'CarePlan', id: decision.id };
    followUps.set(itemId, followUpResource(item, outcome, planRef, ctx));
  }
  const plans = decisions.map((d) => carePlan(d, outcomes, followUps, ctx));
  return [...plans, ...followUps.values()];
}

/** The whole case as a FHIR R4 collection Bundle. */
export function buildCaseBundle(record: CaseRecord): FhirBundle {
  const patient = patientResource(record.patient);
  const primary = primaryCondition(record, patient);
  const ctx: Context = { patient, primary, lesionConditions: new Map() };
  for (const lesion of record.lesions) ctx.lesionConditions.set(lesion.id, lesionCondition(record, lesion, ctx));
  const resources: FhirResource[] = [
    patient,
    ...(primary ? [primary] : []),
    ...ctx.lesionConditions.values(),
    ...record.assessments.flatMap((a) => assessmentObservations(a, patient)),
    ...record.lesions.flatMap((l) => lesionScoreObservations(l, ctx)),
    ...prognosticObservations(record, ctx),
    ...record.imaging.map((s) => imagingReport(s, patient)),
    ...decisionResources(record, ctx),
  ];
  const entry: BundleEntry[] = resources.map((resource) => ({ fullUrl: urn(resource.id), resource }));
  const timestamp = record.generatedAt.toISOString();
  return {
    resourceType: 'Bundle',
    id: randomUUID(),
    meta: { lastUpdated: timestamp },
    type: 'collection',
    timestamp,
    entry,
  };
}
