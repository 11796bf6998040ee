import type { ImagingSummary as ImagingSummaryView } from '@tumor-board/shared';
import type { ImagingSummary } from './imaging-summary.entity.js';

export const toImagingSummaryView = (i: ImagingSummary): ImagingSummaryView => ({
  id: i.id,
  version: i.version,
  createdAt: i.createdAt.toISOString(),
  updatedAt: i.updatedAt.toISOString(),
  caseId: i.caseId,
  authorId: i.authorId,
  modality: i.modality,
  performedOn: i.performedOn,
  region: i.region,
  findings: i.findings,
  impression: i.impression,
  lesionIds: i.lesionIds,
  pacsUrl: i.pacsUrl,
});
