import { useState } from 'react';
import { Badge, Button, Group, Modal, Paper, Skeleton, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { LATERALITY_LABELS, LESION_TYPE_LABELS, formatSkeletalSite } from '@tumor-board/shared';
import { ProblemAlert } from '../../../components/problem-alert';
import { SkeletonDiagram, lesionMarker } from '../../../components/skeleton';
import { useDeleteLesion } from '../api/delete-lesion';
import { useLesions, type LesionView } from '../api/get-lesions';
import { LesionEditor } from './lesion-editor';
import { BilskyBadge, MirelsBadge, SinsBadge } from './score-badge';

function RemoveLesionModal({ caseId, lesion, onClose }: { caseId: string; lesion: LesionView; onClose: () => void }) {
  const remove = useDeleteLesion();
  const name = formatSkeletalSite(lesion.site, lesion.laterality);
  return (
    <Modal opened onClose={onClose} title="Remove this lesion?" centered>
      <Stack gap="md">
        <Text size="sm">
          {name} and its scores will be removed from the case. Imaging summaries that showed it will no longer link to
          it.
        </Text>
        {remove.isError && <ProblemAlert title="Could not remove the lesion" error={remove.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Keep it
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() => remove.mutate({ caseId, id: lesion.id, version: lesion.version }, { onSuccess: onClose })}
          >
            Remove lesion
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function LesionTable({
  lesions,
  onEdit,
  onRemove,
}: {
  lesions: readonly LesionView[];
  onEdit: (lesion: LesionView) => void;
  onRemove: (lesion: LesionView) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" aria-label="Lesions" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Site</Table.Th>
            <Table.Th scope="col">Side</Table.Th>
            <Table.Th scope="col">Type, size</Table.Th>
            <Table.Th scope="col">SINS</Table.Th>
            <Table.Th scope="col">Mirels</Table.Th>
            <Table.Th scope="col">Bilsky</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lesions.map((lesion) => {
            const site = formatSkeletalSite(lesion.site);
            return (
              <Table.Tr key={lesion.id} data-lesion-id={lesion.id}>
                <Table.Th scope="row" fw={600}>
                  {site}
                  {lesion.fracturePresent && (
                    <Badge color="red" variant="outline" radius="sm" tt="none" size="sm" ml={6}>
                      Fracture
                    </Badge>
                  )}
                </Table.Th>
                <Table.Td>{LATERALITY_LABELS[lesion.laterality]}</Table.Td>
                <Table.Td>
                  {[
                    lesion.type ? LESION_TYPE_LABELS[lesion.type].replace(/ \(.*\)$/, '') : null,
                    lesion.sizeMm === null ? null : `${lesion.sizeMm} mm`,
                  ]
                    .filter(Boolean)
                    .join(', ') || '—'}
                </Table.Td>
                <Table.Td>
                  <SinsBadge outcome={lesion.scores.sins} />
                </Table.Td>
                <Table.Td>
                  <MirelsBadge outcome={lesion.scores.mirels} />
                </Table.Td>
                <Table.Td>
                  <BilskyBadge outcome={lesion.scores.bilsky} />
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    <Button size="xs" variant="default" onClick={() => onEdit(lesion)} aria-label={`Edit ${site}`}>
                      Edit
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => onRemove(lesion)}
                      aria-label={`Remove ${site}`}
                    >
                      Remove
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

type Editing = { mode: 'add' } | { mode: 'edit'; lesion: LesionView } | null;

/** The case's lesions: table with their scores, the skeleton diagram, and the lesion editor. */
export function LesionsPanel({ caseId }: { caseId: string }) {
  const lesions = useLesions(caseId);
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<LesionView | null>(null);

  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Group justify="space-between" mb="sm">
          <Title order={3} size="h5">
            Lesions
          </Title>
          <Button size="sm" onClick={() => setEditing({ mode: 'add' })}>
            Add lesion
          </Button>
        </Group>
        {lesions.isPending && (
          <Stack gap="xs" role="status" aria-label="Loading lesions">
            <Skeleton height={32} />
            <Skeleton height={32} />
          </Stack>
        )}
        {lesions.isError && (
          <ProblemAlert title="Could not load the lesions" error={lesions.error}>
            <Button size="xs" mt="sm" onClick={() => void lesions.refetch()}>
              Try again
            </Button>
          </ProblemAlert>
        )}
        {lesions.isSuccess && lesions.data.length === 0 && (
          <Text size="sm" c="dimmed">
            No lesions recorded yet. Add each metastasis with its site; the scores that apply (SINS, Mirels, Bilsky) are
            computed from its inputs.
          </Text>
        )}
        {lesions.isSuccess && lesions.data.length > 0 && (
          <LesionTable
            lesions={lesions.data}
            onEdit={(lesion) => setEditing({ mode: 'edit', lesion })}
            onRemove={setRemoving}
          />
        )}
      </Paper>

      {lesions.isSuccess && <SkeletonDiagram markers={lesions.data.map(lesionMarker)} />}

      {editing && (
        <LesionEditor
          key={editing.mode === 'edit' ? editing.lesion.id : 'new'}
          caseId={caseId}
          lesion={editing.mode === 'edit' ? editing.lesion : undefined}
          onClose={() => setEditing(null)}
        />
      )}
      {removing && <RemoveLesionModal caseId={caseId} lesion={removing} onClose={() => setRemoving(null)} />}
    </Stack>
  );
}
