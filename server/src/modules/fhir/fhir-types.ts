/*
 * The few FHIR R4 data types the export writes, typed just enough to catch a misspelt element at
 * compile time. The server does not depend on a FHIR library; the API tests validate every exported
 * resource against the R4 structure definitions (@medplum/core), which is the real check.
 */

export interface Coding {
  system: string;
  code: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Reference {
  reference?: string;
  display?: string;
}

export interface Quantity {
  value: number;
  unit: string;
  system: string;
  code: string;
}

export interface Extension {
  url: string;
  valueReference?: Reference;
  valueCodeableConcept?: CodeableConcept;
  valueInteger?: number;
  valueString?: string;
}

export interface Annotation {
  text: string;
  authorString?: string;
  time?: string;
}

export interface Meta {
  tag?: Coding[];
}

/** Any resource: its type, its id, and its elements (checked by the structure definitions in tests). */
export interface FhirResource {
  resourceType: string;
  id: string;
  meta?: Meta;
  [element: string]: unknown;
}

export interface BundleEntry {
  fullUrl: string;
  resource: FhirResource;
}

export interface FhirBundle {
  resourceType: 'Bundle';
  id: string;
  meta: { lastUpdated: string };
  type: 'collection';
  timestamp: string;
  entry: BundleEntry[];
}
