import type { ReactNode } from 'react';
import { Paper, Text } from '@mantine/core';

export interface StatCardProps {
  /** Names the figure; also its test id (`stat-<id>`). */
  id: string;
  label: string;
  value: ReactNode;
  /** What the figure counts, or its numerator and denominator. */
  hint?: ReactNode;
}

/** One headline figure: what it is, its value, and what it was counted from. */
export function StatCard({ id, label, value, hint }: StatCardProps) {
  return (
    <Paper withBorder p="md" data-testid={`stat-${id}`}>
      <Text size="sm" c="dimmed" component="h3" fw={500} m={0}>
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.3}>
        {value}
      </Text>
      {hint !== undefined && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}
