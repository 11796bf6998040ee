import { useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, Stack, Switch, Text } from '@mantine/core';
import { updateUserSchema, type UpdateUser, type User } from '@tumor-board/shared';
import { ProblemAlert } from '../../../components/problem-alert';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/forms/field-errors';
import { currentUserFromConflict, useUpdateUser } from '../api/update-user';
import { UserFields, type UserFieldValues } from './user-fields';

interface EditValues extends UserFieldValues {
  active: boolean;
}

const valuesOf = (user: User): EditValues => ({
  name: user.name,
  discipline: user.discipline ?? '',
  roles: [...user.roles],
  active: user.active,
});

const sameRoles = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** Only what changed, so the audit trail names the fields that really changed. */
function changesOf(base: User, values: EditValues): Omit<UpdateUser, 'version'> {
  const changes: Omit<UpdateUser, 'version'> = {};
  if (values.name.trim() !== base.name) changes.name = values.name;
  if ((values.discipline || null) !== base.discipline) changes.discipline = values.discipline || null;
  if (!sameRoles(values.roles, base.roles)) changes.roles = values.roles;
  if (values.active !== base.active) changes.active = values.active;
  return changes;
}

function EditUserForm({ user, isSelf, onDone }: { user: User; isSelf: boolean; onDone: () => void }) {
  const update = useUpdateUser();
  // The version the edits are based on; replaced by the current user after a conflict.
  const [base, setBase] = useState(user);
  const [values, setValues] = useState(() => valuesOf(user));
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const conflict = currentUserFromConflict(update.error);

  const focusFirstInvalid = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const loadCurrent = (current: User) => {
    setBase(current);
    setValues(valuesOf(current));
    setErrors({});
    update.reset();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const changes = changesOf(base, values);
    if (Object.keys(changes).length === 0) {
      onDone();
      return;
    }
    const parsed = updateUserSchema.safeParse({ version: base.version, ...changes });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      focusFirstInvalid();
      return;
    }
    setErrors({});
    update.mutate(
      { id: user.id, changes: parsed.data },
      {
        onSuccess: onDone,
        onError: (error) => {
          setErrors(apiFieldErrors(error));
          focusFirstInvalid();
        },
      },
    );
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label={`Edit ${user.name}`}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {user.email}
        </Text>
        {conflict ? (
          <Alert color="orange" variant="light" title="Someone else changed this user" role="alert">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">
                Another administrator saved changes to {conflict.name} while you were editing, so yours were not saved.
                Load their current details, then make your changes again.
              </Text>
              <Button size="xs" onClick={() => loadCurrent(conflict)}>
                Load the current details
              </Button>
            </Stack>
          </Alert>
        ) : (
          update.isError &&
          Object.keys(errors).length === 0 && <ProblemAlert title="Could not save the changes" error={update.error} />
        )}
        <UserFields values={values} errors={errors} onChange={(fields) => setValues({ ...values, ...fields })} />
        <Switch
          label="Account active"
          description="Inactive users cannot sign in. Deactivating ends their sessions at once."
          checked={values.active}
          onChange={(event) => setValues({ ...values, active: event.currentTarget.checked })}
        />
        {isSelf && (
          <Alert color="yellow" variant="light" title="This is your own account">
            <Text size="sm">Changing your own roles or deactivating yourself ends your session.</Text>
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={update.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={update.isPending} disabled={conflict !== null}>
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Changing a user's name, discipline, roles or active flag, sent with the version it was read at. */
export function EditUserModal({ user, isSelf, onClose }: { user: User | null; isSelf: boolean; onClose: () => void }) {
  return (
    <Modal opened={user !== null} onClose={onClose} title={user ? `Edit ${user.name}` : 'Edit user'} size="lg">
      {user && <EditUserForm key={user.id} user={user} isSelf={isSelf} onDone={onClose} />}
    </Modal>
  );
}
