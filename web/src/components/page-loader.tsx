import { Center, Loader, VisuallyHidden } from '@mantine/core';

/** Shown in `<main>` while a route's code is still loading. */
export function PageLoader({ label = 'Loading page' }: { label?: string }) {
  return (
    <Center mih={240} role="status" aria-live="polite">
      <Loader size="md" aria-hidden />
      <VisuallyHidden>{label}…</VisuallyHidden>
    </Center>
  );
}
