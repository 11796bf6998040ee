import { Anchor, Text } from '@mantine/core';
import type { Role } from '@tumor-board/shared';
import { Link, Outlet } from 'react-router';
import { paths } from '../../../app/paths';
import { Page } from '../../../components/page';
import { roleList } from '../../../lib/labels';
import { hasAnyRole, useCurrentUser } from '../api/get-session';

/**
 * Route guard for pages limited to some roles; place it inside `RequireSession`. The server checks
 * roles on every call as well: this only spares users a page that would refuse them.
 */
export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const user = useCurrentUser();
  if (hasAnyRole(user, roles)) return <Outlet />;
  return (
    <Page title="No access">
      <Text maw={720}>
        This page is for users with the role {roleList(roles)}. If you need it, ask an administrator.{' '}
        <Anchor component={Link} to={paths.home}>
          Go to the overview
        </Anchor>
        .
      </Text>
    </Page>
  );
}
