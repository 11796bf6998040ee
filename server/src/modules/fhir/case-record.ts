import type { Decision, ItemOutcomeStatus } from '@tumor-board/shared';
import type { Assessment } from '../assessments/assessment.entity.js';
import type { BoardCase } from '../cases/board-case.entity.js';
import type { ImagingSummary } from '../imaging/imaging-summary.entity.js';
import type { Lesion } from '../lesions/lesion.entity.js';
import type { Patient } from '../patients/patient.entity.js';

// What the FHIR export reads for one case: the record the bundle's resources are built from.

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
