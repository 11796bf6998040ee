import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { User } from '@tumor-board/shared';
import { ProblemAlert } from '../../../components/problem-alert';
import { useResetUserPassword } from '../api/reset-user-password';
import { CredentialLinkView } from './credential-link';

function ResetPassword({ user, onClose }: { user: User; onClose: () => void }) {
  const reset = useResetUserPassword();
  if (reset.data) {
    return (
      <Stack gap="md">
        <Alert color="green" variant="light" role="status" title="Reset link ready">
          <Text size="sm">
            Send this link to {user.name} ({user.email}) through a channel you trust. Their sessions have ended.
          </Text>
        </Alert>
        <CredentialLinkView link={reset.data} label="Password reset link" />
        <Group justify="flex-end">
          <Button onClick={onClose}>Done</Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      {reset.isError && <ProblemAlert title="Could not issue a reset link" error={reset.error} />}
      <Text size="sm">
        {user.name} will be signed out everywhere at once. You get a one-time link, valid for 24 hours, with which they
        choose a new password; their current password keeps working until then.
      </Text>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose} disabled={reset.isPending}>
          Cancel
        </Button>
        <Button color="red" onClick={() => reset.mutate(user.id)} loading={reset.isPending}>
          Issue reset link
        </Button>
      </Group>
    </Stack>
  );
}

/** Asks before issuing a password reset (it signs the user out), then shows the link once. */
export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={user ? `Reset the password of ${user.name}` : 'Reset password'}
      size="lg"
      closeOnClickOutside={false}
    >
      {user && <ResetPassword key={user.id} user={user} onClose={onClose} />}
    </Modal>
  );
}
