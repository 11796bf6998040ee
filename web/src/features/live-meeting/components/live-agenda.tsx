import { Badge, Group, Paper, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import type { AgendaItemView, LiveState } from '@tumor-board/shared';
import { patientName, primaryLabel } from '../../meetings/components/format';

const OUTCOME = {
  pending: { label: 'Pending', color: 'gray' },
  discussed: { label: 'Discussed', color: 'green' },
  deferred: { label: 'Deferred', color: 'orange' },
  rolled_over: { label: 'Rolled over', color: 'violet' },
} as const;

export interface LiveAgendaProps {
  agenda: readonly AgendaItemView[];
  state: LiveState;
  /** Set for drivers: a click on an item goes to it. */
  onGoto?: (itemId: string) => void;
}

/** The agenda with each case's outcome; the current case is marked (aria-current). */
export function LiveAgenda({ agenda, state, onGoto }: LiveAgendaProps) {
  return (
    <Stack
      gap={6}
      component="ol"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
      aria-label="Agenda"
      data-testid="live-agenda"
    >
      {agenda.map((item, index) => {
        const current = item.id === state.currentItemId;
        const outcome = OUTCOME[state.outcomes[item.id] ?? item.outcome];
        const body = (
          <Paper
            withBorder
            p="xs"
            style={{
              borderColor: current ? 'var(--mantine-color-blue-6)' : undefined,
              borderWidth: current ? 2 : 1,
              background: current ? 'var(--mantine-color-blue-0)' : undefined,
            }}
          >
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <div style={{ minWidth: 0 }}>
                <Text fw={current ? 700 : 500} truncate>
                  {index + 1}. {patientName(item.case.patient)}
                </Text>
                <Text size="xs" c="dimmed" truncate>
                  {primaryLabel(item.case.primaryCancer)} · {item.minutes} min
                  {item.presenter && ` · ${item.presenter.name}`}
                </Text>
              </div>
              <Badge size="sm" variant="light" color={outcome.color} style={{ flexShrink: 0 }}>
                {outcome.label}
              </Badge>
            </Group>
          </Paper>
        );
        return (
          <li key={item.id} aria-current={current ? 'step' : undefined}>
            {onGoto && !current ? (
              // Named by what it shows (label in name), after a hidden "Go to".
              <UnstyledButton w="100%" onClick={() => onGoto(item.id)}>
                <VisuallyHidden>Go to </VisuallyHidden>
                {body}
              </UnstyledButton>
            ) : (
              body
            )}
          </li>
        );
      })}
    </Stack>
  );
}
