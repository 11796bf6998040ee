import { useRef, type ReactNode } from 'react';
import { Anchor, AppShell, Burger, Group, ScrollArea, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Link, Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { useSession } from '../../features/auth/api/get-session';
import { UserMenu } from '../../features/auth/components/user-menu';
import { paths } from '../paths';
import { MainNav, visibleNavItems } from './main-nav';
import { SkipLink } from './skip-link';
import { useFocusOnNavigate } from './use-focus-on-navigate';

export const MAIN_CONTENT_ID = 'main-content';
const NAVBAR_ID = 'main-navigation';
/** Below Mantine's `md` breakpoint (62em ≈ 992 px, i.e. a tablet in portrait) the navbar folds away. */
const NAVBAR_BREAKPOINT = 'md';
const COLLAPSED_QUERY = '(max-width: 61.99em)';

/**
 * The shell around every page: skip link, header, main navigation and `<main>`. `children` replaces
 * the routed page while the router is still loading the first route (see the router's HydrateFallback).
 */
export function AppLayout({ children }: { children?: ReactNode }) {
  const [navOpened, nav] = useDisclosure(false);
  const isCollapsed = useMediaQuery(COLLAPSED_QUERY);
  const navigation = useNavigation();
  const session = useSession();
  const mainRef = useRef<HTMLElement>(null);
  const burgerRef = useRef<HTMLButtonElement>(null);
  useFocusOnNavigate(mainRef);

  // A folded navbar is only moved off-screen by CSS; `inert` keeps its links out of the Tab order.
  const navHidden = isCollapsed && !navOpened;
  const closeNav = () => {
    if (navOpened) nav.close();
  };

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 248, breakpoint: NAVBAR_BREAKPOINT, collapsed: { mobile: !navOpened } }}
      padding={{ base: 'md', md: 'xl' }}
    >
      <SkipLink targetId={MAIN_CONTENT_ID} />

      <AppShell.Header className="app-header">
        <Group h="100%" px="md" gap="sm" wrap="nowrap" justify="space-between">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              ref={burgerRef}
              opened={navOpened}
              onClick={nav.toggle}
              hiddenFrom={NAVBAR_BREAKPOINT}
              size="sm"
              aria-label={navOpened ? 'Close navigation' : 'Open navigation'}
              aria-expanded={navOpened}
              aria-controls={NAVBAR_ID}
            />
            <Anchor component={Link} to={paths.home} underline="never" c="inherit" className="app-title">
              Tumor Board
            </Anchor>
            <Text size="sm" c="dimmed" visibleFrom="sm" truncate>
              Bone metastasis multidisciplinary board
            </Text>
          </Group>
          <UserMenu />
        </Group>
        {navigation.state !== 'idle' && (
          // Indeterminate: no aria-valuenow, since how long a page takes to load is unknown.
          <div className="route-progress" role="progressbar" aria-label="Loading page" />
        )}
      </AppShell.Header>

      <AppShell.Navbar
        id={NAVBAR_ID}
        aria-label="Main"
        inert={navHidden}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && isCollapsed && navOpened) {
            nav.close();
            burgerRef.current?.focus();
          }
        }}
      >
        <AppShell.Section grow component={ScrollArea} p="xs">
          <MainNav items={visibleNavItems(session.data)} onNavigate={closeNav} />
        </AppShell.Section>
      </AppShell.Navbar>

      {/* While the folded navbar is open it covers the page, so the page leaves the Tab order. */}
      <AppShell.Main
        id={MAIN_CONTENT_ID}
        ref={mainRef}
        tabIndex={-1}
        className="app-main"
        inert={isCollapsed && navOpened}
      >
        {children ?? <Outlet />}
      </AppShell.Main>

      {children === undefined && <ScrollRestoration />}
    </AppShell>
  );
}
