import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Group,
  Modal,
  NativeSelect,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import {
  NEUROLOGIC_STATUSES,
  NEUROLOGIC_STATUS_LABELS,
  assessmentCreateSchema,
  type Assessment,
  type NeurologicStatus,
} from '@tumor-board/shared';
import { ProblemAlert } from '../../../components/problem-alert';
import { apiFieldErrors, withLabel, zodFieldErrors, type FieldErrors } from '../../../lib/forms/field-errors';
import { useCreateAssessment } from '../api/create-assessment';
import { useDeleteAssessment } from '../api/delete-assessment';
import { useAssessments } from '../api/get-assessments';
import { formatDate, localToday } from './format';
import { TrendChart } from './trend-chart';

interface AssessmentFormValues {
  assessedOn: string;
  ecog: string;
  karnofsky: string;
  painNrs: string;
  greatestPainSource: string;
  neurology: NeurologicStatus | '';
  correctedCalciumMmolL: string;
  creatinineClearanceMlMin: string;
}

const emptyForm = (): AssessmentFormValues => ({
  assessedOn: localToday(),
  ecog: '',
  karnofsky: '',
  painNrs: '',
  greatestPainSource: '',
  neurology: '',
  correctedCalciumMmolL: '',
  creatinineClearanceMlMin: '',
});

const ECOG_LABELS = [
  '0 — fully active',
  '1 — restricted in strenuous activity',
  '2 — ambulatory, self-care, up > 50 % of waking hours',
  '3 — limited self-care, in bed or chair > 50 %',
  '4 — completely disabled',
];
const notRecorded = { value: '', label: 'Not recorded' };
const ecogOptions = [notRecorded, ...ECOG_LABELS.map((label, value) => ({ value: String(value), label }))];
const karnofskyOptions = [
  notRecorded,
  ...[100, 90, 80, 70, 60, 50, 40, 30, 20, 10].map((v) => ({ value: String(v), label: String(v) })),
];
const painOptions = [notRecorded, ...Array.from({ length: 11 }, (_, v) => ({ value: String(v), label: String(v) }))];
const neurologyOptions = [
  notRecorded,
  ...NEUROLOGIC_STATUSES.map((value) => ({ value, label: NEUROLOGIC_STATUS_LABELS[value] })),
];

const num = (value: string): number | undefined => (value.trim() === '' ? undefined : Number(value));

function AssessmentModal({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const create = useCreateAssessment();
  const [values, setValues] = useState(emptyForm);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = <K extends keyof AssessmentFormValues>(key: K, value: AssessmentFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = assessmentCreateSchema.safeParse({
      assessedOn: values.assessedOn,
      ecog: num(values.ecog),
      karnofsky: num(values.karnofsky),
      painNrs: num(values.painNrs),
      greatestPainSource: values.greatestPainSource.trim() || undefined,
      neurology: values.neurology || undefined,
      correctedCalciumMmolL: num(values.correctedCalciumMmolL),
      creatinineClearanceMlMin: num(values.creatinineClearanceMlMin),
    });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    create.mutate(
      { caseId, assessment: parsed.data },
      { onSuccess: onClose, onError: (error) => setErrors(apiFieldErrors(error)) },
    );
  };

  return (
    <Modal opened onClose={onClose} title="Add an assessment" size="lg">
      <form onSubmit={onSubmit} noValidate aria-label="Add an assessment">
        <Stack gap="md">
          {errors.form && (
            <Alert color="red" variant="light" role="alert" title="Nothing recorded">
              Record at least one finding besides the date.
            </Alert>
          )}
          {create.isError && Object.keys(apiFieldErrors(create.error)).length === 0 && (
            <ProblemAlert title="Could not save the assessment" error={create.error} />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label="Assessed on"
              type="date"
              required
              max={localToday()}
              value={values.assessedOn}
              onChange={(event) => set('assessedOn', event.currentTarget.value)}
              error={withLabel('Date', errors.assessedOn)}
            />
            <NativeSelect
              label="Pain (NRS 0–10)"
              description="Worst pain as the patient reports it"
              data={painOptions}
              value={values.painNrs}
              onChange={(event) => set('painNrs', event.currentTarget.value)}
              error={withLabel('Pain', errors.painNrs)}
            />
            <NativeSelect
              label="ECOG performance status"
              data={ecogOptions}
              value={values.ecog}
              onChange={(event) => set('ecog', event.currentTarget.value)}
              error={withLabel('ECOG', errors.ecog)}
            />
            <NativeSelect
              label="Karnofsky performance status"
              description="Recorded as measured; never converted from ECOG"
              data={karnofskyOptions}
              value={values.karnofsky}
              onChange={(event) => set('karnofsky', event.currentTarget.value)}
              error={withLabel('Karnofsky', errors.karnofsky)}
            />
            <TextInput
              label="Greatest source of pain"
              description="e.g. “left hip on walking”"
              maxLength={200}
              value={values.greatestPainSource}
              onChange={(event) => set('greatestPainSource', event.currentTarget.value)}
              error={withLabel('Pain source', errors.greatestPainSource)}
            />
            <NativeSelect
              label="Neurology"
              data={neurologyOptions}
              value={values.neurology}
              onChange={(event) => set('neurology', event.currentTarget.value as NeurologicStatus | '')}
              error={withLabel('Neurology', errors.neurology)}
            />
            <TextInput
              label="Corrected calcium (mmol/L)"
              type="number"
              inputMode="decimal"
              step="0.01"
              value={values.correctedCalciumMmolL}
              onChange={(event) => set('correctedCalciumMmolL', event.currentTarget.value)}
              error={withLabel('Corrected calcium', errors.correctedCalciumMmolL)}
            />
            <TextInput
              label="Creatinine clearance (mL/min)"
              type="number"
              inputMode="decimal"
              value={values.creatinineClearanceMlMin}
              onChange={(event) => set('creatinineClearanceMlMin', event.currentTarget.value)}
              error={withLabel('Creatinine clearance', errors.creatinineClearanceMlMin)}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Save assessment
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

const show = (value: number | string | null) => (value === null ? '—' : String(value));

function AssessmentTable({ caseId, assessments }: { caseId: string; assessments: readonly Assessment[] }) {
  const remove = useDeleteAssessment();
  const sorted = [...assessments].sort((a, b) => b.assessedOn.localeCompare(a.assessedOn));
  return (
    <Stack gap="xs">
      {remove.isError && <ProblemAlert title="Could not remove the assessment" error={remove.error} />}
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="xs" striped aria-label="Assessments">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Date</Table.Th>
              <Table.Th scope="col">Pain NRS</Table.Th>
              <Table.Th scope="col">ECOG</Table.Th>
              <Table.Th scope="col">Karnofsky</Table.Th>
              <Table.Th scope="col">Neurology</Table.Th>
              <Table.Th scope="col">Pain source</Table.Th>
              <Table.Th scope="col">Ca (mmol/L)</Table.Th>
              <Table.Th scope="col">CrCl (mL/min)</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(a.assessedOn)}
                </Table.Th>
                <Table.Td>{show(a.painNrs)}</Table.Td>
                <Table.Td>{show(a.ecog)}</Table.Td>
                <Table.Td>{show(a.karnofsky)}</Table.Td>
                <Table.Td>{a.neurology ? NEUROLOGIC_STATUS_LABELS[a.neurology] : '—'}</Table.Td>
                <Table.Td>{show(a.greatestPainSource)}</Table.Td>
                <Table.Td>{show(a.correctedCalciumMmolL)}</Table.Td>
                <Table.Td>{show(a.creatinineClearanceMlMin)}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    aria-label={`Remove the assessment of ${formatDate(a.assessedOn)}`}
                    loading={remove.isPending && remove.variables?.id === a.id}
                    onClick={() => {
                      if (window.confirm(`Remove the assessment of ${formatDate(a.assessedOn)}?`)) {
                        remove.mutate({ caseId, id: a.id, version: a.version });
                      }
                    }}
                  >
                    Remove
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** Assessments over time: pain and ECOG trends, the table, and a form to add one. */
export function AssessmentsPanel({ caseId }: { caseId: string }) {
  const assessments = useAssessments(caseId);
  const [adding, setAdding] = useState(false);
  const data = assessments.data ?? [];
  const pain = data.flatMap((a) => (a.painNrs === null ? [] : [{ date: a.assessedOn, value: a.painNrs }]));
  const ecog = data.flatMap((a) => (a.ecog === null ? [] : [{ date: a.assessedOn, value: a.ecog }]));

  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Group justify="space-between" mb="sm">
          <Title order={3} size="h5">
            Assessments
          </Title>
          <Button size="sm" onClick={() => setAdding(true)}>
            Add assessment
          </Button>
        </Group>
        {assessments.isPending && (
          <Stack gap="xs" role="status" aria-label="Loading assessments">
            <Skeleton height={32} />
            <Skeleton height={32} />
          </Stack>
        )}
        {assessments.isError && (
          <ProblemAlert title="Could not load the assessments" error={assessments.error}>
            <Button size="xs" mt="sm" onClick={() => void assessments.refetch()}>
              Try again
            </Button>
          </ProblemAlert>
        )}
        {assessments.isSuccess && data.length === 0 && (
          <Text size="sm" c="dimmed">
            No assessments yet. The board needs a recent performance status and pain score (and the neurology when the
            spine is involved).
          </Text>
        )}
        {data.length > 0 && <AssessmentTable caseId={caseId} assessments={data} />}
      </Paper>
      {data.length > 0 && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Paper withBorder p="md">
            <Text fw={600} size="sm" mb="xs">
              Pain (NRS 0–10, higher is worse)
            </Text>
            <TrendChart title="Pain NRS" points={pain} min={0} max={10} ticks={[0, 5, 10]} color="#c92a2a" />
          </Paper>
          <Paper withBorder p="md">
            <Text fw={600} size="sm" mb="xs">
              ECOG performance status (0–4, higher is worse)
            </Text>
            <TrendChart title="ECOG" points={ecog} min={0} max={4} ticks={[0, 1, 2, 3, 4]} color="#1864ab" />
          </Paper>
        </SimpleGrid>
      )}
      {adding && <AssessmentModal caseId={caseId} onClose={() => setAdding(false)} />}
    </Stack>
  );
}
