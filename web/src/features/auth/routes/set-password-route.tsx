import { useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Paper, Stack, Text } from '@mantine/core';
import { setPasswordRequestSchema } from '@tumor-board/shared';
import { useSearchParams } from 'react-router';
import { Page } from '../../../components/page';
import { ProblemAlert } from '../../../components/problem-alert';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/forms/field-errors';
import { useSetPassword } from '../api/set-password';
import { confirmError, NewPasswordFields, type NewPasswordValues } from '../components/new-password-fields';
import { SuccessPanel } from '../components/success-panel';

export function Component() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const setPassword = useSetPassword();
  const [passwords, setPasswords] = useState<NewPasswordValues>({ password: '', confirm: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);

  const focusFirstInvalid = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = setPasswordRequestSchema.safeParse({ token, password: passwords.password });
    const found: FieldErrors = parsed.success ? {} : zodFieldErrors(parsed.error);
    found.confirm ??= confirmError(passwords);
    if (!parsed.success || found.confirm) {
      setErrors(found);
      focusFirstInvalid();
      return;
    }
    setErrors({});
    setPassword.mutate(parsed.data, {
      onError: (error) => {
        setErrors(apiFieldErrors(error));
        focusFirstInvalid();
      },
    });
  };

  if (setPassword.isSuccess) {
    return (
      <SuccessPanel title="Set your password" heading="Your password is set">
        Sign in with your email and the new password. Any other sessions of your account have been ended.
      </SuccessPanel>
    );
  }

  return (
    <Page
      title="Set your password"
      description="Choose the password for your Tumor Board account. The link you followed works once."
    >
      {!token ? (
        <Alert color="orange" variant="light" title="The link is incomplete" role="alert">
          <Text size="sm">
            Open the full invitation or reset link you were given (it ends in <code>/set-password?token=…</code>). If it
            has expired, ask an administrator for a new one.
          </Text>
        </Alert>
      ) : (
        <Paper withBorder p="lg" radius="md">
          <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="Set your password">
            <Stack gap="md">
              {setPassword.isError && <ProblemAlert title="Could not set the password" error={setPassword.error} />}
              <NewPasswordFields values={passwords} errors={errors} onChange={setPasswords} />
              <Button type="submit" loading={setPassword.isPending}>
                Set password
              </Button>
            </Stack>
          </form>
        </Paper>
      )}
    </Page>
  );
}
