import { useState, type FormEvent } from 'react';
import { Button, Group, NumberInput, Stack, TextInput } from '@mantine/core';
import { adHocMeetingSchema, type MeetingDetail } from '@tumor-board/shared';
import { ProblemAlert } from '../../../components/problem-alert';
import { apiFieldErrors, withLabel, zodFieldErrors, type FieldErrors } from '../../../lib/forms/field-errors';
import { useCreateAdHocMeeting, type AdHocMeetingInput } from '../api/create-ad-hoc-meeting';

/** "2026-11-27T15:00" for a datetime-local input, one hour from now on the hour. */
function nextHourLocal(): string {
  const d = new Date();
  d.setHours(d.getHours() + 1, 0, 0, 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Add an urgent meeting outside the series. */
export function AdHocMeetingForm({ onDone }: { onDone: (meeting?: MeetingDetail) => void }) {
  const create = useCreateAdHocMeeting();
  const [title, setTitle] = useState('Urgent board');
  const [startsAt, setStartsAt] = useState(nextHourLocal);
  const [durationMinutes, setDuration] = useState<number | string>(30);
  const [location, setLocation] = useState('');
  const [videoUrl, setVideoUrl] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const start = new Date(startsAt);
    const input: AdHocMeetingInput = {
      title,
      startsAt: Number.isNaN(start.getTime()) ? startsAt : start.toISOString(),
      durationMinutes: Number(durationMinutes),
      location: location.trim() || null,
      videoUrl: videoUrl.trim() || null,
    };
    const parsed = adHocMeetingSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    create.mutate(input, {
      onSuccess: (meeting) => onDone(meeting),
      onError: (error) => setErrors(apiFieldErrors(error)),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label="Title"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={withLabel('Title', errors.title)}
          required
        />
        <TextInput
          label="Starts"
          type="datetime-local"
          value={startsAt}
          onChange={(e) => setStartsAt(e.currentTarget.value)}
          error={withLabel('Start', errors.startsAt)}
          required
        />
        <NumberInput
          label="Length (minutes)"
          min={15}
          max={480}
          value={durationMinutes}
          onChange={setDuration}
          error={withLabel('Length', errors.durationMinutes)}
        />
        <TextInput
          label="Location"
          value={location}
          onChange={(e) => setLocation(e.currentTarget.value)}
          error={withLabel('Location', errors.location)}
        />
        <TextInput
          label="Video link"
          placeholder="https://…"
          value={videoUrl}
          onChange={(e) => setVideoUrl(e.currentTarget.value)}
          error={withLabel('Video link', errors.videoUrl)}
        />
        {create.isError && Object.keys(apiFieldErrors(create.error)).length === 0 && (
          <ProblemAlert title="Could not add the meeting" error={create.error} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone()}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Add meeting
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
