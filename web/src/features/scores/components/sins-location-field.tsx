import { Group, NativeSelect, Radio, Stack, Text } from '@mantine/core';
import { isSpinalLevel, sinsLocationForLevel } from '@tumor-board/shared';
import { pointsWord, type ChoiceOption, type FormValue, type FormValues } from '../tools/tool-definitions';
import { OptionLabel } from './option-label';

const REGIONS: { group: string; prefix: string }[] = [
  { group: 'Cervical', prefix: 'C' },
  { group: 'Thoracic', prefix: 'T' },
  { group: 'Lumbar', prefix: 'L' },
  { group: 'Sacral', prefix: 'S' },
];

/**
 * The SINS location, given either as a vertebral level (the location group is derived from it and
 * shown) or as the group itself. Both are never sent together, so they cannot disagree.
 */
export function SinsLocationField({
  options,
  levels,
  values,
  onChange,
}: {
  options: readonly ChoiceOption[];
  levels: readonly string[];
  values: FormValues;
  onChange: (changes: Record<string, FormValue>) => void;
}) {
  const byLevel = values.locationMode !== 'location';
  const level = typeof values.level === 'string' ? values.level : '';
  const derived = isSpinalLevel(level) ? options.find((o) => o.value === sinsLocationForLevel(level)) : undefined;

  const levelData = [
    { value: '', label: 'Choose a level…' },
    ...REGIONS.map(({ group, prefix }) => ({
      group,
      items: levels.filter((l) => l.startsWith(prefix)).map((l) => ({ value: l, label: l })),
    })),
  ];

  return (
    <Stack gap="sm">
      <Radio.Group
        label="Location"
        description="Give the vertebral level, and the location group follows from it; or choose the group directly."
        value={byLevel ? 'level' : 'location'}
        onChange={(mode) => onChange({ locationMode: mode })}
      >
        <Group gap="lg" mt="xs">
          <Radio value="level" label="By vertebral level" />
          <Radio value="location" label="By location group" />
        </Group>
      </Radio.Group>
      {byLevel ? (
        <Stack gap={4}>
          <NativeSelect
            label="Vertebral level"
            data={levelData}
            value={level}
            onChange={(event) => onChange({ level: event.currentTarget.value || null })}
            maw={260}
          />
          {derived && (
            <Text size="sm" data-testid="sins-derived-location">
              {`${level} is ${derived.label.replace(/ \(.*\)$/, '').toLowerCase()}: ${pointsWord(derived.points ?? 0)}.`}
            </Text>
          )}
        </Stack>
      ) : (
        <Radio.Group
          label="Location group"
          value={typeof values.location === 'string' ? values.location : null}
          onChange={(location) => onChange({ location })}
        >
          <Stack gap={6} mt="xs">
            {options.map((option) => (
              <Radio key={option.value} value={option.value} label={<OptionLabel option={option} />} />
            ))}
          </Stack>
        </Radio.Group>
      )}
    </Stack>
  );
}
