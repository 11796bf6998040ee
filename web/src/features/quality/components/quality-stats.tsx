import { SimpleGrid, VisuallyHidden } from '@mantine/core';
import type { QualityReport } from '@tumor-board/shared';
import { daysText, ofText, percent } from './format';
import { StatCard } from './stat-card';

/** The headline figures of the period, one card each. */
export function QualityStats({ report }: { report: QualityReport }) {
  const { referrals, discussion, deferrals, scheduling, meetings, letters, itemOutcomes } = report;
  return (
    <section aria-labelledby="quality-headline">
      {/* The cards' labels are h3: this keeps the outline whole for screen-reader navigation. */}
      <VisuallyHidden component="h2" id="quality-headline">
        Headline figures
      </VisuallyHidden>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <StatCard
          id="referred"
          label="Cases referred"
          value={referrals.referred}
          hint="Referrals received in the period"
        />
        <StatCard
          id="discussed"
          label="Cases discussed"
          value={discussion.discussed}
          hint={`${discussion.firstDiscussed} for the first time`}
        />
        <StatCard
          id="deferred"
          label="Deferred or not reached"
          value={deferrals.deferred}
          hint="Cases on an agenda not discussed there"
        />
        <StatCard
          id="referral-to-discussion"
          label="Referral → discussion (median)"
          value={daysText(discussion.medianDaysReferralToDiscussion)}
          hint={`Over ${discussion.firstDiscussed} first ${discussion.firstDiscussed === 1 ? 'discussion' : 'discussions'}`}
        />
        <StatCard
          id="complete-when-scheduled"
          label="Complete when scheduled"
          value={percent(scheduling.completeShare)}
          hint={`${ofText(scheduling.completeWhenScheduled, scheduling.scheduled)} cases, no readiness override`}
        />
        <StatCard
          id="quorum"
          label="Quorum met"
          value={percent(meetings.quorumShare)}
          hint={`${ofText(meetings.quorumMet, meetings.held)} meetings held`}
        />
        <StatCard
          id="decision-to-letter"
          label="Decision → letter (median)"
          value={daysText(letters.medianDaysDecisionToLetter)}
          hint={`${ofText(letters.lettersProduced, letters.decisionsSigned)} decisions have their letter`}
        />
        <StatCard
          id="implemented"
          label="Decision items implemented"
          value={percent(itemOutcomes.doneShare)}
          hint={`${ofText(itemOutcomes.done, itemOutcomes.items)} items`}
        />
      </SimpleGrid>
    </section>
  );
}
