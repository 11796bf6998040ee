import { useState } from 'react';
import {
  Badge,
  Button,
  Group,
  List,
  NativeSelect,
  SegmentedControl,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import type { CurrentUser, MeetingDetail } from '@tumor-board/shared';
import { ProblemAlert } from '../../../components/problem-alert';
import { DISCIPLINE_LABELS } from '../../../lib/labels';
import { useCheckIn } from '../api/check-in';
import { useRemoveAttendance } from '../api/remove-attendance';
import type { Person } from './agenda-list';

type Mode = 'in_person' | 'virtual';
const MODE_LABELS: Record<Mode, string> = { in_person: 'In person', virtual: 'Virtual' };

const disciplineLabel = (d: string | null) =>
  d === null ? '—' : ((DISCIPLINE_LABELS as Record<string, string | undefined>)[d] ?? d);

export interface AttendancePanelProps {
  meeting: MeetingDetail;
  user: CurrentUser | null;
  /** Coordinators and the chair record other people's attendance. */
  canRecordOthers: boolean;
  people: readonly Person[];
}

/** Who is here (and how), quorum by discipline, and check-in. */
export function AttendancePanel({ meeting, user, canRecordOthers, people }: AttendancePanelProps) {
  const checkIn = useCheckIn();
  const remove = useRemoveAttendance();
  const [mode, setMode] = useState<Mode>('in_person');
  const [otherId, setOtherId] = useState<string | null>(null);
  const me = user ? meeting.attendees.find((a) => a.user.id === user.id) : undefined;
  const present = new Set(meeting.attendees.map((a) => a.user.id));
  const others = people.filter((p) => !present.has(p.id)).map((p) => ({ value: p.id, label: p.name }));
  const error = checkIn.error ?? remove.error;

  return (
    <Stack gap="sm" data-testid="attendance-panel">
      <div data-testid="quorum">
        {meeting.quorum.met ? (
          <Badge color="green" size="lg" variant="light">
            Quorum met
          </Badge>
        ) : (
          <>
            <Badge color="orange" size="lg" variant="light">
              No quorum yet
            </Badge>
            <Text size="sm" mt={4}>
              Missing disciplines:
            </Text>
            <List size="sm">
              {meeting.quorum.missing.map((d) => (
                <List.Item key={d}>{disciplineLabel(d)}</List.Item>
              ))}
            </List>
          </>
        )}
      </div>

      {error && <ProblemAlert title="Could not change attendance" error={error} />}

      <Group gap="xs" align="flex-end">
        <SegmentedControl
          size="xs"
          value={mode}
          onChange={(v) => setMode(v)}
          data={[
            { value: 'in_person', label: 'In person' },
            { value: 'virtual', label: 'Virtual' },
          ]}
          aria-label="Attendance mode"
        />
        {user && !me && (
          <Button
            size="xs"
            loading={checkIn.isPending}
            onClick={() => checkIn.mutate({ meetingId: meeting.id, body: { mode } })}
          >
            Check in ({MODE_LABELS[mode].toLowerCase()})
          </Button>
        )}
        {user && me && (
          <Button size="xs" variant="default" onClick={() => remove.mutate({ meetingId: meeting.id, userId: user.id })}>
            Check out
          </Button>
        )}
      </Group>
      {canRecordOthers && (
        <Group gap="xs" align="flex-end">
          <NativeSelect
            size="xs"
            label="Record attendance for"
            data={[{ value: '', label: others.length ? 'Choose a person' : 'Nobody else known' }, ...others]}
            value={otherId ?? ''}
            onChange={(e) => setOtherId(e.currentTarget.value || null)}
            w={220}
          />
          <Button
            size="xs"
            variant="light"
            disabled={!otherId}
            onClick={() =>
              otherId &&
              checkIn.mutate(
                { meetingId: meeting.id, body: { mode, userId: otherId } },
                { onSuccess: () => setOtherId(null) },
              )
            }
          >
            Record
          </Button>
        </Group>
      )}

      {meeting.attendees.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nobody has checked in.
        </Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Discipline</Table.Th>
              <Table.Th>Mode</Table.Th>
              {canRecordOthers && (
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {meeting.attendees.map((a) => (
              <Table.Tr key={a.user.id}>
                <Table.Td>{a.user.name}</Table.Td>
                <Table.Td>{disciplineLabel(a.discipline)}</Table.Td>
                <Table.Td>{MODE_LABELS[a.mode]}</Table.Td>
                {canRecordOthers && (
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      aria-label={`Remove ${a.user.name}'s check-in`}
                      onClick={() => remove.mutate({ meetingId: meeting.id, userId: a.user.id })}
                    >
                      Remove
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
