import { lazy, Suspense, useState } from 'react';
import { Alert, Anchor, Badge, Button, Grid, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { liveRoomPath, meetingMinutesPath, paths } from '../../../app/paths';
import { Page } from '../../../components/page';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatDateTime } from '../../../lib/labels';
import { hasAnyRole, useCurrentUser } from '../../auth/api/get-session';
import { meetingIcsUrl, useMeeting } from '../api/get-meeting';
import { useDirectory } from '../api/get-directory';
import { AgendaList, type Person } from '../components/agenda-list';
import { AttendancePanel } from '../components/attendance-panel';
import { CancelMeetingDialog } from '../components/cancel-meeting-dialog';
import { MEETING_STATUS_LABELS, meetingStatusColor } from '../components/format';
import { MoveMeetingDialog } from '../components/move-meeting-dialog';

// Only coordinators and the chair add cases: the picker is its own chunk.
const AddCasePanel = lazy(() => import('../components/add-case-panel').then((m) => ({ default: m.AddCasePanel })));

/**
 * The people the pickers offer: the board's directory, plus anyone already on this meeting who has
 * since left it (a deactivated presenter or attendee stays visible by name).
 */
function usePeople(extra: readonly (Person | null | undefined)[], enabled: boolean): Person[] {
  const directory = useDirectory(enabled);
  const map = new Map<string, string>();
  for (const p of directory.data?.items ?? []) map.set(p.id, p.name);
  for (const p of extra) if (p) map.set(p.id, p.name);
  return [...map].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

export function Component() {
  const { meetingId = '' } = useParams();
  const meeting = useMeeting(meetingId);
  const user = useCurrentUser();
  const canSchedule = hasAnyRole(user, ['coordinator', 'chair']);
  const data = meeting.data;
  const [dialog, setDialog] = useState<'move' | 'cancel' | null>(null);
  const people = usePeople(
    [
      user ? { id: user.id, name: user.name } : null,
      ...(data?.agenda.map((i) => i.presenter) ?? []),
      ...(data?.attendees.map((a) => a.user) ?? []),
    ],
    canSchedule,
  );

  if (meeting.isPending) return <PageLoader />;
  if (meeting.isError || !data)
    return (
      <Page title="Meeting">
        <ProblemAlert title="Could not load the meeting" error={meeting.error} />
      </Page>
    );

  const editable = canSchedule && (data.status === 'scheduled' || data.status === 'in_progress');
  const reschedulable = canSchedule && data.status === 'scheduled';
  const ratio = data.meetingMinutes > 0 ? Math.min(100, (data.plannedMinutes / data.meetingMinutes) * 100) : 0;

  return (
    <Page
      title={data.title}
      description={`${formatDateTime(data.startsAt)} – ${new Date(data.endsAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}${data.location ? ` · ${data.location}` : ''}`}
      actions={
        <Group gap="xs">
          <Badge size="lg" variant="light" color={meetingStatusColor(data.status)}>
            {MEETING_STATUS_LABELS[data.status]}
          </Badge>
          <Button component="a" href={meetingIcsUrl(data.id)} download variant="default">
            Download ICS
          </Button>
          {data.status !== 'cancelled' && (
            <Button component={Link} to={meetingMinutesPath(data.id)} variant="default">
              Minutes
            </Button>
          )}
          {reschedulable && (
            <>
              <Button variant="default" onClick={() => setDialog('move')} aria-haspopup="dialog">
                Move…
              </Button>
              <Button variant="default" color="red" onClick={() => setDialog('cancel')} aria-haspopup="dialog">
                Cancel…
              </Button>
            </>
          )}
          {data.status !== 'cancelled' && (
            <Button component={Link} to={liveRoomPath(data.id)}>
              Open live room
            </Button>
          )}
        </Group>
      }
    >
      {reschedulable && (
        <>
          <MoveMeetingDialog meeting={data} opened={dialog === 'move'} onClose={() => setDialog(null)} />
          <CancelMeetingDialog meeting={data} opened={dialog === 'cancel'} onClose={() => setDialog(null)} />
        </>
      )}
      <Anchor component={Link} to={paths.meetings} size="sm">
        ← All meetings
      </Anchor>
      {data.cancelReason && (
        <Alert color="red" title="Cancelled">
          {data.cancelReason}
        </Alert>
      )}
      {data.videoUrl && (
        <Text size="sm">
          Video:{' '}
          <Anchor href={data.videoUrl} target="_blank" rel="noreferrer">
            {data.videoUrl}
          </Anchor>
        </Text>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Paper withBorder p="md" data-testid="time-summary">
              <Group justify="space-between" mb={6}>
                <Text fw={600}>
                  Planned {data.plannedMinutes} of {data.meetingMinutes} min
                </Text>
                <Text fw={600} c={data.overCapacity ? 'red' : undefined}>
                  {data.agenda.length} of {data.capacity} cases
                </Text>
              </Group>
              <Progress
                value={ratio}
                color={data.overTime ? 'red' : 'blue'}
                aria-label={`Planned ${data.plannedMinutes} of ${data.meetingMinutes} minutes`}
              />
              {data.overTime && (
                <Alert color="red" variant="light" mt="sm" title="Over time" role="status">
                  The agenda needs {data.plannedMinutes - data.meetingMinutes} minutes more than the meeting has.
                </Alert>
              )}
              {data.overCapacity && (
                <Alert color="red" variant="light" mt="sm" title="Over capacity" role="status">
                  More cases than the meeting's capacity of {data.capacity}.
                </Alert>
              )}
            </Paper>
            <Title order={2} size="h4">
              Agenda
            </Title>
            {editable && (
              <Suspense fallback={<PageLoader label="Loading the case picker" />}>
                <AddCasePanel meeting={data} canOverride={hasAnyRole(user, ['chair'])} />
              </Suspense>
            )}
            <AgendaList meeting={data} editable={editable} people={people} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              Attendance
            </Title>
            <AttendancePanel meeting={data} user={user} canRecordOthers={canSchedule} people={people} />
          </Paper>
        </Grid.Col>
      </Grid>
    </Page>
  );
}
