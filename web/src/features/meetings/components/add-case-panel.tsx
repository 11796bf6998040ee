import { useState } from 'react';
import { Alert, Button, Group, List, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { MeetingDetail } from '@tumor-board/shared';
import { ProblemAlert } from '../../../components/problem-alert';
import { missingReadiness, useAddAgendaItem } from '../api/add-agenda-item';
import { useReadyCases } from '../api/get-ready-cases';
import { patientName, primaryLabel, urgencyLabel } from './format';

export interface AddCasePanelProps {
  meeting: MeetingDetail;
  /** Only the chair may put a case that is not ready on the agenda, with a reason. */
  canOverride: boolean;
}

/** Picks a ready case for the agenda; a refusal lists what the case is missing. */
export function AddCasePanel({ meeting, canOverride }: AddCasePanelProps) {
  const ready = useReadyCases();
  const add = useAddAgendaItem();
  const [caseId, setCaseId] = useState<string | null>(null);
  const [minutes, setMinutes] = useState<string>(String(meeting.defaultMinutesPerCase));
  const [reason, setReason] = useState('');

  const onAgenda = new Set(meeting.agenda.map((item) => item.caseId));
  const options = (ready.data?.items ?? [])
    .filter((row) => !onAgenda.has(row.id))
    .map((row) => ({
      value: row.id,
      label: `${patientName(row.patient)} · ${primaryLabel(row.primaryCancer)} · ${urgencyLabel(row.urgency)}`,
    }));
  const missing = missingReadiness(add.error);

  const submit = (overrideReason?: string) => {
    if (!caseId) return;
    add.mutate(
      {
        meetingId: meeting.id,
        item: { caseId, minutes: Number(minutes) || undefined, ...(overrideReason ? { overrideReason } : {}) },
      },
      {
        onSuccess: () => {
          setCaseId(null);
          setReason('');
          setMinutes(String(meeting.defaultMinutesPerCase));
        },
      },
    );
  };

  return (
    <Stack gap="xs" data-testid="add-case-panel">
      {ready.isError && <ProblemAlert title="Could not load the ready cases" error={ready.error} />}
      <Group align="flex-end" wrap="wrap">
        <Select
          label="Ready case"
          placeholder={ready.isPending ? 'Loading…' : options.length ? 'Choose a case' : 'No ready cases'}
          data={options}
          value={caseId}
          onChange={(value) => {
            setCaseId(value);
            add.reset();
          }}
          searchable
          style={{ flex: 1, minWidth: 280 }}
        />
        <TextInput
          label="Minutes"
          type="number"
          min={1}
          max={120}
          w={100}
          value={String(minutes)}
          onChange={(e) => setMinutes(e.currentTarget.value)}
        />
        <Button onClick={() => submit()} disabled={!caseId} loading={add.isPending && !reason}>
          Add to agenda
        </Button>
      </Group>
      {add.isError && missing.length === 0 && <ProblemAlert title="Could not add the case" error={add.error} />}
      {missing.length > 0 && (
        <Alert color="orange" variant="light" title="This case is not ready for the board" role="alert">
          <Text size="sm">Missing:</Text>
          <List size="sm" data-testid="missing-readiness">
            {missing.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
          {canOverride && (
            <Stack gap="xs" mt="sm">
              <Textarea
                label="Reason to add it anyway (chair)"
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                autosize
                minRows={2}
              />
              <Group>
                <Button
                  color="orange"
                  disabled={!reason.trim()}
                  loading={add.isPending}
                  onClick={() => submit(reason.trim())}
                >
                  Add anyway
                </Button>
              </Group>
            </Stack>
          )}
        </Alert>
      )}
    </Stack>
  );
}
