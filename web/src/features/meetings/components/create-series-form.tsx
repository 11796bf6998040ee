import { useMemo, useState, type FormEvent } from 'react';
import { Alert, Button, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { describeRecurrence, meetingSeriesCreateSchema, type MeetingSeriesCreateInput } from '@tumor-board/shared';
import { ProblemAlert } from '../../../components/problem-alert';
import { apiFieldErrors, withLabel, zodFieldErrors, type FieldErrors } from '../../../lib/forms/field-errors';
import { useCreateSeries } from '../api/create-series';

const WEEKDAYS = [
  { value: 'MO', label: 'Monday' },
  { value: 'TU', label: 'Tuesday' },
  { value: 'WE', label: 'Wednesday' },
  { value: 'TH', label: 'Thursday' },
  { value: 'FR', label: 'Friday' },
  { value: 'SA', label: 'Saturday' },
  { value: 'SU', label: 'Sunday' },
];

type Preset = 'weekly' | 'biweekly' | 'monthly_first' | 'monthly_last';
const PRESETS: { value: Preset; label: string }[] = [
  { value: 'weekly', label: 'Every week' },
  { value: 'biweekly', label: 'Every other week' },
  { value: 'monthly_first', label: 'First of the month' },
  { value: 'monthly_last', label: 'Last of the month' },
];

/** The rule for a preset on one weekday, e.g. FREQ=WEEKLY;INTERVAL=2;BYDAY=TU. */
export function ruleFor(preset: Preset, weekday: string): string {
  switch (preset) {
    case 'weekly':
      return `FREQ=WEEKLY;BYDAY=${weekday}`;
    case 'biweekly':
      return `FREQ=WEEKLY;INTERVAL=2;BYDAY=${weekday}`;
    case 'monthly_first':
      return `FREQ=MONTHLY;BYDAY=1${weekday}`;
    case 'monthly_last':
      return `FREQ=MONTHLY;BYDAY=-1${weekday}`;
  }
}

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
const zones = (): string[] => {
  try {
    const list = Intl.supportedValuesOf('timeZone');
    return list.includes(browserZone()) ? list : [browserZone(), ...list];
  } catch {
    return [browserZone()];
  }
};
const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

function describeOrNull(rrule: string, startTime: string, timeZone: string): string | null {
  try {
    return describeRecurrence(rrule, startTime, timeZone);
  } catch {
    return null;
  }
}

/** Create a meeting series from a preset rhythm; the rule is shown in words before it is sent. */
export function CreateSeriesForm({ onDone }: { onDone: () => void }) {
  const create = useCreateSeries();
  const [name, setName] = useState('Bone metastasis board');
  const [preset, setPreset] = useState<Preset>('weekly');
  const [weekday, setWeekday] = useState('TU');
  const [startTime, setStartTime] = useState('07:30');
  const [timeZone, setTimeZone] = useState(browserZone);
  const [firstDate, setFirstDate] = useState(todayIso);
  const [durationMinutes, setDuration] = useState<number | string>(60);
  const [capacity, setCapacity] = useState<number | string>(8);
  const [defaultMinutesPerCase, setMinutes] = useState<number | string>(10);
  const [location, setLocation] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const zoneList = useMemo(() => zones(), []);

  const rrule = ruleFor(preset, weekday);
  const description = describeOrNull(rrule, startTime, timeZone);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: MeetingSeriesCreateInput = {
      name,
      rrule,
      timeZone,
      firstDate,
      startTime,
      durationMinutes: Number(durationMinutes),
      capacity: Number(capacity),
      defaultMinutesPerCase: Number(defaultMinutesPerCase),
      requiredDisciplines: ['radiology', 'radiation_oncology', 'surgical_oncology', 'medical_oncology'],
      location: location.trim() || null,
      videoUrl: null,
    };
    const parsed = meetingSeriesCreateSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    create.mutate(input, {
      onSuccess: onDone,
      onError: (error) => setErrors(apiFieldErrors(error)),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label="Name"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={withLabel('Name', errors.name)}
          required
        />
        <SimpleGrid cols={2}>
          <Select
            label="Repeats"
            data={PRESETS}
            value={preset}
            onChange={(v) => v && setPreset(v)}
            allowDeselect={false}
            error={withLabel('Rule', errors.rrule)}
          />
          <Select
            label="Weekday"
            data={WEEKDAYS}
            value={weekday}
            onChange={(v) => v && setWeekday(v)}
            allowDeselect={false}
          />
          <TextInput
            label="Start time"
            type="time"
            value={startTime}
            onChange={(e) => setStartTime(e.currentTarget.value)}
            error={withLabel('Start time', errors.startTime)}
            required
          />
          <Select
            label="Time zone"
            data={zoneList}
            value={timeZone}
            onChange={(v) => v && setTimeZone(v)}
            searchable
            allowDeselect={false}
            error={withLabel('Time zone', errors.timeZone)}
          />
          <TextInput
            label="First date"
            type="date"
            value={firstDate}
            onChange={(e) => setFirstDate(e.currentTarget.value)}
            error={withLabel('First date', errors.firstDate)}
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
          <NumberInput
            label="Capacity (cases)"
            min={1}
            max={60}
            value={capacity}
            onChange={setCapacity}
            error={withLabel('Capacity', errors.capacity)}
          />
          <NumberInput
            label="Minutes per case"
            min={1}
            max={120}
            value={defaultMinutesPerCase}
            onChange={setMinutes}
            error={withLabel('Minutes per case', errors.defaultMinutesPerCase)}
          />
        </SimpleGrid>
        <TextInput
          label="Location"
          value={location}
          onChange={(e) => setLocation(e.currentTarget.value)}
          error={withLabel('Location', errors.location)}
        />
        <Alert variant="light" color={description ? 'blue' : 'red'} data-testid="series-description">
          <Text size="sm">{description ?? 'Choose a valid time and zone to see the rhythm.'}</Text>
          <Text size="xs" c="dimmed" ff="monospace">
            {rrule}
          </Text>
        </Alert>
        {create.isError && Object.keys(apiFieldErrors(create.error)).length === 0 && (
          <ProblemAlert title="Could not create the series" error={create.error} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Create series
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
