import { lazy, Suspense, useState } from 'react';
import { Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import {
  RECOMMENDING_DISCIPLINE_LABELS,
  type Recommendation,
  type RecommendationStatus,
  type RecommendingDiscipline,
  type StoredItem,
} from '@tumor-board/shared';
import { formatDateTime } from '../../../lib/labels';
import type { BoardLesion } from '../api/get-lesions';
import { StoredItemView } from './stored-item';

// Only specialists edit: the form's code loads when the editor opens.
const RecommendationEditor = lazy(() => import('./recommendation-editor'));

export const STATUS_COLORS: Readonly<Record<RecommendationStatus, string>> = {
  draft: 'gray',
  proposed: 'teal',
  withdrawn: 'red',
};
const STATUS_LABELS: Readonly<Record<RecommendationStatus, string>> = {
  draft: 'Draft',
  proposed: 'Proposed',
  withdrawn: 'Withdrawn',
};

export interface RecommendationCardProps {
  caseId: string;
  discipline: RecommendingDiscipline;
  recommendation: Recommendation | undefined;
  /** The signed-in user holds this discipline's role. */
  canWrite: boolean;
  lesions: readonly BoardLesion[];
  /** Present while a draft decision is open and the user may edit it. */
  onCopy?: (recommendation: Recommendation, item: StoredItem) => void;
  /** Recommendation items already in the draft decision. */
  copiedItemIds: ReadonlySet<string>;
}

/** One discipline's opinion; its own specialist edits, proposes or withdraws it here. */
export function RecommendationCard(props: RecommendationCardProps) {
  const { discipline, recommendation: rec, canWrite, onCopy, copiedItemIds } = props;
  const [editing, setEditing] = useState(false);
  const label = RECOMMENDING_DISCIPLINE_LABELS[discipline];
  const headingId = `rec-${discipline}`;

  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-labelledby={headingId}
      data-testid={`recommendation-${discipline}`}
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="sm">
            <Title order={3} size="h4" id={headingId}>
              {label}
            </Title>
            {rec && (
              <Badge color={STATUS_COLORS[rec.status]} variant="light">
                {STATUS_LABELS[rec.status]}
              </Badge>
            )}
          </Group>
          {canWrite && !editing && (
            <Button size="xs" variant="light" onClick={() => setEditing(true)}>
              {rec ? 'Edit recommendation' : 'Write recommendation'}
            </Button>
          )}
        </Group>
        {rec?.author && (
          <Text size="xs" c="dimmed">
            By {rec.author.name}, updated {formatDateTime(rec.updatedAt)}
          </Text>
        )}
        {editing ? (
          <Suspense fallback={<Loader size="sm" role="progressbar" aria-label="Loading the editor" />}>
            <RecommendationEditor {...props} onDone={() => setEditing(false)} />
          </Suspense>
        ) : rec ? (
          <>
            {rec.summary && <Text style={{ whiteSpace: 'pre-wrap' }}>{rec.summary}</Text>}
            {rec.items.length === 0 && (
              <Text size="sm" c="dimmed">
                No items.
              </Text>
            )}
            {rec.items.map((stored) => (
              <StoredItemView
                key={stored.id}
                item={stored.item}
                description={stored.description}
                warnings={stored.warnings}
                actions={
                  onCopy && rec.status !== 'withdrawn' ? (
                    copiedItemIds.has(stored.id) ? (
                      <Badge variant="outline" color="teal">
                        In decision
                      </Badge>
                    ) : (
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => onCopy(rec, stored)}
                        aria-label={`Add “${stored.description}” to the decision`}
                      >
                        Add to decision
                      </Button>
                    )
                  ) : undefined
                }
              />
            ))}
          </>
        ) : (
          <Text size="sm" c="dimmed">
            No recommendation yet.
          </Text>
        )}
      </Stack>
    </Card>
  );
}
