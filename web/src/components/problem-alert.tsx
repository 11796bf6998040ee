import type { ReactNode } from 'react';
import { Alert, Text } from '@mantine/core';
import { isApiError } from '../lib/api/client';
import { describeApiError } from '../lib/forms/field-errors';

export interface ProblemAlertProps {
  /** What failed, e.g. "Could not create the user". */
  title: string;
  error: unknown;
  children?: ReactNode;
}

/**
 * A failed call explained in one alert (announced at once: `role="alert"`): the server's detail,
 * and the request id to quote to support when there is one.
 */
export function ProblemAlert({ title, error, children }: ProblemAlertProps) {
  const requestId = isApiError(error) ? error.requestId : undefined;
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      <Text size="sm">{describeApiError(error)}</Text>
      {children}
      {requestId && (
        <Text size="xs" c="dimmed" mt={4}>
          Request id: {requestId}
        </Text>
      )}
    </Alert>
  );
}
