import { Table } from '@mantine/core';
import { URGENCY_LABELS, type QualityReport } from '@tumor-board/shared';
import { hoursText } from './format';
import { FigureSection } from './figure-section';
import { HorizontalBarsChart } from './lazy-charts';

const URGENCY_COLORS = {
  emergency: 'var(--mantine-color-red-7)',
  urgent: 'var(--mantine-color-orange-7)',
  routine: 'var(--mantine-color-gray-6)',
} as const;

/** Time from referral to the board's signed decision, emergencies and urgent cases first. */
export function UrgencySection({ urgency }: { urgency: QualityReport['urgency'] }) {
  const rows = [...urgency].reverse(); // emergency, urgent, routine
  const timed = rows.filter((u) => u.medianHoursToDecision !== null);
  return (
    <FigureSection
      id="quality-urgency"
      title="Urgent cases and time to decision"
      description="Cases referred in the period by urgency, how many the board has decided, and the median time from referral to the signed decision."
    >
      {timed.length > 0 && (
        <HorizontalBarsChart
          unit=" h"
          rows={timed.map((u) => ({
            label: URGENCY_LABELS[u.urgency],
            value: u.medianHoursToDecision!,
            color: URGENCY_COLORS[u.urgency],
          }))}
        />
      )}
      <Table fz="sm" aria-labelledby="quality-urgency" withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Urgency</Table.Th>
            <Table.Th scope="col" ta="right">
              Referred
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Decided
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Median time to decision
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((u) => (
            <Table.Tr key={u.urgency} data-testid={`urgency-${u.urgency}`}>
              <Table.Th scope="row">{URGENCY_LABELS[u.urgency]}</Table.Th>
              <Table.Td ta="right">{u.referred}</Table.Td>
              <Table.Td ta="right">{u.decided}</Table.Td>
              <Table.Td ta="right">{hoursText(u.medianHoursToDecision)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </FigureSection>
  );
}
