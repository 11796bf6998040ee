import type { LesionScores, ScoreComponent, ScoreResult } from '@tumor-board/shared';
import type { Assessment } from '../assessments/assessment.entity.js';
import type { Lesion } from '../lesions/lesion.entity.js';
import type { CaseRecord } from './case-record.js';
import {
  ECOG_ANSWERS,
  ECOG_CODE,
  KARNOFSKY_ANSWERS,
  KARNOFSKY_CODE,
  LOCAL,
  PAIN_SEVERITY_CODE,
  SURVEY_CATEGORY,
  SYSTEM,
} from './fhir-codes.js';
import { compact, concept, localTagged, ref, stableUuid, type Context } from './fhir-references.js';
import type { Coding, FhirResource } from './fhir-types.js';
import { tokuhashiFromRecord, tomitaFromRecord, type RecordFacts } from './prognostic-scores.js';

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

export function assessmentObservations(a: Assessment, patient: FhirResource): FhirResource[] {
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

export function lesionScoreObservations(lesion: Lesion, ctx: Context): FhirResource[] {
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
export function prognosticObservations(record: CaseRecord, ctx: Context): FhirResource[] {
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
