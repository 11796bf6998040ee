import { Alert, Anchor, Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { APP_NAME, Page } from '../../components/page';
import { paths } from '../paths';

interface Described {
  title: string;
  detail: string;
  /** A reload fetches the new build's chunk names after a deploy. */
  reload: boolean;
}

function describe(error: unknown): Described {
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) {
      return { title: 'Page not found', detail: 'There is no page at this address.', reload: false };
    }
    return { title: `Error ${error.status}`, detail: error.statusText || 'The page could not be shown.', reload: true };
  }
  const message = error instanceof Error ? error.message : '';
  if (/dynamically imported module|Importing a module script failed|error loading dynamically/i.test(message)) {
    return {
      title: 'This page could not be loaded',
      detail:
        'Tumor Board may have been updated since this tab was opened, or the connection dropped. Reload to continue.',
      reload: true,
    };
  }
  return {
    title: 'Something went wrong',
    detail:
      'An unexpected error stopped this page from showing. Reloading usually helps; if not, tell the board coordinator.',
    reload: true,
  };
}

/** Catches errors of one page and shows them inside the shell, so navigation keeps working. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const { title, detail, reload } = describe(error);
  return (
    <Page title={title}>
      <Alert color="red" variant="light" title={title} role="alert" maw={720}>
        <Stack gap="sm">
          <Text size="sm">{detail}</Text>
          <Group>
            {reload && (
              <Button size="xs" onClick={() => window.location.reload()}>
                Reload
              </Button>
            )}
            <Anchor component={Link} to={paths.home} size="sm">
              Go to the overview
            </Anchor>
          </Group>
        </Stack>
      </Alert>
    </Page>
  );
}

/** Last resort when the shell itself failed: no router-dependent layout, just a way back. */
export function RootErrorBoundary() {
  const error = useRouteError();
  const { title, detail } = describe(error);
  useDocumentTitle(`${title} · ${APP_NAME}`);
  return (
    <Container size="sm" py="xl" component="main">
      <Title order={1} size="h2">
        {title}
      </Title>
      <Text mt="sm">{detail}</Text>
      <Group mt="lg">
        <Button onClick={() => window.location.reload()}>Reload</Button>
        <Anchor href={paths.home}>Go to the overview</Anchor>
      </Group>
    </Container>
  );
}
