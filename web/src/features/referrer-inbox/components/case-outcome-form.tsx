import { useState } from 'react';
import {
  Button,
  Card,
  Checkbox,
  Group,
  Radio,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import {
  NEUROLOGIC_STATUSES,
  NEUROLOGIC_STATUS_LABELS,
  PAIN_RESPONSES,
  SKELETAL_RELATED_EVENTS,
  type CaseOutcome,
  type CaseOutcomeRequest,
} from '@tumor-board/shared';
import { ProblemAlert } from '../../../components/problem-alert';
import { useRecordOutcome } from '../api/record-outcome';
import { PAIN_RESPONSE_LABELS, SRE_LABELS, today } from './outcome-labels';

type Horizon = CaseOutcomeRequest['horizonDays'];
type PainResponse = CaseOutcomeRequest['painResponse'];
type Sre = CaseOutcomeRequest['skeletalRelatedEvents'][number];
type Neurology = NonNullable<CaseOutcomeRequest['neurology']>;

/** The outcome 30 and 90 days after the decision: recorded ones listed, and a form for either. */
export function CaseOutcomeForm({ decisionId, outcomes }: { decisionId: string; outcomes: readonly CaseOutcome[] }) {
  const record = useRecordOutcome(decisionId);
  const [horizonDays, setHorizon] = useState<Horizon>(outcomes.some((o) => o.horizonDays === 30) ? 90 : 30);
  const [assessedOn, setAssessedOn] = useState(today());
  const [painResponse, setPain] = useState<PainResponse | null>(null);
  const [events, setEvents] = useState<Sre[]>([]);
  const [neurology, setNeurology] = useState<Neurology | null>(null);
  const [notes, setNotes] = useState('');
  const [saved, setSaved] = useState(false);

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="outcomes-heading">
      <Stack gap="sm">
        <Title order={3} size="h4" id="outcomes-heading">
          Outcome at 30 and 90 days
        </Title>
        {outcomes.length > 0 && (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Horizon</Table.Th>
                <Table.Th>Assessed</Table.Th>
                <Table.Th>Pain response</Table.Th>
                <Table.Th>Skeletal-related events</Table.Th>
                <Table.Th>Neurology</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {outcomes.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td>{o.horizonDays} days</Table.Td>
                  <Table.Td>{o.assessedOn}</Table.Td>
                  <Table.Td>{PAIN_RESPONSE_LABELS[o.painResponse]}</Table.Td>
                  <Table.Td>{o.skeletalRelatedEvents.map((e) => SRE_LABELS[e]).join(', ') || 'None'}</Table.Td>
                  <Table.Td>{o.neurology ? NEUROLOGIC_STATUS_LABELS[o.neurology] : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Stack
          gap="xs"
          component="form"
          aria-label="Record an outcome"
          onSubmit={(e) => {
            e.preventDefault();
            if (!painResponse) return;
            setSaved(false);
            record.mutate(
              {
                horizonDays,
                assessedOn,
                painResponse,
                skeletalRelatedEvents: events,
                neurology,
                notes: notes.trim() || null,
              },
              { onSuccess: () => setSaved(true) },
            );
          }}
        >
          <Group align="flex-start" grow>
            <Radio.Group label="Horizon" value={String(horizonDays)} onChange={(v) => setHorizon(v === '90' ? 90 : 30)}>
              <Group gap="md" mt={4}>
                <Radio value="30" label="30 days" />
                <Radio value="90" label="90 days" />
              </Group>
            </Radio.Group>
            <TextInput
              type="date"
              label="Assessed on"
              required
              value={assessedOn}
              onChange={(e) => setAssessedOn(e.currentTarget.value)}
            />
            <Select
              label="Pain response"
              required
              data={PAIN_RESPONSES.map((v) => ({ value: v, label: PAIN_RESPONSE_LABELS[v] }))}
              value={painResponse}
              onChange={(v) => setPain(v)}
            />
            <Select
              label="Neurology"
              clearable
              placeholder="Not assessed"
              data={NEUROLOGIC_STATUSES.map((v) => ({ value: v, label: NEUROLOGIC_STATUS_LABELS[v] }))}
              value={neurology}
              onChange={(v) => setNeurology(v)}
            />
          </Group>
          <Checkbox.Group
            label="Skeletal-related events since the decision"
            value={events}
            onChange={(v) => setEvents(v)}
          >
            <Group gap="md" mt={4}>
              {SKELETAL_RELATED_EVENTS.map((e) => (
                <Checkbox key={e} value={e} label={SRE_LABELS[e]} />
              ))}
            </Group>
          </Checkbox.Group>
          <Textarea label="Notes" autosize value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
          {record.error && <ProblemAlert title="Could not record the outcome" error={record.error} />}
          <Group justify="flex-end">
            {saved && (
              <Text size="sm" c="teal" role="status">
                Outcome saved.
              </Text>
            )}
            <Button type="submit" loading={record.isPending} disabled={!painResponse}>
              Save {horizonDays}-day outcome
            </Button>
          </Group>
        </Stack>
      </Stack>
    </Card>
  );
}
