import { useState } from 'react';
import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { Page } from '../../../components/page';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatDateTime } from '../../../lib/labels';
import { qualityCsvUrl, useQualityReport } from '../api/get-quality-report';
import { CaseOutcomesSection } from '../components/case-outcomes-section';
import { DeferralsSection } from '../components/deferrals-section';
import { ItemOutcomesSection } from '../components/item-outcomes-section';
import { QualityFiltersPanel } from '../components/quality-filters';
import { filtersFrom, validateFilters, type QualityFilters } from '../components/quality-period';
import { QualityStats } from '../components/quality-stats';
import { UrgencySection } from '../components/urgency-section';

/**
 * The board's quality dashboard: headline figures, then deferrals, decision items, outcomes and
 * urgency, each as a chart with the table it is drawn from. The period and series live in the
 * address, so a view can be bookmarked or sent to a colleague.
 */
export function Component() {
  const [params, setParams] = useSearchParams();
  // The inputs follow local state (the address updates after a navigation, too late for typing);
  // every change is copied to the address.
  const [filters, setFilters] = useState(() => filtersFrom(params));
  const { query, errors } = validateFilters(filters);
  const report = useQualityReport(query);

  const change = (next: QualityFilters) => {
    setFilters(next);
    const search = new URLSearchParams({ from: next.from, to: next.to });
    if (next.seriesId) search.set('seriesId', next.seriesId);
    setParams(search, { replace: true });
  };

  return (
    <Page
      title="Quality dashboard"
      description="How the board is doing over a period: referrals, discussions and deferrals, completeness, quorum, letters, what became of its decisions, and time to decision for urgent cases."
      actions={
        query && (
          <Button component="a" href={qualityCsvUrl(query)} download variant="default">
            Download CSV
          </Button>
        )
      }
    >
      <QualityFiltersPanel filters={filters} errors={errors} onChange={change} />
      {!query ? (
        <Text size="sm">Choose a valid period to see the figures.</Text>
      ) : report.isError ? (
        <ProblemAlert title="Could not load the quality figures" error={report.error}>
          <Button size="xs" mt="sm" onClick={() => void report.refetch()} loading={report.isFetching}>
            Try again
          </Button>
        </ProblemAlert>
      ) : !report.data ? (
        <Group gap="sm" role="status">
          <Loader size="sm" aria-hidden />
          <Text>Counting the figures…</Text>
        </Group>
      ) : (
        <Stack gap="lg" aria-busy={report.isPlaceholderData} data-testid="quality-report">
          <Text size="sm" c="dimmed" role="status">
            {`From ${report.data.period.from} to ${report.data.period.to} (UTC days, both included), counted ${formatDateTime(report.data.generatedAt)}.`}
            {report.isPlaceholderData ? ' Updating…' : ''}
          </Text>
          <QualityStats report={report.data} />
          <DeferralsSection deferrals={report.data.deferrals} />
          <ItemOutcomesSection items={report.data.itemOutcomes} />
          <CaseOutcomesSection outcomes={report.data.caseOutcomes} />
          <UrgencySection urgency={report.data.urgency} />
        </Stack>
      )}
    </Page>
  );
}
