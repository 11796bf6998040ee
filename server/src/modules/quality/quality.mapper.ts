import {
  PAIN_RESPONSES,
  QUALITY_DEFERRAL_REASONS,
  URGENCIES,
  type QualityDeferralReason,
  type QualityQuery,
  type QualityReport,
  type Urgency,
} from '@tumor-board/shared';

/** A median as PostgreSQL returns a numeric (a string), or null when there was nothing to take it of. */
type Numeric = string | null;

/** What the queries of quality.sql.ts return, row by row. */
export interface QualityRows {
  urgency: { urgency: Urgency; referred: number; decided: number; median_hours: Numeric }[];
  meetings: { held: number; quorum_met: number };
  discussion: { discussed: number; first_discussed: number; median_days: Numeric };
  deferrals: { reason: QualityDeferralReason; count: number }[];
  scheduling: { scheduled: number; complete: number };
  letters: { signed: number; produced: number; median_days: Numeric };
  itemOutcomes: {
    items: number;
    done: number;
    modified: number;
    not_done: number;
    not_recorded: number;
    reasons: { status: 'modified' | 'not_done'; reason: string; count: number }[];
  };
  caseOutcomes: ({
    horizon: 30 | 90;
    decisions: number;
    due: number;
    recorded: number;
    with_sre: number;
  } & Record<`pain_${(typeof PAIN_RESPONSES)[number]}`, number>)[];
}

const toNumber = (value: Numeric): number | null => (value === null ? null : Number(value));

/** `part / whole` to three decimals; null when the whole is zero (an empty period is not 0 %). */
export const shareOf = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;

export function toQualityReport(query: QualityQuery, rows: QualityRows, now: Date): QualityReport {
  const byUrgency = new Map(rows.urgency.map((r) => [r.urgency, r]));
  const deferrals = new Map(rows.deferrals.map((r) => [r.reason, r.count]));
  const items = rows.itemOutcomes;
  return {
    period: { from: query.from, to: query.to, seriesId: query.seriesId ?? null },
    generatedAt: now.toISOString(),
    referrals: { referred: rows.urgency.reduce((sum, r) => sum + r.referred, 0) },
    meetings: {
      held: rows.meetings.held,
      quorumMet: rows.meetings.quorum_met,
      quorumShare: shareOf(rows.meetings.quorum_met, rows.meetings.held),
    },
    discussion: {
      discussed: rows.discussion.discussed,
      firstDiscussed: rows.discussion.first_discussed,
      medianDaysReferralToDiscussion: toNumber(rows.discussion.median_days),
    },
    deferrals: {
      deferred: rows.deferrals.reduce((sum, r) => sum + r.count, 0),
      byReason: QUALITY_DEFERRAL_REASONS.map((reason) => ({ reason, count: deferrals.get(reason) ?? 0 })),
    },
    scheduling: {
      scheduled: rows.scheduling.scheduled,
      completeWhenScheduled: rows.scheduling.complete,
      completeShare: shareOf(rows.scheduling.complete, rows.scheduling.scheduled),
    },
    letters: {
      decisionsSigned: rows.letters.signed,
      lettersProduced: rows.letters.produced,
      medianDaysDecisionToLetter: toNumber(rows.letters.median_days),
    },
    itemOutcomes: {
      items: items.items,
      done: items.done,
      modified: items.modified,
      notDone: items.not_done,
      notRecorded: items.not_recorded,
      doneShare: shareOf(items.done, items.items),
      modifiedShare: shareOf(items.modified, items.items),
      notDoneShare: shareOf(items.not_done, items.items),
      reasons: items.reasons.map((r) => ({ status: r.status, reason: r.reason, count: r.count })),
    },
    caseOutcomes: rows.caseOutcomes.map((r) => ({
      horizonDays: r.horizon,
      decisions: r.decisions,
      due: r.due,
      recorded: r.recorded,
      painResponse: {
        complete: r.pain_complete,
        partial: r.pain_partial,
        stable: r.pain_stable,
        progression: r.pain_progression,
        not_assessable: r.pain_not_assessable,
      },
      withSkeletalEvent: r.with_sre,
    })),
    urgency: URGENCIES.map((urgency) => {
      const r = byUrgency.get(urgency);
      return {
        urgency,
        referred: r?.referred ?? 0,
        decided: r?.decided ?? 0,
        medianHoursToDecision: toNumber(r?.median_hours ?? null),
      };
    }),
  };
}
