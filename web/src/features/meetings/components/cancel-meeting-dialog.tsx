import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import type { MeetingDetail } from '@tumor-board/shared';
import { ProblemAlert } from '../../../components/problem-alert';
import { isApiError } from '../../../lib/api/client';
import { useCancelMeeting } from '../api/cancel-meeting';
import { agendaCaseLine } from './format';

export interface CancelMeetingDialogProps {
  meeting: MeetingDetail;
  opened: boolean;
  onClose: () => void;
}

/** "Cancel…": says why; refused (422) while cases are still on the agenda, which are then listed. */
export function CancelMeetingDialog({ meeting, opened, onClose }: CancelMeetingDialogProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Cancel meeting"
      centered
      closeButtonProps={{ 'aria-label': 'Close dialog' }}
    >
      {opened && <CancelMeetingForm meeting={meeting} onClose={onClose} />}
    </Modal>
  );
}

function CancelMeetingForm({ meeting, onClose }: { meeting: MeetingDetail; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const cancel = useCancelMeeting();
  const error = cancel.error;
  // The page's meeting is reloaded after a 422, so this lists the cases on the agenda now.
  const pending = meeting.agenda.filter((item) => item.outcome === 'pending');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setReasonError('Reason is required');
    setReasonError(null);
    cancel.mutate({ meetingId: meeting.id, version: meeting.version, reason: reason.trim() }, { onSuccess: onClose });
  };

  return (
    <form onSubmit={submit} noValidate aria-busy={cancel.isPending}>
      <Stack>
        <Text size="sm">Everyone invited sees the meeting as cancelled, with your reason.</Text>
        <Textarea
          label="Reason"
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={reasonError}
          maxLength={500}
          autosize
          minRows={2}
          required
          data-autofocus
        />
        {isApiError(error) && error.status === 422 ? (
          <Alert color="red" variant="light" title="Cases are still on the agenda" role="alert">
            <Text size="sm">{error.detail ?? 'Move the cases on this agenda to another meeting first.'}</Text>
            {pending.length > 0 && (
              <List size="sm" mt="xs" data-testid="blocking-cases">
                {pending.map((item) => (
                  <List.Item key={item.id}>{agendaCaseLine(item)}</List.Item>
                ))}
              </List>
            )}
          </Alert>
        ) : isApiError(error) && error.status === 409 ? (
          <Alert color="orange" variant="light" title="Someone else changed this meeting" role="alert">
            The meeting has been reloaded. Check it, then try again.
          </Alert>
        ) : (
          cancel.isError && <ProblemAlert title="Could not cancel the meeting" error={error} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Keep meeting
          </Button>
          <Button type="submit" color="red" loading={cancel.isPending}>
            Cancel meeting
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
