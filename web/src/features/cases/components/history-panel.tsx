import { Button, Paper, Skeleton, Stack, Text, Timeline, Title } from '@mantine/core';
import { CASE_STATUS_LABELS } from '@tumor-board/shared';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatDateTime } from '../../../lib/labels';
import { useCaseHistory } from '../api/get-case-history';

/** The case's status changes, oldest first, with who moved it and why. */
export function HistoryPanel({ caseId }: { caseId: string }) {
  const history = useCaseHistory(caseId);
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="md">
        Status history
      </Title>
      {history.isPending && (
        <Stack gap="xs" role="status" aria-label="Loading the history">
          <Skeleton height={40} />
          <Skeleton height={40} />
        </Stack>
      )}
      {history.isError && (
        <ProblemAlert title="Could not load the history" error={history.error}>
          <Button size="xs" mt="sm" onClick={() => void history.refetch()}>
            Try again
          </Button>
        </ProblemAlert>
      )}
      {history.isSuccess && history.data.items.length === 0 && (
        <Text size="sm" c="dimmed">
          No status changes recorded.
        </Text>
      )}
      {history.isSuccess && history.data.items.length > 0 && (
        <Timeline active={history.data.items.length - 1} bulletSize={14} lineWidth={2}>
          {history.data.items.map((event) => (
            <Timeline.Item
              key={event.id}
              title={
                event.fromStatus
                  ? `${CASE_STATUS_LABELS[event.fromStatus]} → ${CASE_STATUS_LABELS[event.toStatus]}`
                  : `Referred (${CASE_STATUS_LABELS[event.toStatus].toLowerCase()})`
              }
            >
              <Text size="sm" c="dimmed">
                {formatDateTime(event.at)}
                {event.by ? ` · ${event.by.name}` : ''}
              </Text>
              {event.reason && <Text size="sm">Reason: {event.reason}</Text>}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Paper>
  );
}
