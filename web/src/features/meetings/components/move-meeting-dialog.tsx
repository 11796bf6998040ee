import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, NumberInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import type { MeetingDetail } from '@tumor-board/shared';
import { ProblemAlert } from '../../../components/problem-alert';
import { isApiError } from '../../../lib/api/client';
import { useSeries } from '../api/get-series';
import { useMoveMeeting } from '../api/move-meeting';
import { browserTimeZone, fromZonedParts, toZonedParts } from './zoned-time';

const minutesBetween = (from: string, to: string) =>
  Math.round((new Date(to).getTime() - new Date(from).getTime()) / 60_000);

export interface MoveMeetingDialogProps {
  meeting: MeetingDetail;
  opened: boolean;
  onClose: () => void;
}

/** "Move…": a new date, time (in the meeting's zone or the browser's), length and place for one occurrence. */
export function MoveMeetingDialog({ meeting, opened, onClose }: MoveMeetingDialogProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Move meeting"
      centered
      closeButtonProps={{ 'aria-label': 'Close dialog' }}
    >
      {/* Mounted only while open, so every opening starts from the meeting as it is now. */}
      {opened && <MoveMeetingForm meeting={meeting} onClose={onClose} />}
    </Modal>
  );
}

function MoveMeetingForm({ meeting, onClose }: { meeting: MeetingDetail; onClose: () => void }) {
  const series = useSeries();
  // Ad-hoc meetings have no zone of their own; the server keeps them in UTC.
  const meetingZone = meeting.seriesId
    ? (series.data?.items.find((s) => s.id === meeting.seriesId)?.timeZone ?? 'UTC')
    : 'UTC';
  const browserZone = browserTimeZone();
  const [zoneChoice, setZoneChoice] = useState<'meeting' | 'browser'>('browser');
  const zone = zoneChoice === 'meeting' ? meetingZone : browserZone;

  const initial = toZonedParts(meeting.startsAt, browserZone);
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);
  const [duration, setDuration] = useState<number | string>(minutesBetween(meeting.startsAt, meeting.endsAt));
  const [location, setLocation] = useState(meeting.location ?? '');
  const [formError, setFormError] = useState<string | null>(null);
  const move = useMoveMeeting();

  /** Switching zones keeps the instant and shows it on the other clock. */
  const switchZone = (value: string) => {
    const next = value === 'meeting' ? meetingZone : browserZone;
    const iso = fromZonedParts(date, time, zone);
    if (iso) {
      const p = toZonedParts(iso, next);
      setDate(p.date);
      setTime(p.time);
    }
    setZoneChoice(value === 'meeting' ? 'meeting' : 'browser');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const startsAt = fromZonedParts(date, time, zone);
    const minutes = Number(duration);
    if (!startsAt) return setFormError('Enter a date and a time.');
    if (!Number.isInteger(minutes) || minutes < 15 || minutes > 480)
      return setFormError('Length must be between 15 and 480 minutes.');
    setFormError(null);
    move.mutate(
      {
        meetingId: meeting.id,
        version: meeting.version,
        startsAt,
        durationMinutes: minutes,
        location: location.trim() || null,
      },
      { onSuccess: onClose },
    );
  };

  const stale = isApiError(move.error) && move.error.status === 409;

  return (
    <form onSubmit={submit} noValidate aria-busy={move.isPending}>
      <Stack>
        {meetingZone !== browserZone && (
          <Stack gap={4}>
            <Text size="sm" fw={500} id="move-zone-label">
              Time zone
            </Text>
            <SegmentedControl
              aria-labelledby="move-zone-label"
              value={zoneChoice}
              onChange={switchZone}
              data={[
                { value: 'browser', label: `Yours (${browserZone})` },
                { value: 'meeting', label: `Meeting (${meetingZone})` },
              ]}
            />
          </Stack>
        )}
        <Group grow>
          <TextInput label="Date" type="date" value={date} onChange={(e) => setDate(e.currentTarget.value)} required />
          <TextInput label="Time" type="time" value={time} onChange={(e) => setTime(e.currentTarget.value)} required />
        </Group>
        <Text size="xs" c="dimmed">
          Times are in {zone}.
        </Text>
        <NumberInput label="Length (minutes)" min={15} max={480} value={duration} onChange={setDuration} />
        <TextInput label="Location" value={location} onChange={(e) => setLocation(e.currentTarget.value)} />
        {formError && (
          <Alert color="red" variant="light" role="alert">
            {formError}
          </Alert>
        )}
        {stale ? (
          <Alert color="orange" variant="light" title="Someone else changed this meeting" role="alert">
            The meeting has been reloaded. Close this dialog and open “Move…” again to see it as it is now.
          </Alert>
        ) : (
          move.isError && <ProblemAlert title="Could not move the meeting" error={move.error} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
          <Button type="submit" loading={move.isPending} disabled={stale}>
            Move meeting
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
