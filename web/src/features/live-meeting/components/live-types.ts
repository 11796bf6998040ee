import type { z } from 'zod';
import type {
  AgendaItemView,
  Assessment,
  Decision,
  ImagingSummary,
  Lesion,
  LesionScores,
  StoredItem,
  liveCaseSchema,
} from '@tumor-board/shared';

/*
 * The room's per-case records are typed loosely by `liveCaseSchema` (records of unknown); these are
 * the shapes the server's mappers produce (lesion, imaging, assessment, recommendation, decision views).
 */
export type LiveLesion = Lesion & { scores: LesionScores };
export interface LiveRecommendation {
  id: string;
  discipline: string;
  status: 'draft' | 'proposed' | 'withdrawn';
  summary: string | null;
  items: StoredItem[];
  author: { id: string; name: string } | null;
}

export interface LiveCaseView {
  item: AgendaItemView;
  lesions: LiveLesion[];
  imaging: ImagingSummary[];
  assessments: Assessment[];
  recommendations: LiveRecommendation[];
  decision: Decision | null;
  readiness: z.infer<typeof liveCaseSchema>['readiness'];
}

export const asLiveCase = (item: AgendaItemView, raw: z.infer<typeof liveCaseSchema> | undefined): LiveCaseView => ({
  item,
  lesions: (raw?.lesions ?? []) as unknown as LiveLesion[],
  imaging: (raw?.imaging ?? []) as unknown as ImagingSummary[],
  assessments: (raw?.assessments ?? []) as unknown as Assessment[],
  recommendations: (raw?.recommendations ?? []) as unknown as LiveRecommendation[],
  decision: (raw?.decision ?? null) as unknown as Decision | null,
  readiness: raw?.readiness ?? { ready: false, items: [] },
});
