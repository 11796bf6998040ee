import { useState } from 'react';
import { Alert, Button, Group, Loader, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { CreatedUser, User } from '@tumor-board/shared';
import { ProblemAlert } from '../../../components/problem-alert';
import { DISCIPLINE_LABELS, formatDateTime, ROLE_LABELS } from '../../../lib/labels';
import { useCurrentUser } from '../../auth/api/get-session';
import { useUsers } from '../api/get-users';
import { CreateUserModal } from './create-user-modal';
import { EditUserModal } from './edit-user-modal';
import { ResetPasswordModal } from './reset-password-modal';

function UserRow({
  user,
  listedAt,
  onEdit,
  onReset,
}: {
  user: User;
  /** When the list was fetched: locks are shown as they stood then. */
  listedAt: number;
  onEdit: () => void;
  onReset: () => void;
}) {
  const lockedUntil = user.lockedUntil && Date.parse(user.lockedUntil) > listedAt ? user.lockedUntil : null;
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        {user.name}
        {!user.hasPassword && (
          <Text size="xs" c="dimmed" fw={400}>
            No password yet (invited)
          </Text>
        )}
      </Table.Th>
      <Table.Td>{user.email}</Table.Td>
      <Table.Td>{user.discipline ? DISCIPLINE_LABELS[user.discipline] : '—'}</Table.Td>
      <Table.Td>
        {/* One role a line: long role names wrap cleanly in a narrow column. */}
        {user.roles.map((role) => (
          <Text key={role} size="sm" fw={role === 'admin' ? 600 : undefined}>
            {ROLE_LABELS[role]}
          </Text>
        ))}
      </Table.Td>
      <Table.Td>
        {user.active ? (
          <Text size="sm" c="green" fw={500}>
            Active
          </Text>
        ) : (
          <Text size="sm" c="dimmed" fw={500}>
            Inactive
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {lockedUntil ? (
          <Text size="sm" c="red.9" fw={500}>
            Until {formatDateTime(lockedUntil)}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            No
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Stack gap={6} align="stretch">
          <Button size="compact-sm" variant="default" onClick={onEdit} aria-label={`Edit ${user.name}`}>
            Edit
          </Button>
          <Button size="compact-sm" variant="default" onClick={onReset} aria-label={`Reset password for ${user.name}`}>
            Reset password
          </Button>
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

/** The user accounts: a table with create, edit and password reset (admin only). */
export function UsersPanel() {
  const users = useUsers();
  const me = useCurrentUser();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const [created, setCreated] = useState<CreatedUser | null>(null);

  if (users.isPending) {
    return (
      <Group gap="sm" role="status">
        <Loader size="sm" aria-hidden />
        <Text>Loading users…</Text>
      </Group>
    );
  }
  if (users.isError) {
    return (
      <ProblemAlert title="Could not load the users" error={users.error}>
        <Button size="xs" mt="sm" onClick={() => void users.refetch()} loading={users.isFetching}>
          Try again
        </Button>
      </ProblemAlert>
    );
  }

  const items = users.data.items;
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          {items.length === 1 ? '1 user' : `${items.length} users`}
        </Text>
        <Button
          onClick={() => {
            setCreated(null);
            setCreating(true);
          }}
        >
          Create user
        </Button>
      </Group>

      {created && (
        <Alert
          color="green"
          variant="light"
          role="status"
          title={`${created.user.name} was created`}
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setCreated(null)}
        >
          <Text size="sm">
            {created.invitation
              ? 'They can sign in once they have chosen a password with the invitation link.'
              : 'They can sign in with the password you set.'}
          </Text>
        </Alert>
      )}

      {items.length === 0 ? (
        <Text c="dimmed">No users yet. Create the first one.</Text>
      ) : (
        <Table.ScrollContainer minWidth={880}>
          <Table striped highlightOnHover verticalSpacing="sm" horizontalSpacing="xs" aria-label="Users">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Email</Table.Th>
                <Table.Th scope="col">Discipline</Table.Th>
                <Table.Th scope="col">Roles</Table.Th>
                <Table.Th scope="col">Active</Table.Th>
                <Table.Th scope="col">Locked</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((user) => (
                <UserRow
                  key={user.id}
                  user={user}
                  listedAt={users.dataUpdatedAt}
                  onEdit={() => setEditing(user)}
                  onReset={() => setResetting(user)}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <CreateUserModal opened={creating} onClose={() => setCreating(false)} onCreated={setCreated} />
      <EditUserModal user={editing} isSelf={editing?.id === me?.id} onClose={() => setEditing(null)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </Stack>
  );
}
