import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { loginRequestSchema } from '@tumor-board/shared';
import { Navigate, useSearchParams } from 'react-router';
import { safeNextPath } from '../../../app/paths';
import { Page } from '../../../components/page';
import { ProblemAlert } from '../../../components/problem-alert';
import { isApiError } from '../../../lib/api/client';
import { apiFieldErrors, withLabel, zodFieldErrors, type FieldErrors } from '../../../lib/forms/field-errors';
import { isUserDataQuery } from '../api/auth-keys';
import { useSession } from '../api/get-session';
import { useLogin } from '../api/login';

function failureTitle(error: unknown): string {
  if (isApiError(error) && error.status === 401) return 'Sign-in failed';
  if (isApiError(error) && error.status === 429) return 'Too many sign-in attempts';
  return 'Could not sign in';
}

export function Component() {
  const session = useSession();
  const queryClient = useQueryClient();
  const login = useLogin();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const signedOut = session.data?.status === 'signed-out';
  useEffect(() => {
    // Arriving here signed out, whatever the last session cached goes: it may hold patient data.
    if (signedOut) queryClient.removeQueries({ predicate: isUserDataQuery });
  }, [signedOut, queryClient]);

  if (session.data?.status === 'signed-in') return <Navigate to={next} replace />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = loginRequestSchema.safeParse({ email: email.trim(), password });
    if (!parsed.success) {
      const found = zodFieldErrors(parsed.error);
      setErrors(found);
      (found.email ? emailRef : passwordRef).current?.focus();
      return;
    }
    setErrors({});
    login.mutate(parsed.data, {
      onError: (error) => {
        setErrors(apiFieldErrors(error));
        setPassword('');
        passwordRef.current?.focus();
      },
    });
  };

  const ended = session.data?.status === 'signed-out' && session.data.reason === 'ended';
  return (
    <Page title="Sign in" description="Sign in with the email and password of your Tumor Board account.">
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={onSubmit} noValidate aria-label="Sign in">
          <Stack gap="md">
            {login.isError ? (
              <ProblemAlert title={failureTitle(login.error)} error={login.error} />
            ) : (
              ended && (
                <Alert color="blue" variant="light" title="Your session has ended" role="status">
                  <Text size="sm">For your patients’ privacy you were signed out. Sign in again to continue.</Text>
                </Alert>
              )
            )}
            <TextInput
              ref={emailRef}
              label="Email"
              type="email"
              autoComplete="username"
              autoFocus
              required
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={withLabel('Email', errors.email)}
            />
            <PasswordInput
              ref={passwordRef}
              label="Password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={withLabel('Password', errors.password)}
            />
            <Button type="submit" loading={login.isPending} fullWidth>
              Sign in
            </Button>
          </Stack>
        </form>
      </Paper>
      <Text size="sm" c="dimmed">
        Forgot your password, or locked out? Ask an administrator for a reset link.
      </Text>
    </Page>
  );
}
