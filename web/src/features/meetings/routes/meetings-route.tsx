import { lazy, Suspense, useState } from 'react';
import { Anchor, Badge, Button, Group, Modal, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { liveRoomPath, meetingPagePath } from '../../../app/paths';
import { Page } from '../../../components/page';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatDateTime } from '../../../lib/labels';
import { hasAnyRole, useCurrentUser } from '../../auth/api/get-session';
import { meetingIcsUrl } from '../api/get-meeting';
import { useMeetings } from '../api/get-meetings';
import { AdHocMeetingForm } from '../components/ad-hoc-meeting-form';
import { addDays, shiftAnchor, startOfDay, visibleDays, type CalendarView } from '../components/calendar-range';
import { MEETING_STATUS_LABELS, meetingStatusColor } from '../components/format';
import { MeetingCalendar } from '../components/meeting-calendar';

// The recurrence rules (rrule, luxon) are only needed by the series panel and form: their own chunk.
const CreateSeriesForm = lazy(() =>
  import('../components/create-series-form').then((m) => ({ default: m.CreateSeriesForm })),
);
const SeriesPanel = lazy(() => import('../components/series-panel').then((m) => ({ default: m.SeriesPanel })));

export function Component() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const canSchedule = hasAnyRole(user, ['coordinator', 'chair']);
  const [view, setView] = useState<CalendarView>('month');
  const [anchor, setAnchor] = useState(() => startOfDay(new Date()));
  const [dialog, setDialog] = useState<'series' | 'adhoc' | null>(null);

  const days = visibleDays(view, anchor);
  const from = days[0]!.toISOString();
  const to = addDays(days[days.length - 1]!, 1).toISOString();
  const meetings = useMeetings(from, to);
  const items = meetings.data?.items ?? [];

  return (
    <Page
      title="Meetings"
      description="The board's calendar: series, urgent meetings and each meeting's agenda."
      actions={
        canSchedule && (
          <Group gap="xs">
            <Button variant="default" onClick={() => setDialog('series')}>
              New series
            </Button>
            <Button color="red" variant="light" onClick={() => setDialog('adhoc')}>
              Add urgent meeting
            </Button>
          </Group>
        )
      }
    >
      {meetings.isError && <ProblemAlert title="Could not load the meetings" error={meetings.error} />}
      <Paper withBorder p="md">
        <MeetingCalendar
          view={view}
          anchor={anchor}
          meetings={items}
          onViewChange={setView}
          onStep={(step) => setAnchor(step === 0 ? startOfDay(new Date()) : shiftAnchor(view, anchor, step))}
        />
      </Paper>

      <Stack gap="xs">
        <Title order={2} size="h4">
          Meetings in view
        </Title>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {meetings.isPending ? 'Loading…' : 'No meetings in this period.'}
          </Text>
        ) : (
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>Meeting</Table.Th>
                <Table.Th>Cases</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>{formatDateTime(m.startsAt)}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={meetingPagePath(m.id)}>
                      {m.title}
                    </Anchor>
                    {m.adHoc && (
                      <Badge ml="xs" size="xs" color="red" variant="light">
                        Ad hoc
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {m.caseCount} / {m.capacity}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={meetingStatusColor(m.status)}>
                      {MEETING_STATUS_LABELS[m.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Anchor
                        href={meetingIcsUrl(m.id)}
                        download
                        size="sm"
                        aria-label={`Download ICS for ${m.title}, ${formatDateTime(m.startsAt)}`}
                      >
                        Download ICS
                      </Anchor>
                      {m.status !== 'cancelled' && (
                        <Anchor component={Link} to={liveRoomPath(m.id)} size="sm">
                          Live room
                        </Anchor>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>

      <Suspense fallback={<PageLoader label="Loading the series" />}>
        <SeriesPanel />
      </Suspense>

      <Modal opened={dialog === 'series'} onClose={() => setDialog(null)} title="New meeting series" size="lg">
        <Suspense fallback={<PageLoader label="Loading the form" />}>
          <CreateSeriesForm onDone={() => setDialog(null)} />
        </Suspense>
      </Modal>
      <Modal opened={dialog === 'adhoc'} onClose={() => setDialog(null)} title="Add an urgent meeting">
        <AdHocMeetingForm
          onDone={(meeting) => {
            setDialog(null);
            if (meeting) void navigate(meetingPagePath(meeting.id));
          }}
        />
      </Modal>
    </Page>
  );
}
