import type { ReactNode } from 'react';
import { Paper, Stack, Text, Title } from '@mantine/core';

export interface FigureSectionProps {
  /** Heading id, so the section and its table are named by the heading. */
  id: string;
  title: string;
  description: ReactNode;
  children: ReactNode;
}

/** A titled block of the dashboard: what it counts, a chart, and the table it is drawn from. */
export function FigureSection({ id, title, description, children }: FigureSectionProps) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id} data-testid={id}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </div>
        {children}
      </Stack>
    </Paper>
  );
}
