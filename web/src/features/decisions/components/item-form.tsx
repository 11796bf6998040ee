import { useMemo, useState } from 'react';
import { Button, Group, MultiSelect, Select, Stack, Text, Textarea } from '@mantine/core';
import {
  RECOMMENDATION_KINDS,
  checkRecommendationItem,
  describeRecommendationItem,
  formatSkeletalSite,
  type RecommendationItem,
} from '@tumor-board/shared';
import type { BoardLesion } from '../api/get-lesions';
import { parseFields, type ItemFields } from '../lib/item-fields';
import { KIND_OPTIONS } from '../lib/item-options';
import { str, type Patch } from './item-field-helpers';
import { KindFields } from './item-kind-fields';
import { WarningList } from './warning-list';

export interface ItemFormProps {
  initial: ItemFields;
  lesions: readonly BoardLesion[];
  submitLabel: string;
  onSubmit: (item: RecommendationItem) => void;
  onCancel: () => void;
}

/**
 * One structured item, its fields chosen by kind. The safety checks run on every change and are
 * shown under the form; they never stop the item being added.
 */
export function ItemForm({ initial, lesions, submitLabel, onSubmit, onCancel }: ItemFormProps) {
  const [fields, setFields] = useState<ItemFields>(initial);
  const [tried, setTried] = useState(false);
  const set: Patch = (changes) => setFields((f) => ({ ...f, ...changes }));
  const parsed = useMemo(() => parseFields(fields), [fields]);
  const warnings = useMemo(() => (parsed.item ? checkRecommendationItem(parsed.item) : []), [parsed]);
  const error = (path: string) => (tried ? parsed.errors.find((e) => e.path === path)?.message : undefined);
  const lesionOptions = lesions.map((l) => ({ value: l.id, label: formatSkeletalSite(l.site, l.laterality) }));
  const otherErrors = tried
    ? parsed.errors.filter((e) => !['rationale', 'lesionIds'].includes(e.path) && e.path.includes('('))
    : [];

  return (
    <Stack
      gap="sm"
      component="form"
      aria-label="Recommendation item"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (parsed.item) onSubmit(parsed.item);
      }}
    >
      <Select
        label="Kind"
        data={KIND_OPTIONS}
        value={str(fields.kind)}
        allowDeselect={false}
        onChange={(v) => {
          if (v && (RECOMMENDATION_KINDS as readonly string[]).includes(v)) set({ kind: v });
        }}
      />
      <KindFields f={fields} set={set} error={error} />
      {lesionOptions.length > 0 && (
        <MultiSelect
          label="Lesions"
          placeholder="Pick the lesions this applies to (optional)"
          data={lesionOptions}
          value={Array.isArray(fields.lesionIds) ? (fields.lesionIds as string[]) : []}
          onChange={(v) => set({ lesionIds: v })}
          error={error('lesionIds')}
          clearable
        />
      )}
      <Textarea
        label="Rationale"
        autosize
        minRows={2}
        value={str(fields.rationale)}
        onChange={(e) => set({ rationale: e.currentTarget.value })}
        error={error('rationale')}
      />
      {otherErrors.map((e) => (
        <Text key={e.path} c="red.9" size="sm">
          {e.message}
        </Text>
      ))}
      {parsed.item && (
        <Text size="sm" fw={500} data-testid="item-preview">
          {describeRecommendationItem(parsed.item)}
        </Text>
      )}
      <WarningList warnings={warnings} live />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit">{submitLabel}</Button>
      </Group>
    </Stack>
  );
}
