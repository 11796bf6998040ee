import { Group, Radio } from '@mantine/core';

/** Yes / No / Not recorded: eligibility and review inputs, where "unknown" is a real answer. */
export function TriState({
  label,
  value,
  onChange,
}: {
  label: string;
  value: unknown;
  onChange: (v: boolean | null) => void;
}) {
  const current = value === true ? 'yes' : value === false ? 'no' : 'unknown';
  return (
    <Radio.Group
      label={label}
      value={current}
      onChange={(v) => onChange(v === 'yes' ? true : v === 'no' ? false : null)}
    >
      <Group gap="md" mt={4}>
        <Radio value="yes" label="Yes" />
        <Radio value="no" label="No" />
        <Radio value="unknown" label="Not recorded" />
      </Group>
    </Radio.Group>
  );
}
