import { useRef, useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Paper, Stack, Text, TextInput } from '@mantine/core';
import { setupRequestSchema } from '@tumor-board/shared';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import { Page } from '../../../components/page';
import { ProblemAlert } from '../../../components/problem-alert';
import { apiFieldErrors, withLabel, zodFieldErrors, type FieldErrors } from '../../../lib/forms/field-errors';
import { useSetupFirstAdmin } from '../api/setup-first-admin';
import { confirmError, NewPasswordFields, type NewPasswordValues } from '../components/new-password-fields';
import { SuccessPanel } from '../components/success-panel';

export function Component() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const setup = useSetupFirstAdmin();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [passwords, setPasswords] = useState<NewPasswordValues>({ password: '', confirm: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);

  const focusFirstInvalid = () =>
    // After the error messages render: the first field marked invalid.
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = setupRequestSchema.safeParse({ token, name, email, password: passwords.password });
    const found: FieldErrors = parsed.success ? {} : zodFieldErrors(parsed.error);
    found.confirm ??= confirmError(passwords);
    if (!parsed.success || found.confirm) {
      setErrors(found);
      focusFirstInvalid();
      return;
    }
    setErrors({});
    setup.mutate(parsed.data, {
      onError: (error) => {
        setErrors(apiFieldErrors(error));
        focusFirstInvalid();
      },
    });
  };

  if (setup.isSuccess) {
    return (
      <SuccessPanel title="Set up Tumor Board" heading="The administrator account is ready">
        Sign in with {email.trim()} and the password you chose. As the administrator you can then create the board’s
        users.
      </SuccessPanel>
    );
  }

  return (
    <Page
      title="Set up Tumor Board"
      description="Create the first administrator account. This link works once, on a new installation."
    >
      {!token ? (
        <Alert color="orange" variant="light" title="The setup link is incomplete" role="alert">
          <Text size="sm">
            Open the full link that the server printed when it first started (it ends in <code>/setup?token=…</code>).
            If the installation already has users,{' '}
            <Anchor component={Link} to={paths.login}>
              sign in
            </Anchor>{' '}
            instead.
          </Text>
        </Alert>
      ) : (
        <Paper withBorder p="lg" radius="md">
          <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="Create the first administrator">
            <Stack gap="md">
              {setup.isError && <ProblemAlert title="Could not create the administrator" error={setup.error} />}
              <TextInput
                label="Your name"
                autoComplete="name"
                required
                value={name}
                onChange={(event) => setName(event.currentTarget.value)}
                error={withLabel('Your name', errors.name)}
              />
              <TextInput
                label="Email"
                type="email"
                autoComplete="username"
                required
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
                error={withLabel('Email', errors.email)}
              />
              <NewPasswordFields values={passwords} errors={errors} onChange={setPasswords} />
              <Button type="submit" loading={setup.isPending}>
                Create administrator
              </Button>
            </Stack>
          </form>
        </Paper>
      )}
    </Page>
  );
}
