import type { ReactNode } from 'react';
import { Box, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';

export const APP_NAME = 'Tumor Board';

export interface PageProps {
  /** The page's `<h1>`, and the first part of the browser tab title. */
  title: string;
  /** One line under the heading saying what the page is for. */
  description?: ReactNode;
  /** Buttons or links shown beside the heading. */
  actions?: ReactNode;
  children?: ReactNode;
}

/**
 * Frame of every routed page: sets `document.title` ("Worklist · Tumor Board") and renders the one
 * `<h1>`, which the shell focuses after each navigation (hence `tabIndex={-1}`).
 */
export function Page({ title, description, actions, children }: PageProps) {
  useDocumentTitle(`${title} · ${APP_NAME}`);
  return (
    <Stack gap="lg" maw={1200}>
      <Box className="page-header">
        <div>
          <Title order={1} size="h2" tabIndex={-1} className="page-heading">
            {title}
          </Title>
          {description !== undefined && (
            <Text c="dimmed" mt={4}>
              {description}
            </Text>
          )}
        </div>
        {actions}
      </Box>
      {children}
    </Stack>
  );
}
