import { createHash } from 'node:crypto';
import { NON_STANDARD_TAG } from './fhir-codes.js';
import type { CodeableConcept, Coding, FhirResource, Reference } from './fhir-types.js';

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

export const urn = (id: string) => `urn:uuid:${id}`;
export const ref = (r: FhirResource, display?: string): Reference => ({
  reference: urn(r.id),
  ...(display ? { display } : {}),
});
export const concept = (text: string, ...coding: Coding[]): CodeableConcept => ({
  ...(coding.length ? { coding } : {}),
  text,
});
/** Drops undefined members, so optional elements are absent rather than null. */
export const compact = <T extends Record<string, unknown>>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;
export const localTagged = { tag: [NON_STANDARD_TAG] };

/** The builder's shared state: the patient and conditions every other resource points at. */
export interface Context {
  patient: FhirResource;
  primary: FhirResource | null;
  lesionConditions: Map<string, FhirResource>;
}
