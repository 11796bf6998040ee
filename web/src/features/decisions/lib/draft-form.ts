import type { Decision, DecisionUpdate, RecommendationItem, StoredSafetyWarning } from '@tumor-board/shared';

/** One agreed item as the editor holds it; `id` and the stored warnings exist once it was saved. */
export interface DraftItem {
  key: string;
  id?: string;
  item: RecommendationItem;
  /** From the server (computed with the case's values); recomputed live for unsaved items. */
  warnings?: readonly StoredSafetyWarning[];
  description?: string;
  sourceRecommendationId: string | null;
  sourceItemId: string | null;
  dueBy: string | null;
}

export interface DraftForm {
  items: DraftItem[];
  rationale: string;
  dissent: { userId: string; text: string }[];
  attendeeIds: string[];
}

export function formFromDecision(d: Decision): DraftForm {
  return {
    items: d.items.map((i) => ({
      key: i.id,
      id: i.id,
      item: i.item,
      warnings: i.warnings,
      description: i.description,
      sourceRecommendationId: i.sourceRecommendationId,
      sourceItemId: i.sourceItemId,
      dueBy: i.dueBy,
    })),
    rationale: d.rationale ?? '',
    dissent: d.dissent.map((x) => ({ userId: x.user.id, text: x.text })),
    attendeeIds: d.attendees.map((a) => a.id),
  };
}

export function toUpdate(form: DraftForm, version: number): DecisionUpdate {
  return {
    version,
    items: form.items.map((i) => ({
      ...(i.id ? { id: i.id } : {}),
      item: i.item,
      sourceRecommendationId: i.sourceRecommendationId,
      sourceItemId: i.sourceItemId,
      dueBy: i.dueBy || null,
    })),
    rationale: form.rationale.trim() || null,
    dissent: form.dissent
      .filter((d) => d.userId && d.text.trim())
      .map((d) => ({ userId: d.userId, text: d.text.trim() })),
    attendeeIds: form.attendeeIds,
  };
}

/** Same content as far as saving is concerned (keys and display-only fields ignored). */
export function sameForm(a: DraftForm, b: DraftForm): boolean {
  return JSON.stringify(toUpdate(a, 1)) === JSON.stringify(toUpdate(b, 1));
}
