import { Alert, Button, Stack, Text } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { loginPath } from '../../../app/paths';
import { PageLoader } from '../../../components/page-loader';
import { describeApiError } from '../../../lib/forms/field-errors';
import { useSession } from '../api/get-session';

/**
 * Route guard around every page that needs a session: while the session is checked it shows a
 * loader, when nobody is signed in it goes to the sign-in page, which comes back here afterwards.
 */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();

  if (session.data?.status === 'signed-in') return <Outlet />;
  if (session.data?.status === 'signed-out') {
    // After "Sign out" the next user starts from the overview, not from the previous user's page.
    const next = session.data.reason === 'signed-out' ? undefined : `${location.pathname}${location.search}`;
    return <Navigate to={loginPath(next)} replace />;
  }
  if (session.isError) {
    return (
      <Alert color="red" variant="light" title="Could not check your sign-in" role="alert" maw={720}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{describeApiError(session.error)}</Text>
          <Button size="xs" onClick={() => void session.refetch()} loading={session.isFetching}>
            Try again
          </Button>
        </Stack>
      </Alert>
    );
  }
  return <PageLoader label="Checking your sign-in" />;
}
