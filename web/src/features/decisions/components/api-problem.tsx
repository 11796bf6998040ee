import { List } from '@mantine/core';
import { ProblemAlert } from '../../../components/problem-alert';
import { isApiError } from '../../../lib/api/client';

/** A failed call, with every field problem the server listed (e.g. what a signature still needs). */
export function ApiProblem({ title, error }: { title: string; error: unknown }) {
  const errors = isApiError(error) ? error.errors : [];
  return (
    <ProblemAlert title={title} error={error}>
      {errors.length > 0 && (
        <List size="sm" mt={4}>
          {errors.map((e) => (
            <List.Item key={`${e.path}:${e.message}`}>
              {e.path.replace(/^body\./, '')}: {e.message}
            </List.Item>
          ))}
        </List>
      )}
    </ProblemAlert>
  );
}
