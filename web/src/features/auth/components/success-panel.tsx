import { useEffect, useRef, type ReactNode } from 'react';
import { Alert, Button, Text } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { Page } from '../../../components/page';

/** The end of a public credential form: what happened, and the way on to the sign-in page. */
export function SuccessPanel({ title, heading, children }: { title: string; heading: string; children: ReactNode }) {
  const alertRef = useRef<HTMLDivElement>(null);
  // The form that had focus is gone; move it to the message so it is read out and Tab reaches the link.
  useEffect(() => alertRef.current?.focus(), []);
  return (
    <Page title={title}>
      <Alert ref={alertRef} tabIndex={-1} color="green" variant="light" title={heading} role="status">
        <Text size="sm">{children}</Text>
        <Button component={Link} to={paths.login} mt="md">
          Sign in
        </Button>
      </Alert>
    </Page>
  );
}
