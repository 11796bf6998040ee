import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import {
  CASE_STATUS_LABELS,
  transitionNeedsReason,
  type CaseDetail,
  type CaseStatus,
  type CurrentUser,
  REFERRER_MOVES,
  isReferrerOnly,
} from '@tumor-board/shared';
import { ProblemAlert } from '../../../components/problem-alert';
import { isApiError } from '../../../lib/api/client';
import { useTransitionCase } from '../api/transition-case';

/** What the button says for a move; "…" marks the moves that ask for a reason first. */
function moveLabel(from: CaseStatus, to: CaseStatus): string {
  switch (to) {
    case 'withdrawn':
      return 'Withdraw…';
    case 'submitted':
      return from === 'draft' ? 'Submit to the board' : 'Back to submitted…';
    case 'ready':
      return from === 'submitted' ? 'Mark ready for the board' : 'Take off the agenda…';
    case 'draft':
      return from === 'withdrawn' ? 'Reopen as a draft…' : 'Return to the referrer…';
    case 'scheduled':
      return from === 'ready' ? 'Mark scheduled' : 'Defer to a later meeting…';
    case 'discussed':
      return 'Mark discussed';
    case 'decided':
      return 'Mark decided';
    case 'closed':
      return 'Close the case';
  }
}

function ReasonModal({
  from,
  to,
  pending,
  onCancel,
  onConfirm,
}: {
  from: CaseStatus;
  to: CaseStatus;
  pending: boolean;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setError('Reason is required: the history records why the case moved');
      return;
    }
    onConfirm(reason.trim());
  };
  return (
    <Modal opened onClose={onCancel} title={`${CASE_STATUS_LABELS[from]} → ${CASE_STATUS_LABELS[to]}`} centered>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Textarea
            label="Reason"
            description="Kept in the case history, e.g. “Patient declined treatment” or “Needs an MRI first”."
            required
            autosize
            minRows={3}
            maxLength={1000}
            data-autofocus
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={error}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
            <Button type="submit" color={to === 'withdrawn' ? 'red' : undefined} loading={pending}>
              {to === 'withdrawn' ? 'Withdraw the case' : `Move to ${CASE_STATUS_LABELS[to]}`}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Why a move was refused: the 422's list (e.g. the unmet readiness items), or the 409's note. */
function TransitionError({ error, to }: { error: unknown; to: CaseStatus }) {
  if (isApiError(error) && error.status === 409) {
    return (
      <Alert color="orange" variant="light" title="Someone else changed this case" role="alert">
        <Text size="sm">The page now shows the case as it is; check it and try again.</Text>
      </Alert>
    );
  }
  const messages = isApiError(error) ? error.errors.map((e) => e.message) : [];
  return (
    <ProblemAlert title={`Could not move the case to “${CASE_STATUS_LABELS[to]}”`} error={error}>
      {messages.length > 0 && (
        <List size="sm" mt="xs" spacing={2}>
          {messages.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      )}
    </ProblemAlert>
  );
}

/**
 * The moves the server allows from the case's status (`allowedTransitions`). Forward steps go at
 * once; moves back and withdrawal ask for a reason first (shared `transitionNeedsReason`).
 */
export function WorkflowActions({ detail, user }: { detail: CaseDetail; user: CurrentUser }) {
  const transition = useTransitionCase();
  const [asking, setAsking] = useState<CaseStatus | null>(null);
  const [attempted, setAttempted] = useState<CaseStatus | null>(null);
  const from = detail.case.status;
  const moves = detail.allowedTransitions.filter((to) => !isReferrerOnly(user.roles) || REFERRER_MOVES.includes(to));

  const move = (to: CaseStatus, reason?: string) => {
    setAttempted(to);
    transition.mutate(
      { caseId: detail.case.id, request: { to, version: detail.case.version, ...(reason ? { reason } : {}) } },
      { onSettled: () => setAsking(null) },
    );
  };

  if (moves.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {from === 'closed' ? 'The case is closed: no further moves.' : 'No moves are open to you from this status.'}
      </Text>
    );
  }

  return (
    <Stack gap="sm">
      <Group gap="xs">
        {moves.map((to) => {
          const needsReason = transitionNeedsReason(from, to);
          return (
            <Button
              key={to}
              size="sm"
              variant={needsReason ? 'default' : 'filled'}
              color={to === 'withdrawn' ? 'red' : undefined}
              loading={transition.isPending && attempted === to && !asking}
              disabled={transition.isPending}
              onClick={() => {
                transition.reset();
                if (needsReason) setAsking(to);
                else move(to);
              }}
            >
              {moveLabel(from, to)}
            </Button>
          );
        })}
      </Group>
      {transition.isError && attempted && <TransitionError error={transition.error} to={attempted} />}
      {asking && (
        <ReasonModal
          from={from}
          to={asking}
          pending={transition.isPending}
          onCancel={() => setAsking(null)}
          onConfirm={(reason) => move(asking, reason)}
        />
      )}
    </Stack>
  );
}
