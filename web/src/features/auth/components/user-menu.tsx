import {
  Avatar,
  Badge,
  Box,
  Button,
  Group,
  Menu,
  Notification,
  Stack,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { loginPath } from '../../../app/paths';
import { isApiError } from '../../../lib/api/client';
import { describeApiError } from '../../../lib/forms/field-errors';
import { ROLE_LABELS, roleList } from '../../../lib/labels';
import { useSession } from '../api/get-session';
import { useLogout } from '../api/logout';

const initials = (name: string) =>
  name
    .replace(/^(Dr|Prof)\.?\s+/i, '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');

/**
 * The header's account control: the signed-in user's name and roles, opening a menu with "Sign out".
 * Visitors who are not signed in (on the public calculators) get a "Sign in" link instead.
 */
export function UserMenu() {
  const session = useSession();
  const logout = useLogout();
  const location = useLocation();

  if (session.data?.status === 'signed-out') {
    return (
      <Button component={Link} to={loginPath(`${location.pathname}${location.search}`)} variant="default" size="sm">
        Sign in
      </Button>
    );
  }
  if (session.data?.status !== 'signed-in') return null;

  const { user } = session.data.info;
  const failed = logout.isError && !(isApiError(logout.error) && logout.error.status === 401);
  return (
    <>
      <Menu position="bottom-end" width={280} shadow="md">
        <Menu.Target>
          {/* Named by the text it shows (label in name, WCAG 2.5.3); small screens hide it from view only. */}
          <UnstyledButton className="user-menu-button">
            <VisuallyHidden hiddenFrom="sm">{`${user.name}, ${roleList(user.roles)}`}</VisuallyHidden>
            <Group gap="xs" wrap="nowrap">
              <Avatar color="blue" radius="xl" size={32} aria-hidden>
                {initials(user.name)}
              </Avatar>
              <Box visibleFrom="sm" style={{ lineHeight: 1.2, minWidth: 0 }}>
                <Text size="sm" fw={600} truncate>
                  {user.name}
                </Text>
                <Text size="xs" c="dimmed" truncate maw={220}>
                  {roleList(user.roles)}
                </Text>
              </Box>
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Stack gap={4} px="sm" py="xs">
            <Text size="sm" fw={600}>
              {user.name}
            </Text>
            <Text size="xs" c="dimmed">
              {user.email}
            </Text>
            <Group gap={4} mt={4} aria-label="Roles">
              {user.roles.map((role) => (
                <Badge key={role} variant="light" size="sm" radius="sm">
                  {ROLE_LABELS[role]}
                </Badge>
              ))}
            </Group>
          </Stack>
          <Menu.Divider />
          <Menu.Item onClick={() => logout.mutate()} disabled={logout.isPending}>
            {logout.isPending ? 'Signing out…' : 'Sign out'}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {failed && (
        <Notification
          className="floating-notification"
          color="red"
          title="Could not sign out"
          role="alert"
          onClose={() => logout.reset()}
          closeButtonProps={{ 'aria-label': 'Dismiss' }}
        >
          {describeApiError(logout.error)} You are still signed in.
        </Notification>
      )}
    </>
  );
}
