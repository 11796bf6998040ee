import { useState } from 'react';
import { Button, Card, Group, Stack, Textarea } from '@mantine/core';
import {
  checkRecommendationItem,
  describeRecommendationItem,
  type RecommendationItem,
  type RecommendationStatus,
} from '@tumor-board/shared';
import { useSaveRecommendation } from '../api/save-recommendation';
import { emptyFields, fieldsFromItem } from '../lib/item-fields';
import { ApiProblem } from './api-problem';
import { ItemForm } from './item-form';
import type { RecommendationCardProps } from './recommendation-card';
import { StoredItemView } from './stored-item';

interface EditorItem {
  key: string;
  item: RecommendationItem;
}

let nextKey = 0;
const newKey = () => `new-${(nextKey += 1)}`;

/** The specialist's own recommendation: summary and items; save as draft, propose or withdraw. */
export default function RecommendationEditor({
  caseId,
  discipline,
  recommendation: rec,
  lesions,
  onDone,
}: RecommendationCardProps & { onDone: () => void }) {
  const save = useSaveRecommendation(caseId);
  const [summary, setSummary] = useState(rec?.summary ?? '');
  const [items, setItems] = useState<EditorItem[]>(() => (rec?.items ?? []).map((s) => ({ key: s.id, item: s.item })));
  /** The item being edited: its key, or 'new', or null. */
  const [open, setOpen] = useState<string | null>(rec && rec.items.length > 0 ? null : 'new');

  const submit = async (status?: RecommendationStatus) => {
    const content = { summary: summary.trim() || null, items: items.map((i) => i.item) };
    // A withdrawn opinion goes back to draft before it can be proposed again.
    const first = status === 'proposed' && rec?.status === 'withdrawn' ? 'draft' : status;
    const saved = rec
      ? await save.mutateAsync({
          id: rec.id,
          body: { version: rec.version, ...content, ...(first ? { status: first } : {}) },
        })
      : await save.mutateAsync({ id: null, body: { discipline, ...content } });
    if (status && status !== saved.status)
      await save.mutateAsync({ id: saved.id, body: { version: saved.version, status } });
    onDone();
  };
  const run = (status?: RecommendationStatus) => {
    submit(status).catch(() => undefined); // shown by save.error
  };

  return (
    <Stack gap="sm">
      <Textarea
        label="Summary"
        description="Your discipline's opinion in a sentence or two"
        autosize
        minRows={2}
        value={summary}
        onChange={(e) => setSummary(e.currentTarget.value)}
      />
      {items.map((entry) =>
        open === entry.key ? (
          <Card key={entry.key} withBorder>
            <ItemForm
              initial={fieldsFromItem(entry.item)}
              lesions={lesions}
              submitLabel="Update item"
              onSubmit={(item) => {
                setItems((list) => list.map((i) => (i.key === entry.key ? { ...i, item } : i)));
                setOpen(null);
              }}
              onCancel={() => setOpen(null)}
            />
          </Card>
        ) : (
          <StoredItemView
            key={entry.key}
            item={entry.item}
            description={describeRecommendationItem(entry.item)}
            warnings={checkRecommendationItem(entry.item)}
            actions={
              <>
                <Button size="xs" variant="default" onClick={() => setOpen(entry.key)}>
                  Edit
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={() => setItems((list) => list.filter((i) => i.key !== entry.key))}
                >
                  Remove
                </Button>
              </>
            }
          />
        ),
      )}
      {open === 'new' ? (
        <Card withBorder>
          <ItemForm
            initial={emptyFields(discipline === 'surgical_oncology' ? 'surgery' : 'radiotherapy')}
            lesions={lesions}
            submitLabel="Add item"
            onSubmit={(item) => {
              setItems((list) => [...list, { key: newKey(), item }]);
              setOpen(null);
            }}
            onCancel={() => setOpen(null)}
          />
        </Card>
      ) : (
        <Group>
          <Button size="xs" variant="light" onClick={() => setOpen('new')} disabled={open !== null}>
            Add item
          </Button>
        </Group>
      )}
      {save.error && <ApiProblem title="Could not save the recommendation" error={save.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        {rec && rec.status !== 'withdrawn' && (
          <Button variant="subtle" color="red" onClick={() => run('withdrawn')} loading={save.isPending}>
            Withdraw
          </Button>
        )}
        <Button
          variant="default"
          onClick={() => run(rec && rec.status !== 'draft' ? 'draft' : undefined)}
          loading={save.isPending}
          disabled={open !== null}
        >
          Save draft
        </Button>
        <Button onClick={() => run('proposed')} loading={save.isPending} disabled={open !== null || items.length === 0}>
          Propose
        </Button>
      </Group>
    </Stack>
  );
}
