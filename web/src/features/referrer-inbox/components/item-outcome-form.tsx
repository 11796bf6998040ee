import { useState } from 'react';
import { Button, Group, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { ITEM_OUTCOME_STATUSES, type ItemOutcome, type ItemOutcomeStatus } from '@tumor-board/shared';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatDateTime } from '../../../lib/labels';
import { useRecordItemOutcome } from '../api/record-item-outcome';
import { ITEM_OUTCOME_LABELS, today } from './outcome-labels';

export interface ItemOutcomeFormProps {
  decisionId: string;
  itemId: string;
  description: string;
  outcome: ItemOutcome | undefined;
}

/** Whether one decision item was carried out: done, modified or not done (with why), and when. */
export function ItemOutcomeForm({ decisionId, itemId, description, outcome }: ItemOutcomeFormProps) {
  const record = useRecordItemOutcome(decisionId);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<ItemOutcomeStatus>(outcome?.status ?? 'done');
  const [reason, setReason] = useState(outcome?.reason ?? '');
  const [occurredOn, setOccurredOn] = useState(outcome?.occurredOn ?? today());
  const needsReason = status !== 'done';

  if (!editing)
    return (
      <Group gap="sm" justify="space-between" data-testid="item-outcome">
        <Text size="sm">
          {outcome ? (
            <>
              <Text span fw={600}>
                {ITEM_OUTCOME_LABELS[outcome.status]}
              </Text>{' '}
              on {outcome.occurredOn}
              {outcome.reason && ` — ${outcome.reason}`}
              <Text span c="dimmed" size="xs">
                {' '}
                (recorded {formatDateTime(outcome.recordedAt)}
                {outcome.recordedBy && ` by ${outcome.recordedBy.name}`})
              </Text>
            </>
          ) : (
            <Text span c="dimmed">
              Outcome not recorded yet.
            </Text>
          )}
        </Text>
        <Button
          size="xs"
          variant="light"
          onClick={() => setEditing(true)}
          aria-label={`Record outcome: ${description}`}
        >
          {outcome ? 'Change outcome' : 'Record outcome'}
        </Button>
      </Group>
    );

  return (
    <Stack
      gap="xs"
      component="form"
      aria-label={`Outcome of ${description}`}
      onSubmit={(e) => {
        e.preventDefault();
        record.mutate(
          { itemId, body: { status, reason: reason.trim() || null, occurredOn } },
          { onSuccess: () => setEditing(false) },
        );
      }}
    >
      <Radio.Group label="Outcome" value={status} onChange={(v) => setStatus(v)}>
        <Group gap="md" mt={4}>
          {ITEM_OUTCOME_STATUSES.map((s) => (
            <Radio key={s} value={s} label={ITEM_OUTCOME_LABELS[s]} />
          ))}
        </Group>
      </Radio.Group>
      <Group align="flex-start" grow>
        <TextInput
          type="date"
          label="When"
          required
          value={occurredOn}
          onChange={(e) => setOccurredOn(e.currentTarget.value)}
        />
        <Textarea
          label="Reason"
          description={needsReason ? 'Required when modified or not done' : 'Optional'}
          required={needsReason}
          autosize
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
      </Group>
      {record.error && <ProblemAlert title="Could not record the outcome" error={record.error} />}
      <Group justify="flex-end">
        <Button size="xs" variant="default" onClick={() => setEditing(false)}>
          Cancel
        </Button>
        <Button size="xs" type="submit" loading={record.isPending} disabled={needsReason && !reason.trim()}>
          Save outcome
        </Button>
      </Group>
    </Stack>
  );
}
