import { randomUUID } from 'node:crypto';
import { decisionResources } from './care-plan-resources.js';
import type { CaseRecord } from './case-record.js';
import { urn, type Context } from './fhir-references.js';
import type { BundleEntry, FhirBundle, FhirResource } from './fhir-types.js';
import { imagingReport } from './imaging-resources.js';
import { assessmentObservations, lesionScoreObservations, prognosticObservations } from './observation-resources.js';
import { lesionCondition, patientResource, primaryCondition } from './patient-resources.js';

export type { CaseRecord, ItemOutcomeRow } from './case-record.js';
export { stableUuid } from './fhir-references.js';

/*
 * One case as a FHIR R4 Bundle (type collection), aligned with mCODE STU4 where mCODE has a profile
 * (PrimaryCancerCondition, SecondaryCancerCondition, ECOG/Karnofsky performance status); the
 * resources do not claim conformance (no meta.profile): US Core must-supports are not all there.
 * Pure: the same record gives the same resources (ids are stable), except the bundle's own id and
 * timestamp. Every entry has a urn:uuid fullUrl and references between entries use it.
 */

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
