import { Group, Radio, Stack } from '@mantine/core';
import type { LesionFormValues, YesNo } from './lesion-form-values';
import type { PointsOption } from './score-labels';

/** Sets one field of the lesion form. */
export type SetLesionField = <K extends keyof LesionFormValues>(key: K, value: LesionFormValues[K]) => void;

export const choose = (label = 'Choose…') => ({ value: '', label });
export const pointsWord = (points: number) => (points === 1 ? '1 point' : `${points} points`);

export function PointsRadios({
  label,
  description,
  options,
  value,
  onChange,
  error,
}: {
  label: string;
  description?: string;
  options: readonly PointsOption[];
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  return (
    <Radio.Group label={label} description={description} value={value} onChange={onChange} error={error}>
      <Stack gap={6} mt="xs">
        {options.map((option) => (
          <Radio key={option.value} value={option.value} label={`${option.label} — ${pointsWord(option.points)}`} />
        ))}
      </Stack>
    </Radio.Group>
  );
}

export function YesNoRadios({
  label,
  description,
  value,
  onChange,
}: {
  label: string;
  description?: string;
  value: YesNo;
  onChange: (value: YesNo) => void;
}) {
  return (
    <Radio.Group
      label={label}
      description={description}
      value={value === '' ? 'unknown' : value}
      onChange={(v) => onChange(v === 'yes' || v === 'no' ? v : '')}
    >
      <Group gap="md" mt="xs">
        <Radio value="yes" label="Yes" />
        <Radio value="no" label="No" />
        <Radio value="unknown" label="Not assessed" />
      </Group>
    </Radio.Group>
  );
}
