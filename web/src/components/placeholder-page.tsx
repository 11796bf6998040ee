import { Anchor, Badge, Group, Paper, Text } from '@mantine/core';
import { Link } from 'react-router';
import { Page } from './page';

export interface PlaceholderPageProps {
  title: string;
  /** One sentence: what this page will let its users do. */
  purpose: string;
}

/** Stands in for a feature that is planned but not built yet, and says so plainly. */
export function PlaceholderPage({ title, purpose }: PlaceholderPageProps) {
  return (
    <Page
      title={title}
      actions={
        <Badge variant="light" color="gray" size="lg" radius="sm">
          Coming soon
        </Badge>
      }
    >
      <Paper withBorder p="lg" maw={720} data-testid="placeholder-page">
        <Text>{purpose}</Text>
        <Group mt="md">
          <Text size="sm" c="dimmed">
            This part of Tumor Board is not available yet.
          </Text>
          <Anchor component={Link} to="/" size="sm">
            Back to the overview
          </Anchor>
        </Group>
      </Paper>
    </Page>
  );
}
