import { Table, Text } from '@mantine/core';
import { DEFERRAL_REASON_LABELS, type QualityReport } from '@tumor-board/shared';
import { FigureSection } from './figure-section';
import { HorizontalBarsChart } from './lazy-charts';

/** Why cases on an agenda were not discussed there, with a chart of the reasons given. */
export function DeferralsSection({ deferrals }: { deferrals: QualityReport['deferrals'] }) {
  const given = deferrals.byReason.filter((r) => r.count > 0);
  return (
    <FigureSection
      id="quality-deferrals"
      title={`Deferrals (${deferrals.deferred})`}
      description="Cases on the agenda of a meeting of the period that were deferred, or not reached before the meeting ended, by the reason the board gave."
    >
      {given.length === 0 ? (
        <Text size="sm">No case was deferred in this period.</Text>
      ) : (
        <>
          <HorizontalBarsChart rows={given.map((r) => ({ label: DEFERRAL_REASON_LABELS[r.reason], value: r.count }))} />
          <Table fz="sm" aria-labelledby="quality-deferrals" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Reason</Table.Th>
                <Table.Th scope="col" ta="right">
                  Cases
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {given.map((r) => (
                <Table.Tr key={r.reason}>
                  <Table.Th scope="row" fw={400}>
                    {DEFERRAL_REASON_LABELS[r.reason]}
                  </Table.Th>
                  <Table.Td ta="right">{r.count}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </FigureSection>
  );
}
