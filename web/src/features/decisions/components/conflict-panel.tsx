import { Alert, Button, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { describeRecommendationItem, type Decision } from '@tumor-board/shared';
import { formatDateTime } from '../../../lib/labels';
import type { DraftForm } from '../lib/draft-form';

interface Side {
  items: string[];
  rationale: string;
  attendees: string[];
  dissent: string[];
}

function Column({ title, side, other }: { title: string; side: Side; other: Side }) {
  const changed = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);
  const mark = (c: boolean) => (c ? { fw: 700 as const } : {});
  return (
    <Stack gap={4}>
      <Title order={4} size="h5">
        {title}
      </Title>
      <Text size="sm" {...mark(changed(side.items, other.items))}>
        Items:
      </Text>
      <List size="sm">
        {side.items.length ? (
          side.items.map((i, n) => <List.Item key={`${n}:${i}`}>{i}</List.Item>)
        ) : (
          <List.Item>none</List.Item>
        )}
      </List>
      <Text size="sm" {...mark(changed(side.rationale, other.rationale))}>
        Rationale: {side.rationale || '—'}
      </Text>
      <Text size="sm" {...mark(changed(side.attendees, other.attendees))}>
        Present: {side.attendees.join(', ') || '—'}
      </Text>
      <Text size="sm" {...mark(changed(side.dissent, other.dissent))}>
        Dissent: {side.dissent.join('; ') || '—'}
      </Text>
    </Stack>
  );
}

export interface ConflictPanelProps {
  current: Decision;
  mine: DraftForm;
  nameOf: (userId: string) => string;
  onReapply: () => void;
  onDiscard: () => void;
}

/**
 * A 409 on save: someone saved the draft after it was loaded. Shows their draft beside this edit
 * (differences in bold) and lets the user reapply the edit on top of theirs or take theirs.
 */
export function ConflictPanel({ current, mine, nameOf, onReapply, onDiscard }: ConflictPanelProps) {
  const theirs: Side = {
    items: current.items.map((i) => i.description),
    rationale: current.rationale ?? '',
    attendees: current.attendees.map((a) => a.name),
    dissent: current.dissent.map((d) => `${d.user.name}: ${d.text}`),
  };
  const yours: Side = {
    items: mine.items.map((i) => i.description ?? describeRecommendationItem(i.item)),
    rationale: mine.rationale.trim(),
    attendees: mine.attendeeIds.map(nameOf),
    dissent: mine.dissent.map((d) => `${nameOf(d.userId)}: ${d.text}`),
  };
  return (
    <Alert
      color="orange"
      variant="light"
      title="Someone else saved this draft first"
      role="alert"
      data-testid="decision-conflict"
    >
      <Stack gap="sm">
        <Text size="sm">
          Their version was saved {formatDateTime(current.updatedAt)}. Your changes are not saved yet. Compare, then
          reapply your edit on top of their version (it replaces their content with yours when you save) or take theirs.
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Column title="Their draft (saved)" side={theirs} other={yours} />
          <Column title="Your edit" side={yours} other={theirs} />
        </SimpleGrid>
        <Group>
          <Button size="xs" onClick={onReapply}>
            Reapply my edit
          </Button>
          <Button size="xs" variant="default" onClick={onDiscard}>
            Discard my edit, use theirs
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
