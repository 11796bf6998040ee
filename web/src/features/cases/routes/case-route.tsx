import { Suspense, lazy, type ReactNode } from 'react';
import { Anchor, Button, Grid, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { PRIMARY_CANCER_LABELS, SEX_LABELS, type CaseDetail, type CurrentUser } from '@tumor-board/shared';
import { Link, useParams, useSearchParams } from 'react-router';
import { caseBoardPath, paths } from '../../../app/paths';
import { Page } from '../../../components/page';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { isApiError } from '../../../lib/api/client';
import { useCurrentUser } from '../../auth/api/get-session';
import { useCase } from '../api/get-case';
import { StatusBadge, UrgencyBadge } from '../components/case-badges';
import { CaseSummaryPanel } from '../components/case-summary-panel';
import { ageInYears, formatDate, formatDay, patientName } from '../components/format';
import { ReadinessChecklist } from '../components/readiness-checklist';
import { WorkflowActions } from '../components/workflow-actions';
import '../components/case-page.css';

// The record's tabs load with their own code (the lesion editor brings the score calculators and
// the skeleton), so opening a case costs only the summary's code until another tab is chosen.
const LesionsPanel = lazy(() => import('../components/lesions-panel').then((m) => ({ default: m.LesionsPanel })));
const AssessmentsPanel = lazy(() =>
  import('../components/assessments-panel').then((m) => ({ default: m.AssessmentsPanel })),
);
const ImagingPanel = lazy(() => import('../components/imaging-panel').then((m) => ({ default: m.ImagingPanel })));
const HistoryPanel = lazy(() => import('../components/history-panel').then((m) => ({ default: m.HistoryPanel })));

const TABS = ['summary', 'lesions', 'assessments', 'imaging', 'history'] as const;
type CaseTab = (typeof TABS)[number];
const TAB_LABELS: Readonly<Record<CaseTab, string>> = {
  summary: 'Summary',
  lesions: 'Lesions',
  assessments: 'Assessments',
  imaging: 'Imaging',
  history: 'History',
};
const isTab = (value: string | null): value is CaseTab => (TABS as readonly (string | null)[]).includes(value);

function CaseFacts({ detail }: { detail: CaseDetail }) {
  const c = detail.case;
  const facts: [string, ReactNode][] = [
    ['Status', <StatusBadge key="s" status={c.status} />],
    ['Urgency', <UrgencyBadge key="u" urgency={c.urgency} />],
    ['Primary cancer', c.primaryCancer ? PRIMARY_CANCER_LABELS[c.primaryCancer] : 'Not known yet'],
    ['Referred', formatDay(detail.referredAt)],
    ['Referring oncologist', detail.referrer?.name ?? 'Not named'],
    ['Presenting clinician', detail.presenter?.name ?? 'Not chosen yet'],
  ];
  return (
    <dl className="case-facts">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function CaseView({ detail, user }: { detail: CaseDetail; user: CurrentUser }) {
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: CaseTab = isTab(requested) ? requested : 'summary';
  const { patient } = detail;
  const age = ageInYears(patient.birthDate);
  const caseId = detail.case.id;

  return (
    <Page
      title={patientName(patient)}
      description={`MRN ${patient.mrn} · born ${formatDate(patient.birthDate)}${age === undefined ? '' : ` (${age} years)`} · ${SEX_LABELS[patient.sex]}`}
      actions={
        <Button component={Link} to={caseBoardPath(caseId)} variant="default">
          Recommendations and decision
        </Button>
      }
    >
      <Grid gap="md" align="stretch">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Paper withBorder p="md" component="section" aria-labelledby="case-overview-heading" h="100%">
            <Title order={2} size="h4" id="case-overview-heading" mb="sm">
              Referral
            </Title>
            <CaseFacts detail={detail} />
            {detail.case.clinicalQuestion && (
              <Text size="sm" mt="sm">
                <Text span fw={600}>
                  Question for the board:{' '}
                </Text>
                {detail.case.clinicalQuestion}
              </Text>
            )}
            <Stack gap={6} mt="md">
              <Text size="sm" fw={600}>
                Workflow
              </Text>
              <WorkflowActions detail={detail} user={user} />
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <ReadinessChecklist readiness={detail.readiness} />
        </Grid.Col>
      </Grid>

      <Tabs
        value={tab}
        onChange={(value) => {
          const next = new URLSearchParams(params);
          if (value === null || value === 'summary') next.delete('tab');
          else next.set('tab', value);
          setParams(next, { replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label="Case record">
          {TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {TAB_LABELS[value]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Suspense fallback={<PageLoader label="Loading" />}>
          <Tabs.Panel value="summary" pt="md">
            <CaseSummaryPanel detail={detail} user={user} />
          </Tabs.Panel>
          <Tabs.Panel value="lesions" pt="md">
            <LesionsPanel caseId={caseId} />
          </Tabs.Panel>
          <Tabs.Panel value="assessments" pt="md">
            <AssessmentsPanel caseId={caseId} />
          </Tabs.Panel>
          <Tabs.Panel value="imaging" pt="md">
            <ImagingPanel caseId={caseId} user={user} />
          </Tabs.Panel>
          <Tabs.Panel value="history" pt="md">
            <HistoryPanel caseId={caseId} />
          </Tabs.Panel>
        </Suspense>
      </Tabs>
    </Page>
  );
}

export function Component() {
  const { caseId = '' } = useParams();
  const user = useCurrentUser();
  const detail = useCase(caseId);

  if (detail.isSuccess && user) return <CaseView detail={detail.data} user={user} />;
  if (detail.isError) {
    const missing = isApiError(detail.error) && (detail.error.status === 404 || detail.error.status === 400);
    return (
      <Page title={missing ? 'Case not found' : 'Case'}>
        {missing ? (
          <Text maw={720}>
            There is no case at this address, or it is not one you may see.{' '}
            <Anchor component={Link} to={paths.worklist}>
              Back to the worklist
            </Anchor>
            .
          </Text>
        ) : (
          <ProblemAlert title="Could not load the case" error={detail.error}>
            <Group mt="sm">
              <Button size="xs" onClick={() => void detail.refetch()} loading={detail.isFetching}>
                Try again
              </Button>
            </Group>
          </ProblemAlert>
        )}
      </Page>
    );
  }
  return (
    <Page title="Case">
      <PageLoader label="Loading the case" />
    </Page>
  );
}
