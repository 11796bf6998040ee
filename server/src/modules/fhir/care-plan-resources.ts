import {
  RADIOPHARMACEUTICAL_LABELS,
  RECOMMENDATION_KIND_LABELS,
  doseCGy,
  type Decision,
  type DecisionItem,
  type RecommendationItem,
} from '@tumor-board/shared';
import type { CaseRecord, ItemOutcomeRow } from './case-record.js';
import { LOCAL, RADIOTHERAPY_COURSE, cGy } from './fhir-codes.js';
import { compact, concept, localTagged, ref, stableUuid, urn, type Context } from './fhir-references.js';
import type { Annotation, CodeableConcept, Coding, FhirResource, Reference } from './fhir-types.js';

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
export function latestOutcomes(rows: readonly ItemOutcomeRow[]): Map<string, ItemOutcomeRow> {
  const sorted = [...rows].sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime());
  return new Map(sorted.map((o) => [o.itemId, o]));
}

export function decisionResources(record: CaseRecord, ctx: Context): FhirResource[] {
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
