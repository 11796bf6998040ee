// The board's domain: vocabularies, resource schemas (the API contract), the case workflow and
// lesion scores. Field builders in fields.ts stay internal; only their shared types leave.
export * from './vocab.js';
export * from './calendar-date.js';
export type { RuleIssue } from './fields.js';
export * from './skeletal-site.js';
export * from './case-status.js';
export * from './patient.js';
export * from './case.js';
export * from './assessment.js';
export * from './lesion.js';
export * from './imaging-summary.js';
export * from './lesion-scores.js';
