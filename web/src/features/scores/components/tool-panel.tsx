import { Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { compute } from '../tools/compute';
import type { FormValue, FormValues, ToolDefinition } from '../tools/tool-definitions';
import { ScoreField, type Suggestion } from './score-field';
import { ScoreResultPanel } from './score-result';

/** One calculator: its questions on the left, the live result beside them. */
export function ToolPanel({
  definition,
  values,
  onChange,
  onClear,
  suggestions = {},
}: {
  definition: ToolDefinition;
  values: FormValues;
  onChange: (changes: Record<string, FormValue>) => void;
  onClear: () => void;
  suggestions?: Readonly<Record<string, Suggestion>>;
}) {
  const computation = compute(definition, values);
  const answered = Object.values(values).some((value) => value !== null && value !== '');
  return (
    <Stack gap="lg">
      <div>
        <Title order={2} size="h3">
          {definition.title}
        </Title>
        <Text c="dimmed" mt={4}>
          {definition.purpose}
        </Text>
      </div>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <form aria-label={`${definition.name} answers`} onSubmit={(event) => event.preventDefault()}>
            <Stack gap="lg">
              {definition.fields
                .filter((field) => field.visibleWhen?.(values) ?? true)
                .map((field) => (
                  <ScoreField
                    key={field.key}
                    field={field}
                    values={values}
                    onChange={onChange}
                    suggestion={suggestions[field.key]}
                  />
                ))}
              <Group>
                <Button type="button" variant="default" onClick={onClear} disabled={!answered}>
                  Clear answers
                </Button>
              </Group>
            </Stack>
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <div className="score-result-column">
            <ScoreResultPanel definition={definition} computation={computation} />
          </div>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
