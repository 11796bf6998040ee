import { Table, Text } from '@mantine/core';
import { PAIN_RESPONSES, type QualityReport } from '@tumor-board/shared';
import { PAIN_RESPONSE_LABELS } from '../../referrer-inbox/components/outcome-labels';
import { FigureSection } from './figure-section';
import { GroupedBarsChart } from './lazy-charts';

const PAIN_COLORS: Record<(typeof PAIN_RESPONSES)[number], string> = {
  complete: 'var(--mantine-color-green-7)',
  partial: 'var(--mantine-color-teal-5)',
  stable: 'var(--mantine-color-blue-5)',
  progression: 'var(--mantine-color-red-7)',
  not_assessable: 'var(--mantine-color-gray-5)',
};

/** Pain response and skeletal-related events 30 and 90 days after the decision. */
export function CaseOutcomesSection({ outcomes }: { outcomes: QualityReport['caseOutcomes'] }) {
  const recorded = outcomes.some((o) => o.recorded > 0);
  return (
    <FigureSection
      id="quality-outcomes"
      title="Outcomes at 30 and 90 days"
      description="For the decisions in force signed in the period: how many are old enough for the outcome to be due, how many have it recorded, and the pain response recorded."
    >
      {recorded && (
        <GroupedBarsChart
          groupKey="horizon"
          data={outcomes.map((o) => ({ horizon: `${o.horizonDays} days`, ...o.painResponse }))}
          series={PAIN_RESPONSES.map((p) => ({ key: p, label: PAIN_RESPONSE_LABELS[p], color: PAIN_COLORS[p] }))}
        />
      )}
      <Table.ScrollContainer minWidth={720}>
        <Table fz="sm" aria-labelledby="quality-outcomes" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">After</Table.Th>
              <Table.Th scope="col" ta="right">
                Decisions
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Due
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Recorded
              </Table.Th>
              {PAIN_RESPONSES.map((p) => (
                <Table.Th key={p} scope="col" ta="right">
                  {PAIN_RESPONSE_LABELS[p]}
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="right">
                With a skeletal event
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {outcomes.map((o) => (
              <Table.Tr key={o.horizonDays}>
                <Table.Th scope="row">{o.horizonDays} days</Table.Th>
                <Table.Td ta="right">{o.decisions}</Table.Td>
                <Table.Td ta="right">{o.due}</Table.Td>
                <Table.Td ta="right">{o.recorded}</Table.Td>
                {PAIN_RESPONSES.map((p) => (
                  <Table.Td key={p} ta="right">
                    {o.painResponse[p]}
                  </Table.Td>
                ))}
                <Table.Td ta="right">{o.withSkeletalEvent}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!recorded && <Text size="sm">No outcome has been recorded for these decisions yet.</Text>}
    </FigureSection>
  );
}
