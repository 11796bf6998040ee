import { useState } from 'react';
import {
  Button,
  Card,
  CloseButton,
  Group,
  Modal,
  MultiSelect,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { checkRecommendationItem, describeRecommendationItem, type Decision } from '@tumor-board/shared';
import { useAmendDecision } from '../api/amend-decision';
import { useSignDecision } from '../api/sign-decision';
import { conflictingDecision, useUpdateDecision } from '../api/update-decision';
import { toUpdate } from '../lib/draft-form';
import { emptyFields } from '../lib/item-fields';
import type { DraftEditor } from '../lib/use-draft-editor';
import { ApiProblem } from './api-problem';
import { ConflictPanel } from './conflict-panel';
import type { DecisionPanelProps } from './decision-panel';
import { DecisionStatusBadge, decisionTitle } from './decision-view';
import { ItemForm } from './item-form';
import { StoredItemView } from './stored-item';

/** Opens an amendment of a signed decision, with the reason (chair). */
export function AmendModal({ caseId, decision, onClose }: { caseId: string; decision: Decision; onClose: () => void }) {
  const amend = useAmendDecision(caseId);
  const [reason, setReason] = useState('');
  return (
    <Modal opened onClose={onClose} title="Amend the signed decision">
      <Stack
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          amend.mutate({ id: decision.id, reason: reason.trim() }, { onSuccess: onClose });
        }}
      >
        <Text size="sm">
          A new draft is opened from this decision. The signed decision stays as it is and is marked superseded once the
          amendment is signed.
        </Text>
        <Textarea
          label="Reason for the amendment"
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-autofocus
        />
        {amend.error && <ApiProblem title="Could not amend the decision" error={amend.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={amend.isPending} disabled={!reason.trim()}>
            Open amendment
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The open draft: agreed items, rationale, attendees, dissent; save with the version; sign (chair). */
export function DraftEditorCard({
  caseId,
  editor,
  isChair,
  lesions,
  people,
  sourceLabel,
}: DecisionPanelProps & { editor: DraftEditor; isChair: boolean }) {
  const update = useUpdateDecision(caseId);
  const sign = useSignDecision(caseId);
  const [adding, setAdding] = useState(false);
  const [confirmSign, setConfirmSign] = useState(false);
  const [conflict, setConflict] = useState<Decision | null>(null);
  const { form, base, setForm } = editor;
  const names = new Map(people.map((p) => [p.id, p.name]));
  const nameOf = (id: string) => names.get(id) ?? 'Unknown user';
  const personOptions = people.map((p) => ({ value: p.id, label: p.name }));

  const save = () => {
    setConflict(null);
    update.mutate(
      { id: base.id, body: toUpdate(form, base.version) },
      {
        onSuccess: (saved) => editor.reset(saved),
        onError: (error) => setConflict(conflictingDecision(error)),
      },
    );
  };

  return (
    <Card withBorder padding="md" component="section" aria-label="Draft decision" data-testid="decision-editor">
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="sm">
            <Title order={3} size="h4">
              {decisionTitle(base)}
            </Title>
            <DecisionStatusBadge decision={base} />
            {editor.dirty && (
              <Text size="sm" c="orange">
                Unsaved changes
              </Text>
            )}
          </Group>
        </Group>
        {base.amendmentReason && <Text size="sm">Reason for amendment: {base.amendmentReason}</Text>}

        <Title order={4} size="h5">
          Agreed items
        </Title>
        {form.items.length === 0 && (
          <Text size="sm" c="dimmed">
            No items yet. Add items from the recommendations above, or write a new one.
          </Text>
        )}
        {form.items.map((entry) => {
          const source = sourceLabel(entry);
          return (
            <StoredItemView
              key={entry.key}
              item={entry.item}
              description={entry.description ?? describeRecommendationItem(entry.item)}
              warnings={entry.warnings ?? checkRecommendationItem(entry.item)}
              meta={
                source && (
                  <Text size="xs" c="dimmed" mt={2}>
                    From {source}
                  </Text>
                )
              }
              actions={
                <>
                  <TextInput
                    type="date"
                    size="xs"
                    aria-label={`Due by, ${entry.description ?? describeRecommendationItem(entry.item)}`}
                    placeholder="Due by"
                    value={entry.dueBy ?? ''}
                    onChange={(e) => {
                      const dueBy = e.currentTarget.value || null;
                      setForm((f) => ({
                        ...f,
                        items: f.items.map((i) => (i.key === entry.key ? { ...i, dueBy } : i)),
                      }));
                    }}
                  />
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => setForm((f) => ({ ...f, items: f.items.filter((i) => i.key !== entry.key) }))}
                  >
                    Remove
                  </Button>
                </>
              }
            />
          );
        })}
        {adding ? (
          <Card withBorder>
            <ItemForm
              initial={emptyFields()}
              lesions={lesions}
              submitLabel="Add to decision"
              onSubmit={(item) => {
                setForm((f) => ({
                  ...f,
                  items: [
                    ...f.items,
                    { key: crypto.randomUUID(), item, sourceRecommendationId: null, sourceItemId: null, dueBy: null },
                  ],
                }));
                setAdding(false);
              }}
              onCancel={() => setAdding(false)}
            />
          </Card>
        ) : (
          <Group>
            <Button size="xs" variant="light" onClick={() => setAdding(true)}>
              Add new item
            </Button>
          </Group>
        )}

        <Textarea
          label="Rationale"
          autosize
          minRows={3}
          value={form.rationale}
          onChange={(e) => {
            const rationale = e.currentTarget.value;
            setForm((f) => ({ ...f, rationale }));
          }}
        />
        <MultiSelect
          label="Present"
          description="Who was present when the board decided (people on this case's recommendations, and you)"
          data={personOptions}
          value={form.attendeeIds}
          onChange={(attendeeIds) => setForm((f) => ({ ...f, attendeeIds }))}
          searchable
        />
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            Dissent
          </Text>
          {form.dissent.map((d, n) => (
            <Group key={n} align="flex-start" wrap="nowrap">
              <Select
                aria-label={`Dissenting member ${n + 1}`}
                placeholder="Who dissents"
                data={personOptions}
                value={d.userId || null}
                onChange={(userId) =>
                  setForm((f) => ({
                    ...f,
                    dissent: f.dissent.map((x, i) => (i === n ? { ...x, userId: userId ?? '' } : x)),
                  }))
                }
                w={220}
              />
              <Textarea
                aria-label={`Dissent ${n + 1}`}
                placeholder="What they disagree with, and why"
                autosize
                style={{ flex: 1 }}
                value={d.text}
                onChange={(e) => {
                  const text = e.currentTarget.value;
                  setForm((f) => ({ ...f, dissent: f.dissent.map((x, i) => (i === n ? { ...x, text } : x)) }));
                }}
              />
              <CloseButton
                aria-label={`Remove dissent ${n + 1}`}
                onClick={() => setForm((f) => ({ ...f, dissent: f.dissent.filter((_, i) => i !== n) }))}
              />
            </Group>
          ))}
          <Group>
            <Button
              size="xs"
              variant="subtle"
              onClick={() => setForm((f) => ({ ...f, dissent: [...f.dissent, { userId: '', text: '' }] }))}
            >
              Record dissent
            </Button>
          </Group>
        </Stack>

        {conflict && (
          <ConflictPanel
            current={conflict}
            mine={form}
            nameOf={nameOf}
            onReapply={() => {
              editor.rebase(conflict);
              setConflict(null);
            }}
            onDiscard={() => {
              editor.reset(conflict);
              setConflict(null);
            }}
          />
        )}
        {update.error && !conflict && <ApiProblem title="Could not save the decision" error={update.error} />}
        {sign.error && <ApiProblem title="The decision was not signed" error={sign.error} />}
        <Group justify="flex-end">
          {isChair && editor.dirty && (
            <Text size="sm" c="dimmed">
              Save before signing.
            </Text>
          )}
          <Button
            variant={isChair ? 'default' : 'filled'}
            onClick={save}
            loading={update.isPending}
            disabled={!editor.dirty || conflict !== null}
          >
            Save draft
          </Button>
          {isChair && (
            <Button color="teal" onClick={() => setConfirmSign(true)} disabled={editor.dirty}>
              Sign
            </Button>
          )}
        </Group>
      </Stack>
      <Modal opened={confirmSign} onClose={() => setConfirmSign(false)} title="Sign the decision?">
        <Stack>
          <Text size="sm">
            Once signed, the decision is read-only and the referring oncologist is notified. Corrections are made by
            amending it.
          </Text>
          <Text size="sm" fw={500}>
            {base.items.length} item{base.items.length === 1 ? '' : 's'}; present:{' '}
            {base.attendees.map((a) => a.name).join(', ') || 'nobody recorded'}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmSign(false)}>
              Cancel
            </Button>
            <Button
              color="teal"
              loading={sign.isPending}
              onClick={() =>
                sign.mutate({ id: base.id, version: base.version }, { onSettled: () => setConfirmSign(false) })
              }
            >
              Sign decision
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
