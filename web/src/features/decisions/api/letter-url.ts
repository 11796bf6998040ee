/** `GET /api/cases/:caseId/decisions/:id/letter`: the PDF letter, opened as a plain link (download). */
export const letterUrl = (caseId: string, decisionId: string): string =>
  `/api/cases/${encodeURIComponent(caseId)}/decisions/${encodeURIComponent(decisionId)}/letter`;
