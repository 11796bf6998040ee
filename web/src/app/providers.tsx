import { useState, type ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { markSessionEnded } from '../features/auth/api/get-session';
import { createQueryClient } from '../lib/query-client';
import { cssVariablesResolver, theme } from './theme';

export function AppProviders({ children }: { children: ReactNode }) {
  // One client per mounted app (not a module singleton), so tests can mount fresh apps. A 401 on
  // any call means the server ended the session: the route guard then sends the user to sign in.
  const [queryClient] = useState(() => createQueryClient({ onUnauthorized: markSessionEnded }));
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}
