import { useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, PasswordInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import { createUserSchema, PASSWORD_MIN_LENGTH, type CreatedUser } from '@tumor-board/shared';
import { ProblemAlert } from '../../../components/problem-alert';
import { apiFieldErrors, withLabel, zodFieldErrors, type FieldErrors } from '../../../lib/forms/field-errors';
import { useCreateUser } from '../api/create-user';
import { CredentialLinkView } from './credential-link';
import { UserFields, type UserFieldValues } from './user-fields';

type PasswordMode = 'invite' | 'set';

const EMPTY: UserFieldValues = { name: '', discipline: '', roles: [] };

function CreateUserForm({ onCreated, onCancel }: { onCreated: (created: CreatedUser) => void; onCancel: () => void }) {
  const create = useCreateUser();
  const [values, setValues] = useState<UserFieldValues>(EMPTY);
  const [email, setEmail] = useState('');
  const [mode, setMode] = useState<PasswordMode>('invite');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);

  const focusFirstInvalid = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = createUserSchema.safeParse({
      name: values.name,
      email,
      discipline: values.discipline || null,
      roles: values.roles,
      password: mode === 'set' ? password : undefined,
    });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      focusFirstInvalid();
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: onCreated,
      onError: (error) => {
        setErrors(apiFieldErrors(error));
        focusFirstInvalid();
      },
    });
  };

  const fieldErrorsShown = Object.keys(errors).length > 0;
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="New user">
      <Stack gap="md">
        {create.isError && !fieldErrorsShown && <ProblemAlert title="Could not create the user" error={create.error} />}
        <UserFields
          values={values}
          errors={errors}
          onChange={setValues}
          afterName={
            <TextInput
              label="Email"
              description="Used to sign in."
              type="email"
              autoComplete="off"
              required
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={withLabel('Email', errors.email)}
            />
          }
        />
        <Radio.Group label="Password" value={mode} onChange={(value) => setMode(value === 'set' ? 'set' : 'invite')}>
          <Stack gap="xs" mt="xs">
            <Radio value="invite" label="Send an invitation link: the user chooses their own password (recommended)" />
            <Radio value="set" label="Set a password now and pass it on" />
          </Stack>
        </Radio.Group>
        {mode === 'set' && (
          <PasswordInput
            label="Initial password"
            description={`At least ${PASSWORD_MIN_LENGTH} characters.`}
            autoComplete="new-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={withLabel('The password', errors.password)}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={create.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Create user
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Creating a user in a dialog. With an invitation, the dialog then shows the one-time link to copy;
 * with a password, it closes and the page reports the new user.
 */
export function CreateUserModal({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  /** Called after a user was created with a password (nothing left to show in the dialog). */
  onCreated: (created: CreatedUser) => void;
}) {
  const [invited, setInvited] = useState<CreatedUser | null>(null);
  const close = () => {
    if (invited) onCreated(invited);
    setInvited(null);
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={invited ? 'User created' : 'New user'}
      size="lg"
      // While the one-time link is shown, only the buttons close the dialog.
      closeOnClickOutside={!invited}
    >
      {invited?.invitation ? (
        <Stack gap="md">
          <Alert color="green" variant="light" role="status" title={`${invited.user.name} can now be invited`}>
            <Text size="sm">
              Send this link to {invited.user.email} through a channel you trust. It lets them choose their password.
            </Text>
          </Alert>
          <CredentialLinkView link={invited.invitation} label="Invitation link" />
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <CreateUserForm
          onCancel={close}
          onCreated={(created) => {
            if (created.invitation) {
              setInvited(created);
            } else {
              onCreated(created);
              onClose();
            }
          }}
        />
      )}
    </Modal>
  );
}
