import { useEffect, useState } from 'react';
import { Button, Group, Kbd, NativeSelect, Text } from '@mantine/core';
import {
  DEFERRAL_REASONS,
  DEFERRAL_REASON_LABELS,
  type DeferralReason,
  type LiveCommandName,
  type LiveState,
} from '@tumor-board/shared';

export interface LiveControlsProps {
  state: LiveState;
  /** Whether there are cases before / after the current one. */
  hasPrevious: boolean;
  hasNext: boolean;
  busy: boolean;
  /** `reason` goes with mark_deferred only (why the board deferred the case). */
  onCommand: (command: LiveCommandName, options?: { reason?: DeferralReason }) => void;
}

/** The reasons offered when deferring; "no reason given" is what leaving the choice empty stores. */
const REASON_OPTIONS = [
  { value: '', label: 'Reason (optional)' },
  ...DEFERRAL_REASONS.filter((r) => r !== 'not_stated').map((r) => ({ value: r, label: DEFERRAL_REASON_LABELS[r] })),
];

const isDeferralReason = (value: string): value is DeferralReason =>
  (DEFERRAL_REASONS as readonly string[]).includes(value);

/** True when a key press belongs to a field the user is typing in, not to the room. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.getAttribute('role') === 'textbox';
}

/** Presenter and chair controls, with keyboard shortcuts while the meeting runs. */
export function LiveControls({ state, hasPrevious, hasNext, busy, onCommand }: LiveControlsProps) {
  const running = state.status === 'in_progress';
  // Ending rolls the undiscussed cases over to the next meeting: ask once more.
  const [confirmEnd, setConfirmEnd] = useState(false);
  const hasCurrent = state.currentItemId !== null;
  // A reason chosen for one case never carries over to the next.
  const [reason, setReason] = useState<{ itemId: string | null; value: DeferralReason | '' }>({
    itemId: null,
    value: '',
  });
  const deferralReason = reason.itemId === state.currentItemId && reason.value ? reason.value : undefined;
  const defer = () => onCommand('mark_deferred', deferralReason ? { reason: deferralReason } : undefined);

  useEffect(() => {
    if (!running) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      let command: LiveCommandName | null = null;
      if (key === 'arrowright' && hasNext) command = 'next';
      else if (key === 'arrowleft' && hasPrevious) command = 'previous';
      else if (key === 't' && hasCurrent) command = state.timerStartedAt ? 'timer_stop' : 'timer_start';
      else if (key === 'd' && hasCurrent) command = 'mark_discussed';
      else if (key === 'f' && hasCurrent) command = 'mark_deferred';
      if (!command || busy) return;
      event.preventDefault();
      onCommand(command, command === 'mark_deferred' && deferralReason ? { reason: deferralReason } : undefined);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [running, hasNext, hasPrevious, hasCurrent, state.timerStartedAt, busy, onCommand, deferralReason]);

  if (state.status === 'scheduled')
    return (
      <Group>
        <Button size="lg" onClick={() => onCommand('start')} loading={busy}>
          Start meeting
        </Button>
      </Group>
    );
  if (!running) return null;

  return (
    <div data-testid="live-controls">
      <Group gap="xs" wrap="wrap">
        <Button variant="default" size="sm" disabled={!hasPrevious || busy} onClick={() => onCommand('previous')}>
          ← Previous
        </Button>
        <Button size="sm" disabled={!hasNext || busy} onClick={() => onCommand('next')}>
          Next →
        </Button>
        <Button
          variant="light"
          size="sm"
          disabled={!hasCurrent || busy}
          onClick={() => onCommand(state.timerStartedAt ? 'timer_stop' : 'timer_start')}
        >
          {state.timerStartedAt ? 'Stop timer' : 'Start timer'}
        </Button>
        <Button
          color="green"
          variant="light"
          size="sm"
          disabled={!hasCurrent || busy}
          onClick={() => onCommand('mark_discussed')}
        >
          Mark discussed
        </Button>
        <Button color="orange" variant="light" size="sm" disabled={!hasCurrent || busy} onClick={defer}>
          Mark deferred
        </Button>
        <NativeSelect
          size="sm"
          aria-label="Deferral reason"
          data={REASON_OPTIONS}
          disabled={!hasCurrent || busy}
          value={deferralReason ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setReason({ itemId: state.currentItemId, value: isDeferralReason(value) ? value : '' });
          }}
        />
        {confirmEnd ? (
          <>
            <Button color="red" size="sm" disabled={busy} onClick={() => onCommand('end')}>
              Confirm: end meeting
            </Button>
            <Button variant="subtle" size="sm" onClick={() => setConfirmEnd(false)}>
              Keep going
            </Button>
          </>
        ) : (
          <Button color="red" variant="subtle" size="sm" disabled={busy} onClick={() => setConfirmEnd(true)}>
            End meeting…
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed" mt={6} data-testid="shortcut-help">
        Keys: <Kbd>→</Kbd> next · <Kbd>←</Kbd> previous · <Kbd>T</Kbd> timer · <Kbd>D</Kbd> discussed · <Kbd>F</Kbd>{' '}
        deferred
      </Text>
    </div>
  );
}
