import { Table, Text, Title } from '@mantine/core';
import type { QualityReport } from '@tumor-board/shared';
import { ITEM_OUTCOME_LABELS } from '../../referrer-inbox/components/outcome-labels';
import { percent } from './format';
import { FigureSection } from './figure-section';
import { HorizontalBarsChart } from './lazy-charts';

type ItemOutcomes = QualityReport['itemOutcomes'];

/** What became of the decision items: implemented, modified, not done (with the reasons given). */
export function ItemOutcomesSection({ items }: { items: ItemOutcomes }) {
  const rows = [
    {
      key: 'done',
      label: 'Implemented',
      value: items.done,
      share: items.doneShare,
      color: 'var(--mantine-color-green-7)',
    },
    {
      key: 'modified',
      label: ITEM_OUTCOME_LABELS.modified,
      value: items.modified,
      share: items.modifiedShare,
      color: 'var(--mantine-color-yellow-7)',
    },
    {
      key: 'not_done',
      label: ITEM_OUTCOME_LABELS.not_done,
      value: items.notDone,
      share: items.notDoneShare,
      color: 'var(--mantine-color-red-7)',
    },
    {
      key: 'not_recorded',
      label: 'Nothing recorded yet',
      value: items.notRecorded,
      share: items.items ? Math.round((items.notRecorded / items.items) * 1000) / 1000 : null,
      color: 'var(--mantine-color-gray-6)',
    },
  ];
  return (
    <FigureSection
      id="quality-items"
      title={`Decision items (${items.items})`}
      description="Items of the board decisions in force signed in the period, by what the referring team recorded."
    >
      {items.items === 0 ? (
        <Text size="sm">No decision was signed in this period.</Text>
      ) : (
        <>
          <HorizontalBarsChart rows={rows} />
          <Table fz="sm" aria-labelledby="quality-items" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Outcome</Table.Th>
                <Table.Th scope="col" ta="right">
                  Items
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Share
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.key}>
                  <Table.Th scope="row" fw={400}>
                    {r.label}
                  </Table.Th>
                  <Table.Td ta="right">{r.value}</Table.Td>
                  <Table.Td ta="right">{percent(r.share)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Title order={3} size="h5" id="quality-item-reasons">
            Reasons given
          </Title>
          {items.reasons.length === 0 ? (
            <Text size="sm">No item was modified or left undone.</Text>
          ) : (
            <Table fz="sm" aria-labelledby="quality-item-reasons" withTableBorder data-testid="quality-item-reasons">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Outcome</Table.Th>
                  <Table.Th scope="col">Reason</Table.Th>
                  <Table.Th scope="col" ta="right">
                    Items
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.reasons.map((r) => (
                  <Table.Tr key={`${r.status}:${r.reason}`}>
                    <Table.Td>{ITEM_OUTCOME_LABELS[r.status]}</Table.Td>
                    <Table.Td>{r.reason}</Table.Td>
                    <Table.Td ta="right">{r.count}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
    </FigureSection>
  );
}
