import { useRef, type ReactNode } from 'react';
import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { Link, Outlet, ScrollRestoration } from 'react-router';
import { paths } from '../paths';
import { MAIN_CONTENT_ID } from './app-layout';
import { SkipLink } from './skip-link';
import { useFocusOnNavigate } from './use-focus-on-navigate';

/**
 * The frame of the pages used without a session (sign in, first-admin setup, setting a password):
 * the app's name and one narrow column, no navigation. `children` replaces the routed page while
 * the first route loads.
 */
export function PublicLayout({ children }: { children?: ReactNode }) {
  const mainRef = useRef<HTMLDivElement>(null);
  useFocusOnNavigate(mainRef);
  return (
    <>
      <SkipLink targetId={MAIN_CONTENT_ID} />
      <Box component="header" className="app-header public-header">
        <Group h={56} px="md" gap="sm" wrap="nowrap">
          <Anchor component={Link} to={paths.home} underline="never" c="inherit" className="app-title">
            Tumor Board
          </Anchor>
          <Text size="sm" c="dimmed" visibleFrom="sm" truncate>
            Bone metastasis multidisciplinary board
          </Text>
        </Group>
      </Box>
      <Container
        component="main"
        id={MAIN_CONTENT_ID}
        ref={mainRef}
        tabIndex={-1}
        className="app-main"
        size={480}
        py="xl"
      >
        {children ?? <Outlet />}
      </Container>
      {children === undefined && <ScrollRestoration />}
    </>
  );
}
