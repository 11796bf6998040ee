import { Badge } from '@mantine/core';
import type { ConnectionStatus } from '../hooks/use-live-connection';

const LABELS: Record<ConnectionStatus, { label: string; color: string }> = {
  connecting: { label: 'Connecting…', color: 'gray' },
  live: { label: 'Live', color: 'green' },
  reconnecting: { label: 'Reconnecting…', color: 'orange' },
  refused: { label: 'Not connected', color: 'red' },
};

/** "Live" while the room follows the meeting; announced politely when it changes. */
export function ConnectionBadge({ status }: { status: ConnectionStatus }) {
  const { label, color } = LABELS[status];
  return (
    <Badge
      size="lg"
      variant={status === 'live' ? 'filled' : 'light'}
      color={color}
      role="status"
      aria-live="polite"
      data-testid="connection-status"
    >
      {label}
    </Badge>
  );
}
