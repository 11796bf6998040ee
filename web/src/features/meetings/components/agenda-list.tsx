import { useState, type DragEvent } from 'react';
import { ActionIcon, Anchor, Badge, Group, NativeSelect, Paper, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import type { AgendaItemView, MeetingDetail } from '@tumor-board/shared';
import { Link } from 'react-router';
import { caseDetailPath } from '../../../app/paths';
import { ProblemAlert } from '../../../components/problem-alert';
import { isApiError } from '../../../lib/api/client';
import { useRemoveAgendaItem } from '../api/remove-agenda-item';
import { useReorderAgenda } from '../api/reorder-agenda';
import { useUpdateAgendaItem } from '../api/update-agenda-item';
import { patientName, primaryLabel, urgencyColor, urgencyLabel } from './format';

export interface Person {
  id: string;
  name: string;
}

export interface AgendaListProps {
  meeting: MeetingDetail;
  /** Coordinators and the chair change the agenda; everyone else reads it. */
  editable: boolean;
  people: readonly Person[];
}

const OUTCOME_LABELS = { pending: 'Pending', discussed: 'Discussed', deferred: 'Deferred', rolled_over: 'Rolled over' };

/** `ids` with the item at `from` moved to `to`. */
export function moveId(ids: readonly string[], from: number, to: number): string[] {
  const next = [...ids];
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}

/**
 * The agenda in order. Reordering works by drag and drop and by the move up/down buttons (keyboard);
 * either sends the whole order with the meeting version, and a 409 reloads the meeting.
 */
export function AgendaList({ meeting, editable, people }: AgendaListProps) {
  const reorder = useReorderAgenda();
  const update = useUpdateAgendaItem();
  const remove = useRemoveAgendaItem();
  const [dragging, setDragging] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const ids = meeting.agenda.map((item) => item.id);

  const sendOrder = (itemIds: string[], message: string) => {
    if (itemIds.join() === ids.join()) return;
    setAnnouncement(message);
    reorder.mutate({ meetingId: meeting.id, version: meeting.version, itemIds });
  };

  const move = (item: AgendaItemView, index: number, step: -1 | 1) =>
    sendOrder(
      moveId(ids, index, index + step),
      `${patientName(item.case.patient)} moved to position ${index + step + 1}`,
    );

  const onDrop = (event: DragEvent, targetIndex: number) => {
    event.preventDefault();
    const fromIndex = dragging ? ids.indexOf(dragging) : -1;
    setDragging(null);
    if (fromIndex < 0) return;
    const item = meeting.agenda[fromIndex]!;
    sendOrder(
      moveId(ids, fromIndex, targetIndex),
      `${patientName(item.case.patient)} moved to position ${targetIndex + 1}`,
    );
  };

  const presenterOptions = (item: AgendaItemView) => {
    const list = new Map(people.map((p) => [p.id, p.name]));
    if (item.presenter) list.set(item.presenter.id, item.presenter.name);
    return [...list].map(([value, label]) => ({ value, label }));
  };

  const error = reorder.error ?? update.error ?? remove.error;

  if (meeting.agenda.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        No cases on the agenda yet.
      </Text>
    );
  }

  return (
    <Stack gap="xs">
      {error && (
        <ProblemAlert
          title={
            isApiError(error) && error.status === 409
              ? 'Someone else changed this meeting; it was reloaded'
              : 'Could not change the agenda'
          }
          error={error}
        />
      )}
      <div
        aria-live="polite"
        style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}
      >
        {announcement}
      </div>
      <ol style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Agenda" data-testid="agenda-list">
        {meeting.agenda.map((item, index) => {
          const name = patientName(item.case.patient);
          return (
            <li
              key={item.id}
              draggable={editable}
              onDragStart={(e) => {
                setDragging(item.id);
                e.dataTransfer.effectAllowed = 'move';
                e.dataTransfer.setData('text/plain', item.id);
              }}
              onDragEnd={() => setDragging(null)}
              onDragOver={(e) => {
                if (editable && dragging) e.preventDefault();
              }}
              onDrop={(e) => onDrop(e, index)}
              style={{
                marginBottom: 6,
                opacity: dragging === item.id ? 0.5 : 1,
                cursor: editable ? 'grab' : undefined,
              }}
            >
              <Paper withBorder p="sm" data-testid="agenda-item">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Group wrap="nowrap" align="flex-start" gap="sm">
                    {editable && (
                      <Text c="dimmed" aria-hidden="true" style={{ userSelect: 'none' }}>
                        ⠿
                      </Text>
                    )}
                    <Text fw={700} w={24}>
                      {index + 1}.
                    </Text>
                    <div>
                      <Group gap="xs">
                        <Anchor component={Link} to={caseDetailPath(item.caseId)} fw={600} c="inherit">
                          {name}
                        </Anchor>
                        <Text size="sm" c="dimmed">
                          MRN {item.case.patient.mrn}
                        </Text>
                        <Badge size="sm" variant="light" color={urgencyColor(item.case.urgency)}>
                          {urgencyLabel(item.case.urgency)}
                        </Badge>
                        {item.outcome !== 'pending' && (
                          <Badge size="sm" variant="outline">
                            {OUTCOME_LABELS[item.outcome]}
                          </Badge>
                        )}
                        {item.overrideReason && (
                          <Tooltip label={item.overrideReason}>
                            <Badge size="sm" color="yellow" variant="light">
                              Readiness overridden
                            </Badge>
                          </Tooltip>
                        )}
                      </Group>
                      <Text size="sm">{primaryLabel(item.case.primaryCancer)}</Text>
                      {item.case.clinicalQuestion && (
                        <Text size="sm" c="dimmed" lineClamp={2}>
                          {item.case.clinicalQuestion}
                        </Text>
                      )}
                    </div>
                  </Group>
                  <Group gap="xs" wrap="nowrap" align="flex-end">
                    {editable ? (
                      <>
                        <TextInput
                          key={`${item.id}-${item.version}-m`}
                          label="Minutes"
                          type="number"
                          size="xs"
                          w={80}
                          min={1}
                          max={120}
                          defaultValue={String(item.minutes)}
                          aria-label={`Minutes for ${name}`}
                          onBlur={(e) => {
                            const minutes = Number(e.currentTarget.value);
                            if (Number.isInteger(minutes) && minutes >= 1 && minutes !== item.minutes)
                              update.mutate({
                                meetingId: meeting.id,
                                itemId: item.id,
                                changes: { version: item.version, minutes },
                              });
                          }}
                        />
                        <NativeSelect
                          label="Presenter"
                          size="xs"
                          w={170}
                          data={[{ value: '', label: 'Not set' }, ...presenterOptions(item)]}
                          value={item.presenter?.id ?? ''}
                          aria-label={`Presenter for ${name}`}
                          onChange={(e) =>
                            update.mutate({
                              meetingId: meeting.id,
                              itemId: item.id,
                              changes: { version: item.version, presenterId: e.currentTarget.value || null },
                            })
                          }
                        />
                        <ActionIcon.Group>
                          <ActionIcon
                            variant="default"
                            size="lg"
                            aria-label={`Move ${name} up`}
                            disabled={index === 0 || reorder.isPending}
                            onClick={() => move(item, index, -1)}
                          >
                            ↑
                          </ActionIcon>
                          <ActionIcon
                            variant="default"
                            size="lg"
                            aria-label={`Move ${name} down`}
                            disabled={index === meeting.agenda.length - 1 || reorder.isPending}
                            onClick={() => move(item, index, 1)}
                          >
                            ↓
                          </ActionIcon>
                          <ActionIcon
                            variant="default"
                            color="red"
                            size="lg"
                            aria-label={`Remove ${name} from the agenda`}
                            disabled={item.outcome !== 'pending' || remove.isPending}
                            onClick={() => remove.mutate({ meetingId: meeting.id, itemId: item.id })}
                          >
                            ×
                          </ActionIcon>
                        </ActionIcon.Group>
                      </>
                    ) : (
                      <Text size="sm">
                        {item.minutes} min · {item.presenter?.name ?? 'No presenter'}
                      </Text>
                    )}
                  </Group>
                </Group>
              </Paper>
            </li>
          );
        })}
      </ol>
    </Stack>
  );
}
