import { Alert, Badge, Group, List, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ScoreResult } from '@tumor-board/shared';
import { caveatsOf, interpretationOf, type Computation } from '../tools/compute';
import { answerLabel, type ToolDefinition } from '../tools/tool-definitions';

function Headline({ definition, result }: { definition: ToolDefinition; result: ScoreResult }) {
  const category = definition.categories[result.category] ?? { label: result.category, color: 'gray' };
  return (
    <Group gap="lg" align="flex-end" wrap="wrap">
      {result.total !== null && (
        <div>
          <Text size="sm" c="dimmed">
            {result.tool === 'bilsky' ? 'ESCC grade' : 'Total'}
          </Text>
          <Text fz={40} fw={700} lh={1} data-testid="score-total">
            {result.tool === 'bilsky' ? result.grade : result.total}
          </Text>
        </div>
      )}
      <div>
        <Text size="sm" c="dimmed">
          {definition.categoryHeading}
        </Text>
        <Badge size="xl" variant="light" color={category.color} radius="sm" tt="none" data-testid="score-category">
          {category.label}
        </Badge>
      </div>
    </Group>
  );
}

/** One line for screen readers when the result changes, e.g. "SINS 10: Potentially unstable". */
function summary(definition: ToolDefinition, computation: Computation): string {
  if (computation.status === 'incomplete') {
    const n = computation.missing.length;
    if (n === 0) return `${definition.name}: check the answers marked below.`;
    return `${definition.name}: ${n} ${n === 1 ? 'question' : 'questions'} left to answer.`;
  }
  const { result } = computation;
  const category = definition.categories[result.category]?.label ?? result.category;
  const value = result.tool === 'bilsky' ? `grade ${result.grade}` : result.total === null ? '' : String(result.total);
  return `${definition.name}${value ? ` ${value}` : ''}: ${category}`;
}

function ComponentTable({ definition, result }: { definition: ToolDefinition; result: ScoreResult }) {
  const withPoints = definition.pointsHeading !== null;
  return (
    <Table verticalSpacing={6} fz="sm" aria-label={`${definition.name} components`}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Component</Table.Th>
          <Table.Th scope="col">Answer</Table.Th>
          {withPoints && (
            <Table.Th scope="col" ta="right">
              {definition.pointsHeading}
            </Table.Th>
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {result.components.map((component) => (
          <Table.Tr key={component.name}>
            <Table.Th scope="row" fw={500}>
              {definition.componentLabels[component.name] ?? component.name}
            </Table.Th>
            <Table.Td>{answerLabel(definition, component.name, component.value)}</Table.Td>
            {withPoints && <Table.Td ta="right">{component.points ?? '—'}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
      {withPoints && result.total !== null && result.tool !== 'bilsky' && (
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row" colSpan={2}>
              Total
            </Table.Th>
            <Table.Td ta="right" fw={700}>
              {result.total}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      )}
    </Table>
  );
}

/**
 * The calculator's answer beside its form: total and category, each component's points, the
 * interpretation, caveats and the citation. Until every question is answered it lists what is
 * missing instead of a total.
 */
export function ScoreResultPanel({
  definition,
  computation,
}: {
  definition: ToolDefinition;
  computation: Computation;
}) {
  const headingId = `${definition.tool}-result-heading`;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={headingId} data-testid="score-result">
      <Stack gap="md">
        <Title order={3} size="h4" id={headingId}>
          {definition.name} result
        </Title>
        {/* Read out when it changes; the details below are there to browse. */}
        <VisuallyHidden aria-live="polite" aria-atomic="true">
          {summary(definition, computation)}
        </VisuallyHidden>

        {computation.status === 'incomplete' ? (
          <Stack gap="sm">
            {computation.missing.length > 0 && (
              <div>
                <Text fw={600} size="sm">
                  {definition.pointsHeading === null ? 'No suggestion yet.' : 'No total yet.'} Still to answer:
                </Text>
                <List size="sm" mt={4} data-testid="score-missing">
                  {computation.missing.map((label) => (
                    <List.Item key={label}>{label}</List.Item>
                  ))}
                </List>
              </div>
            )}
            {computation.problems.length > 0 && (
              <Alert color="red" variant="light" title="Check these answers">
                <List size="sm">
                  {computation.problems.map(({ label, message }) => (
                    <List.Item key={label}>{`${label} ${message}`}</List.Item>
                  ))}
                </List>
              </Alert>
            )}
          </Stack>
        ) : (
          <ResultDetails definition={definition} result={computation.result} />
        )}
      </Stack>
    </Paper>
  );
}

function ResultDetails({ definition, result }: { definition: ToolDefinition; result: ScoreResult }) {
  const caveats = caveatsOf(result);
  return (
    <Stack gap="md">
      <Headline definition={definition} result={result} />
      {result.tool === 'sins' && result.level && result.derivedLocation && (
        <Text size="sm">
          {`Location derived from ${result.level}: ${answerLabel(definition, 'location', result.derivedLocation)}.`}
        </Text>
      )}
      <div>
        <Title order={4} size="h6">
          Interpretation
        </Title>
        <Text size="sm" mt={4} data-testid="score-interpretation">
          {interpretationOf(result)}
        </Text>
      </div>
      {caveats.length > 0 && (
        <Alert color="yellow" variant="light" title={caveats.length === 1 ? 'Caveat' : 'Caveats'}>
          <List size="sm" spacing={4}>
            {caveats.map((caveat) => (
              <List.Item key={caveat}>{caveat}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <ComponentTable definition={definition} result={result} />
      <Text size="xs" c="dimmed">
        Source: <cite>{result.source}</cite>
      </Text>
    </Stack>
  );
}
