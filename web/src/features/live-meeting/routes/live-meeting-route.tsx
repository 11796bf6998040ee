import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { liveRoomPath, meetingPagePath, paths } from '../../../app/paths';
import { Page } from '../../../components/page';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatDateTime } from '../../../lib/labels';
import { useMeetings } from '../../meetings/api/get-meetings';
import { MEETING_STATUS_LABELS, meetingStatusColor } from '../../meetings/components/format';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Today's and the coming two weeks' meetings, to pick a room; one in progress comes first. */
export function Component() {
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  const from = start.toISOString();
  const to = new Date(start.getTime() + 15 * DAY_MS).toISOString();
  const meetings = useMeetings(from, to);
  const items = (meetings.data?.items ?? [])
    .filter((m) => m.status !== 'cancelled')
    .sort(
      (a, b) =>
        Number(b.status === 'in_progress') - Number(a.status === 'in_progress') || a.startsAt.localeCompare(b.startsAt),
    );

  return (
    <Page
      title="Live meeting room"
      description="Pick a meeting to follow live: today's first, then the coming two weeks."
    >
      {meetings.isError && <ProblemAlert title="Could not load the meetings" error={meetings.error} />}
      {meetings.isSuccess && items.length === 0 && (
        <Text c="dimmed">
          No meetings today or in the next two weeks. Plan one under{' '}
          <Anchor component={Link} to={paths.meetings}>
            Meetings
          </Anchor>
          .
        </Text>
      )}
      <Stack gap="xs" data-testid="live-meeting-list">
        {items.map((m) => (
          <Paper key={m.id} withBorder p="sm">
            <Group justify="space-between">
              <div>
                <Group gap="xs">
                  <Text fw={600}>{m.title}</Text>
                  <Badge size="sm" variant="light" color={meetingStatusColor(m.status)}>
                    {MEETING_STATUS_LABELS[m.status]}
                  </Badge>
                </Group>
                <Text size="sm" c="dimmed">
                  {formatDateTime(m.startsAt)} · {m.caseCount} cases
                </Text>
              </div>
              <Group gap="xs">
                <Anchor component={Link} to={meetingPagePath(m.id)} size="sm">
                  Agenda
                </Anchor>
                <Button
                  component={Link}
                  to={liveRoomPath(m.id)}
                  aria-label={`Open live room: ${m.title}, ${formatDateTime(m.startsAt)}`}
                >
                  Open live room
                </Button>
              </Group>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Page>
  );
}
