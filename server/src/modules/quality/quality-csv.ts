import type { QualityReport } from '@tumor-board/shared';
import { toCsv, type CsvValue } from '../../common/csv/to-csv.js';

export const QUALITY_CSV_HEADER = ['section', 'figure', 'detail', 'value'] as const;

/**
 * The dashboard as one long table (section, figure, detail, value), one figure a line, so a
 * spreadsheet can filter and pivot it. Shares are fractions (0.75), empty when there is nothing to
 * divide by; medians are empty when there is nothing to take them of. Free text (the reasons given
 * for items not done) goes through `toCsv`, which defuses spreadsheet formulas.
 */
export function toQualityCsv(report: QualityReport): string {
  const rows: CsvValue[][] = [];
  const add = (section: string, figure: string, value: CsvValue, detail: string = '') =>
    rows.push([section, figure, detail, value]);

  add('period', 'from', report.period.from);
  add('period', 'to', report.period.to);
  add('period', 'series_id', report.period.seriesId);
  add('period', 'generated_at', report.generatedAt);

  add('referrals', 'referred', report.referrals.referred);

  add('meetings', 'held', report.meetings.held);
  add('meetings', 'quorum_met', report.meetings.quorumMet);
  add('meetings', 'quorum_share', report.meetings.quorumShare);

  add('discussion', 'discussed', report.discussion.discussed);
  add('discussion', 'first_discussed', report.discussion.firstDiscussed);
  add('discussion', 'median_days_referral_to_discussion', report.discussion.medianDaysReferralToDiscussion);

  add('deferrals', 'deferred', report.deferrals.deferred);
  for (const r of report.deferrals.byReason) add('deferrals', 'by_reason', r.count, r.reason);

  add('scheduling', 'scheduled', report.scheduling.scheduled);
  add('scheduling', 'complete_when_scheduled', report.scheduling.completeWhenScheduled);
  add('scheduling', 'complete_share', report.scheduling.completeShare);

  add('letters', 'decisions_signed', report.letters.decisionsSigned);
  add('letters', 'letters_produced', report.letters.lettersProduced);
  add('letters', 'median_days_decision_to_letter', report.letters.medianDaysDecisionToLetter);

  const items = report.itemOutcomes;
  add('item_outcomes', 'items', items.items);
  add('item_outcomes', 'done', items.done);
  add('item_outcomes', 'modified', items.modified);
  add('item_outcomes', 'not_done', items.notDone);
  add('item_outcomes', 'not_recorded', items.notRecorded);
  add('item_outcomes', 'done_share', items.doneShare);
  add('item_outcomes', 'modified_share', items.modifiedShare);
  add('item_outcomes', 'not_done_share', items.notDoneShare);
  for (const r of items.reasons) add('item_outcomes', `reason_${r.status}`, r.count, r.reason);

  for (const o of report.caseOutcomes) {
    const section = `outcomes_${o.horizonDays}_days`;
    add(section, 'decisions', o.decisions);
    add(section, 'due', o.due);
    add(section, 'recorded', o.recorded);
    for (const [response, count] of Object.entries(o.painResponse)) add(section, 'pain_response', count, response);
    add(section, 'with_skeletal_event', o.withSkeletalEvent);
  }

  for (const u of report.urgency) {
    add('urgency', 'referred', u.referred, u.urgency);
    add('urgency', 'decided', u.decided, u.urgency);
    add('urgency', 'median_hours_to_decision', u.medianHoursToDecision, u.urgency);
  }
  return toCsv(QUALITY_CSV_HEADER, rows);
}
