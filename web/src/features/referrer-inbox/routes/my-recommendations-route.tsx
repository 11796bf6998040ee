import { lazy, Suspense } from 'react';
import { Anchor, Badge, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { PRIMARY_CANCER_LABELS, URGENCY_LABELS, type InboxEntry } from '@tumor-board/shared';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import { Page } from '../../../components/page';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatDateTime } from '../../../lib/labels';
import { useInbox } from '../api/get-inbox';

// The decision and its follow-up forms load when a decision is opened.
const DecisionFollowUp = lazy(() =>
  import('../components/decision-follow-up').then((m) => ({ default: m.DecisionFollowUp })),
);

const patientName = (e: InboxEntry) => `${e.patient.givenName} ${e.patient.familyName}`;

function InboxRow({ entry, selected }: { entry: InboxEntry; selected: boolean }) {
  const weight = entry.read ? undefined : 700;
  return (
    <Table.Tr bg={selected ? 'var(--mantine-color-blue-light)' : undefined} data-unread={!entry.read || undefined}>
      <Table.Th scope="row" fw={weight ?? 400}>
        <Anchor
          component={Link}
          to={`${paths.myRecommendations}?decision=${encodeURIComponent(entry.decisionId)}`}
          fw={weight}
          // On the selected row's blue tint the link's blue-8 is 4.1:1; blue-9 reads at 4.9:1.
          c={selected ? 'blue.9' : undefined}
          aria-current={selected ? 'true' : undefined}
        >
          {patientName(entry)}
        </Anchor>
        <Text size="xs" c="dimmed">
          MRN {entry.patient.mrn}
        </Text>
      </Table.Th>
      <Table.Td fw={weight}>{entry.primaryCancer ? PRIMARY_CANCER_LABELS[entry.primaryCancer] : '—'}</Table.Td>
      <Table.Td fw={weight}>{URGENCY_LABELS[entry.urgency]}</Table.Td>
      <Table.Td fw={weight}>
        {formatDateTime(entry.signedAt)}
        {entry.sequence > 1 && (
          <Text size="xs" c="dimmed">
            Amendment {entry.sequence - 1}
          </Text>
        )}
      </Table.Td>
      <Table.Td fw={weight}>{entry.itemCount}</Table.Td>
      <Table.Td>
        {!entry.read && (
          <Badge color="blue" variant="filled">
            Unread
          </Badge>
        )}
        {entry.acknowledgedAt ? (
          <Text size="sm">Acknowledged {formatDateTime(entry.acknowledgedAt)}</Text>
        ) : (
          <Text size="sm" c="orange">
            Not acknowledged
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** `/my-recommendations`: the board's signed decisions on one's patients, to acknowledge and follow up. */
export function Component() {
  const inbox = useInbox();
  const [params] = useSearchParams();
  const selectedId = params.get('decision');
  const entries = inbox.data?.items ?? [];
  const selected = entries.find((e) => e.decisionId === selectedId);

  return (
    <Page
      title="My recommendations"
      description={
        inbox.data
          ? `${inbox.data.unread} unread of ${entries.length} signed decision${entries.length === 1 ? '' : 's'} on your patients`
          : "The board's signed decisions on your patients"
      }
    >
      {inbox.isPending && <Loader role="progressbar" aria-label="Loading your decisions" />}
      {inbox.error && <ProblemAlert title="Could not load your decisions" error={inbox.error} />}
      {inbox.data && entries.length === 0 && <Text>No signed decisions on your patients yet.</Text>}
      {entries.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table highlightOnHover aria-label="Signed decisions, newest first" data-testid="inbox-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Patient</Table.Th>
                <Table.Th>Primary</Table.Th>
                <Table.Th>Urgency</Table.Th>
                <Table.Th>Signed</Table.Th>
                <Table.Th>Items</Table.Th>
                <Table.Th>Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e) => (
                <InboxRow key={e.decisionId} entry={e} selected={e.decisionId === selectedId} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {selected && (
        <Stack gap="sm">
          <Title order={2} size="h3">
            {patientName(selected)}
          </Title>
          <Suspense fallback={<Loader role="progressbar" aria-label="Loading the decision" />}>
            <DecisionFollowUp key={selected.decisionId} entry={selected} />
          </Suspense>
        </Stack>
      )}
      {selectedId && inbox.data && !selected && <Text>That decision is not in your inbox.</Text>}
    </Page>
  );
}
