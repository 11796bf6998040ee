import { useEffect, useState } from 'react';
import { Text } from '@mantine/core';

const format = (ms: number) => {
  const total = Math.max(0, Math.floor(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
};

/** Time on the current case since the timer was started, against its planned minutes. */
export function LiveTimer({ startedAt, plannedMinutes }: { startedAt: string | null; plannedMinutes: number | null }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!startedAt) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [startedAt]);
  const elapsed = startedAt ? now - new Date(startedAt).getTime() : 0;
  const over = plannedMinutes !== null && elapsed > plannedMinutes * 60_000;
  return (
    <div data-testid="live-timer">
      <Text
        ff="monospace"
        fz={36}
        fw={700}
        lh={1}
        c={!startedAt ? 'dimmed' : over ? 'red' : undefined}
        aria-label={startedAt ? `Timer ${format(elapsed)}` : 'Timer stopped'}
      >
        {format(elapsed)}
      </Text>
      <Text size="xs" c="dimmed">
        {startedAt ? 'running' : 'stopped'}
        {plannedMinutes !== null && ` · planned ${plannedMinutes} min`}
      </Text>
    </div>
  );
}
