import { Button, NativeSelect, Radio, Stack, TextInput } from '@mantine/core';
import type { FieldDef, FormValue, FormValues } from '../tools/tool-definitions';
import { OptionLabel, optionText } from './option-label';
import { SinsLocationField } from './sins-location-field';

/** A value offered from elsewhere on the page, e.g. the SINS total for NOMS. */
export interface Suggestion {
  value: FormValue;
  label: string;
}

const asText = (value: FormValue | undefined): string => (value === null || value === undefined ? '' : String(value));

/** '' is not answered; anything else goes to the calculator as typed, which names a fraction or a bad value. */
const toNumber = (text: string): FormValue => (text.trim() === '' ? null : Number(text));

/** One question of a calculator, as radios, a native select or a whole-number input. */
export function ScoreField({
  field,
  values,
  onChange,
  suggestion,
}: {
  field: FieldDef;
  values: FormValues;
  onChange: (changes: Record<string, FormValue>) => void;
  suggestion?: Suggestion;
}) {
  const set = (value: FormValue) => onChange({ [field.key]: value, ...field.derive?.(value, values) });
  const value = values[field.key];

  switch (field.kind) {
    case 'radio':
      return (
        <Radio.Group label={field.label} description={field.description} value={asText(value) || null} onChange={set}>
          <Stack gap={6} mt="xs">
            {field.options.map((option) => (
              <Radio key={option.value} value={option.value} label={<OptionLabel option={option} />} />
            ))}
          </Stack>
        </Radio.Group>
      );
    case 'select':
      return (
        <NativeSelect
          label={field.label}
          description={field.description}
          data={[
            { value: '', label: 'Choose…' },
            ...field.options.map((option) => ({ value: option.value, label: optionText(option) })),
          ]}
          value={asText(value)}
          onChange={(event) => set(event.currentTarget.value || null)}
          maw={480}
        />
      );
    case 'integer':
      return (
        <Stack gap={6} align="flex-start">
          {/* A native number input: arrow keys step it, and no formatting library is loaded. */}
          <TextInput
            type="number"
            inputMode="numeric"
            label={field.label}
            description={field.description}
            value={typeof value === 'number' && Number.isFinite(value) ? String(value) : asText(value)}
            onChange={(event) => set(toNumber(event.currentTarget.value))}
            min={field.min}
            max={field.max}
            step={1}
            styles={{ wrapper: { maxWidth: 200 } }}
          />
          {suggestion && suggestion.value !== value && (
            <Button variant="light" size="compact-sm" onClick={() => set(suggestion.value)}>
              {suggestion.label}
            </Button>
          )}
        </Stack>
      );
    case 'sinsLocation':
      return <SinsLocationField options={field.options} levels={field.levels} values={values} onChange={onChange} />;
  }
}
