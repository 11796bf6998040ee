import { useCallback } from 'react';
import { Anchor, Badge, Box, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { DeferralReason, LiveCommandName } from '@tumor-board/shared';
import { Link, useParams } from 'react-router';
import { meetingPagePath, paths } from '../../../app/paths';
import { APP_NAME } from '../../../components/page';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { hasAnyRole, useCurrentUser } from '../../auth/api/get-session';
import { MEETING_STATUS_LABELS, meetingStatusColor } from '../../meetings/components/format';
import { useLiveRoom } from '../api/get-live-room';
import { useLiveState } from '../api/get-live-state';
import { useSendLiveCommand } from '../api/send-live-command';
import { ConnectionBadge } from '../components/connection-badge';
import { CurrentCase } from '../components/current-case';
import { LiveAgenda } from '../components/live-agenda';
import { LiveControls } from '../components/live-controls';
import { LiveTimer } from '../components/live-timer';
import { asLiveCase } from '../components/live-types';
import { useLiveConnection } from '../hooks/use-live-connection';

export function Component() {
  const { meetingId = '' } = useParams();
  const room = useLiveRoom(meetingId);
  const liveState = useLiveState(meetingId);
  const connection = useLiveConnection(meetingId);
  const user = useCurrentUser();
  const command = useSendLiveCommand();
  const title = room.data ? `Live: ${room.data.meeting.title}` : 'Live meeting room';
  useDocumentTitle(`${title} · ${APP_NAME}`);

  const send = useCallback(
    (name: LiveCommandName, itemId?: string, reason?: DeferralReason) =>
      command.mutate({ meetingId, command: { command: name, itemId, ...(reason ? { reason } : {}) } }),
    [command, meetingId],
  );
  const sendFromControls = useCallback(
    (name: LiveCommandName, options?: { reason?: DeferralReason }) => send(name, undefined, options?.reason),
    [send],
  );

  if (room.isPending) return <PageLoader />;
  if (room.isError)
    return (
      <Stack>
        <Title order={1} size="h2">
          Live meeting room
        </Title>
        <ProblemAlert title="Could not open the meeting room" error={room.error} />
      </Stack>
    );

  const { meeting } = room.data;
  // The newest state wins: the socket's (or a command's) over the one fetched with the room.
  const state =
    liveState.data && liveState.data.sequence >= room.data.state.sequence ? liveState.data : room.data.state;
  const agenda = meeting.agenda.filter((i) => i.outcome !== 'rolled_over' || i.id === state.currentItemId);
  const index = agenda.findIndex((i) => i.id === state.currentItemId);
  const currentItem = index >= 0 ? agenda[index] : undefined;
  const isPresenter = user !== null && (state.presenter?.id === user.id || currentItem?.presenter?.id === user.id);
  const canDrive = hasAnyRole(user, ['chair', 'coordinator']) || isPresenter;

  return (
    <Stack gap="md" data-testid="live-room">
      <Group justify="space-between" wrap="wrap">
        <div>
          <Title order={1} size="h2" className="page-heading" tabIndex={-1}>
            {meeting.title}
          </Title>
          <Group gap="xs">
            <Badge variant="light" color={meetingStatusColor(state.status)} data-testid="meeting-status">
              {MEETING_STATUS_LABELS[state.status]}
            </Badge>
            {state.presenter && <Text size="sm">Presenter: {state.presenter.name}</Text>}
            <Anchor component={Link} to={meetingPagePath(meeting.id)} size="sm">
              Agenda and attendance
            </Anchor>
            <Text size="sm" c={meeting.quorum.met ? 'green' : 'orange'}>
              {meeting.quorum.met ? 'Quorum met' : `No quorum (${meeting.quorum.missing.length} missing)`}
            </Text>
          </Group>
        </div>
        <Group gap="lg">
          <LiveTimer startedAt={state.timerStartedAt} plannedMinutes={currentItem?.minutes ?? null} />
          <ConnectionBadge status={connection} />
        </Group>
      </Group>

      {canDrive && (
        <Paper withBorder p="sm">
          <LiveControls
            state={state}
            hasPrevious={index > 0}
            hasNext={index >= 0 && index < agenda.length - 1}
            busy={command.isPending}
            onCommand={sendFromControls}
          />
        </Paper>
      )}
      {command.isError && <ProblemAlert title="The command was refused" error={command.error} />}

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8, xl: 9 }}>
          {currentItem ? (
            <CurrentCase
              view={asLiveCase(
                currentItem,
                room.data.cases.find((c) => c.itemId === currentItem.id),
              )}
            />
          ) : (
            <Paper withBorder p="xl" data-testid="current-case">
              <Text fz="xl" c="dimmed" data-testid="current-patient">
                {state.status === 'scheduled'
                  ? 'The meeting has not started yet.'
                  : state.status === 'ended'
                    ? 'The meeting has ended.'
                    : 'No case is selected.'}
              </Text>
            </Paper>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4, xl: 3 }}>
          <Box pos="sticky" top={72}>
            <Title order={2} size="h4" mb="xs">
              Agenda
            </Title>
            {agenda.length === 0 ? (
              <Text c="dimmed">No cases on the agenda.</Text>
            ) : (
              <LiveAgenda
                agenda={agenda}
                state={state}
                onGoto={canDrive && state.status === 'in_progress' ? (itemId) => send('goto', itemId) : undefined}
              />
            )}
            <Anchor component={Link} to={paths.liveMeeting} size="sm" mt="md" display="block">
              ← Other meetings
            </Anchor>
          </Box>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
