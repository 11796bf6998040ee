import { Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { IMAGING_OPTIONS, SUPPORTIVE_CARE_OPTIONS } from '../lib/item-options';
import { str, type KindFieldsProps } from './item-field-helpers';

export function SystemicTherapyChangeFields({ f, set, error }: KindFieldsProps) {
  return (
    <Textarea
      label="Suggestion to the referring oncologist"
      autosize
      minRows={2}
      value={str(f.suggestion)}
      onChange={(e) => set({ suggestion: e.currentTarget.value })}
      error={error('suggestion')}
      required
    />
  );
}

export function FurtherImagingFields({ f, set, error }: KindFieldsProps) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Select
        label="Modality"
        data={IMAGING_OPTIONS}
        value={str(f.modality) || null}
        onChange={(v) => set({ modality: v })}
        error={error('modality')}
        required
      />
      <TextInput
        label="Region"
        value={str(f.region)}
        onChange={(e) => set({ region: e.currentTarget.value })}
        error={error('region')}
        required
      />
    </SimpleGrid>
  );
}

export function BiopsyFields({ f, set, error }: KindFieldsProps) {
  return (
    <TextInput
      label="Site"
      value={str(f.site)}
      onChange={(e) => set({ site: e.currentTarget.value })}
      error={error('site')}
      required
    />
  );
}

export function SupportiveCareFields({ f, set, error }: KindFieldsProps) {
  return (
    <>
      <Select
        label="Focus"
        data={SUPPORTIVE_CARE_OPTIONS}
        value={str(f.focus) || null}
        onChange={(v) => set({ focus: v })}
        error={error('focus')}
        required
      />
      <Textarea
        label="Details"
        autosize
        minRows={2}
        value={str(f.text)}
        onChange={(e) => set({ text: e.currentTarget.value })}
        error={error('text')}
        required
      />
    </>
  );
}

/** Any other kind: the recommendation as free text. */
export function FreeTextFields({ f, set, error }: KindFieldsProps) {
  return (
    <Textarea
      label="Recommendation"
      autosize
      minRows={2}
      value={str(f.text)}
      onChange={(e) => set({ text: e.currentTarget.value })}
      error={error('text')}
      required
    />
  );
}
