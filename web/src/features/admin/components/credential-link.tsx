import { Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import type { CredentialLink } from '@tumor-board/shared';
import { formatDateTime } from '../../../lib/labels';

/**
 * A one-time link (invitation or password reset) for the admin to pass on. The server keeps only a
 * hash of it, so this is the one chance to copy it; the field selects itself for manual copying
 * where the clipboard is unavailable (a page served over plain HTTP).
 */
export function CredentialLinkView({ link, label }: { link: CredentialLink; label: string }) {
  return (
    <Stack gap="xs">
      <TextInput
        label={label}
        description={`Shown only once. It works once and expires ${formatDateTime(link.expiresAt)}.`}
        value={link.url}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      />
      <CopyButton value={link.url} timeout={4000}>
        {({ copied, copy }) => (
          <Group gap="sm">
            <Button onClick={copy} variant={copied ? 'light' : 'filled'} color={copied ? 'green' : undefined}>
              {copied ? 'Copied' : 'Copy link'}
            </Button>
            <Text size="sm" role="status">
              {copied ? 'The link is on the clipboard.' : ''}
            </Text>
          </Group>
        )}
      </CopyButton>
    </Stack>
  );
}
