import { useState, type FormEvent } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import {
  IMAGING_MODALITIES,
  IMAGING_MODALITY_LABELS,
  formatSkeletalSite,
  imagingSummaryCreateSchema,
  type CurrentUser,
  type ImagingModality,
  type ImagingSummary,
  IMAGING_AUTHOR_ROLES,
} from '@tumor-board/shared';
import { ProblemAlert } from '../../../components/problem-alert';
import { apiFieldErrors, withLabel, zodFieldErrors, type FieldErrors } from '../../../lib/forms/field-errors';
import { hasAnyRole } from '../../auth/api/get-session';
import { useCreateImaging } from '../api/create-imaging';
import { useImaging } from '../api/get-imaging';
import { useLesions, type LesionView } from '../api/get-lesions';
import { formatDate, localToday } from './format';

interface ImagingFormValues {
  modality: ImagingModality | '';
  performedOn: string;
  region: string;
  impression: string;
  findings: string;
  lesionIds: string[];
  pacsUrl: string;
}

const modalityOptions = [
  { value: '', label: 'Choose…' },
  ...IMAGING_MODALITIES.map((value) => ({ value, label: IMAGING_MODALITY_LABELS[value] })),
];

function ImagingModal({
  caseId,
  lesions,
  onClose,
}: {
  caseId: string;
  lesions: readonly LesionView[];
  onClose: () => void;
}) {
  const create = useCreateImaging();
  const [values, setValues] = useState<ImagingFormValues>({
    modality: '',
    performedOn: localToday(),
    region: '',
    impression: '',
    findings: '',
    lesionIds: [],
    pacsUrl: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = <K extends keyof ImagingFormValues>(key: K, value: ImagingFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = imagingSummaryCreateSchema.safeParse({
      modality: values.modality || undefined,
      performedOn: values.performedOn,
      region: values.region,
      impression: values.impression,
      findings: values.findings.trim() || null,
      lesionIds: values.lesionIds,
      pacsUrl: values.pacsUrl.trim() || null,
    });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    create.mutate(
      { caseId, summary: parsed.data },
      { onSuccess: onClose, onError: (error) => setErrors(apiFieldErrors(error)) },
    );
  };

  return (
    <Modal opened onClose={onClose} title="Add an imaging summary" size="lg">
      <form onSubmit={onSubmit} noValidate aria-label="Add an imaging summary">
        <Stack gap="md">
          {create.isError && Object.keys(apiFieldErrors(create.error)).length === 0 && (
            <ProblemAlert title="Could not save the imaging summary" error={create.error} />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NativeSelect
              label="Modality"
              required
              data={modalityOptions}
              value={values.modality}
              onChange={(event) => set('modality', event.currentTarget.value as ImagingModality | '')}
              error={withLabel('Modality', errors.modality)}
            />
            <TextInput
              label="Performed on"
              type="date"
              required
              max={localToday()}
              value={values.performedOn}
              onChange={(event) => set('performedOn', event.currentTarget.value)}
              error={withLabel('Date', errors.performedOn)}
            />
          </SimpleGrid>
          <TextInput
            label="Region imaged"
            description="e.g. whole spine, left femur"
            required
            maxLength={200}
            value={values.region}
            onChange={(event) => set('region', event.currentTarget.value)}
            error={withLabel('Region', errors.region)}
          />
          <Textarea
            label="Impression"
            description="The conclusion the board reads first."
            required
            autosize
            minRows={2}
            maxLength={4000}
            value={values.impression}
            onChange={(event) => set('impression', event.currentTarget.value)}
            error={withLabel('Impression', errors.impression)}
          />
          <Textarea
            label="Findings"
            autosize
            minRows={3}
            maxLength={10000}
            value={values.findings}
            onChange={(event) => set('findings', event.currentTarget.value)}
            error={withLabel('Findings', errors.findings)}
          />
          {lesions.length > 0 && (
            <Checkbox.Group
              label="Lesions this study shows"
              value={values.lesionIds}
              onChange={(ids) => set('lesionIds', ids)}
              error={withLabel('Lesions', errors.lesionIds)}
            >
              <Stack gap={4} mt="xs">
                {lesions.map((lesion) => (
                  <Checkbox
                    key={lesion.id}
                    value={lesion.id}
                    label={formatSkeletalSite(lesion.site, lesion.laterality)}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          <TextInput
            label="Link to the study (PACS or DICOMweb viewer)"
            description="https:// only"
            type="url"
            value={values.pacsUrl}
            onChange={(event) => set('pacsUrl', event.currentTarget.value)}
            error={withLabel('The link', errors.pacsUrl)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Save imaging summary
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ImagingCard({ summary, lesions }: { summary: ImagingSummary; lesions: readonly LesionView[] }) {
  const shown = lesions.filter((lesion) => summary.lesionIds.includes(lesion.id));
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-label={`${IMAGING_MODALITY_LABELS[summary.modality]}, ${summary.region}`}
    >
      <Group justify="space-between" align="flex-start" mb={6}>
        <Group gap="xs">
          <Badge variant="light" radius="sm" tt="none">
            {IMAGING_MODALITY_LABELS[summary.modality]}
          </Badge>
          <Text fw={600}>{summary.region}</Text>
        </Group>
        <Text size="sm" c="dimmed">
          {formatDate(summary.performedOn)}
        </Text>
      </Group>
      <Text size="sm" fw={500}>
        {summary.impression}
      </Text>
      {summary.findings && (
        <Text size="sm" c="dimmed" mt={6} style={{ whiteSpace: 'pre-wrap' }}>
          {summary.findings}
        </Text>
      )}
      {(shown.length > 0 || summary.pacsUrl) && (
        <Group gap="md" mt="sm">
          {shown.length > 0 && (
            <Text size="xs" c="dimmed">
              Shows: {shown.map((lesion) => formatSkeletalSite(lesion.site, lesion.laterality)).join('; ')}
            </Text>
          )}
          {summary.pacsUrl && (
            <Anchor href={summary.pacsUrl} target="_blank" rel="noopener noreferrer" size="sm">
              Open the study in the viewer
            </Anchor>
          )}
        </Group>
      )}
    </Paper>
  );
}

/** Radiologists' summaries of the case's studies; radiologists add them, everyone reads them. */
export function ImagingPanel({ caseId, user }: { caseId: string; user: CurrentUser }) {
  const imaging = useImaging(caseId);
  const lesions = useLesions(caseId);
  const [adding, setAdding] = useState(false);
  const canWrite = hasAnyRole(user, IMAGING_AUTHOR_ROLES);
  const sorted = [...(imaging.data ?? [])].sort((a, b) => b.performedOn.localeCompare(a.performedOn));

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={3} size="h5">
          Imaging summaries
        </Title>
        {canWrite ? (
          <Button size="sm" onClick={() => setAdding(true)}>
            Add imaging summary
          </Button>
        ) : (
          <Text size="sm" c="dimmed">
            Imaging summaries are written by radiologists.
          </Text>
        )}
      </Group>
      {imaging.isPending && (
        <Stack gap="xs" role="status" aria-label="Loading imaging summaries">
          <Skeleton height={80} />
        </Stack>
      )}
      {imaging.isError && (
        <ProblemAlert title="Could not load the imaging summaries" error={imaging.error}>
          <Button size="xs" mt="sm" onClick={() => void imaging.refetch()}>
            Try again
          </Button>
        </ProblemAlert>
      )}
      {imaging.isSuccess && sorted.length === 0 && (
        <Paper withBorder p="md">
          <Text size="sm" c="dimmed">
            No imaging summaries yet. The board needs at least one study from the last 60 days.
          </Text>
        </Paper>
      )}
      {sorted.map((summary) => (
        <ImagingCard key={summary.id} summary={summary} lesions={lesions.data ?? []} />
      ))}
      {adding && <ImagingModal caseId={caseId} lesions={lesions.data ?? []} onClose={() => setAdding(false)} />}
    </Stack>
  );
}
