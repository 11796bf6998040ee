import { Alert, Stack, Text } from '@mantine/core';
import { sortBySeverity, type StoredSafetyWarning } from '@tumor-board/shared';
import { SEVERITY_COLORS, SEVERITY_LABELS } from '../lib/item-options';

/**
 * Safety prompts as coloured alerts, most severe first. Decision support only: nothing here blocks
 * saving, proposing or signing.
 */
export function WarningList({ warnings, live = false }: { warnings: readonly StoredSafetyWarning[]; live?: boolean }) {
  if (warnings.length === 0) return null;
  return (
    <Stack gap={6} aria-live={live ? 'polite' : undefined} data-testid="safety-warnings">
      {sortBySeverity(warnings).map((w) => (
        <Alert
          key={w.code}
          color={SEVERITY_COLORS[w.severity]}
          variant="light"
          p="xs"
          title={`${SEVERITY_LABELS[w.severity]}: ${w.message}`}
          styles={{ title: { fontWeight: 500, fontSize: 'var(--mantine-font-size-sm)' } }}
        >
          <Text size="xs" c="dimmed">
            Source: {w.source}
          </Text>
        </Alert>
      ))}
    </Stack>
  );
}
