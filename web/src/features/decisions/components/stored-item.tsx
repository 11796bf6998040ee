import type { ReactNode } from 'react';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { RECOMMENDATION_KIND_LABELS, type RecommendationItem, type StoredSafetyWarning } from '@tumor-board/shared';
import { WarningList } from './warning-list';

export interface StoredItemViewProps {
  item: RecommendationItem;
  description: string;
  warnings: readonly StoredSafetyWarning[];
  /** Under the description, e.g. where a decision item came from. */
  meta?: ReactNode;
  /** Buttons at the right. */
  actions?: ReactNode;
  children?: ReactNode;
}

/** One recommendation or decision item: its one-line description, rationale and safety prompts. */
export function StoredItemView({ item, description, warnings, meta, actions, children }: StoredItemViewProps) {
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="stored-item">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Group gap="xs">
              <Badge variant="light" color="gray" size="sm">
                {RECOMMENDATION_KIND_LABELS[item.kind]}
              </Badge>
              <Text fw={600}>{description}</Text>
            </Group>
            {item.rationale && (
              <Text size="sm" c="dimmed" mt={2} style={{ whiteSpace: 'pre-wrap' }}>
                {item.rationale}
              </Text>
            )}
            {meta}
          </div>
          {actions && (
            <Group gap="xs" wrap="nowrap">
              {actions}
            </Group>
          )}
        </Group>
        <WarningList warnings={warnings} />
        {children}
      </Stack>
    </Paper>
  );
}
