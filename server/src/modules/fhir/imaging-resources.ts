import { IMAGING_MODALITY_LABELS } from '@tumor-board/shared';
import type { CaseRecord } from './case-record.js';
import { RADIOLOGY_SECTION } from './fhir-codes.js';
import { compact, concept, ref } from './fhir-references.js';
import type { FhirResource } from './fhir-types.js';

/** An imaging summary as a radiology DiagnosticReport: the impression is the conclusion. */
export function imagingReport(s: CaseRecord['imaging'][number], patient: FhirResource): FhirResource {
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
