import { Badge } from '@mantine/core';
import { CASE_STATUS_LABELS, URGENCY_LABELS, type CaseStatus, type Urgency } from '@tumor-board/shared';

export const STATUS_COLORS: Readonly<Record<CaseStatus, string>> = {
  draft: 'gray',
  submitted: 'blue',
  ready: 'teal',
  scheduled: 'indigo',
  discussed: 'violet',
  decided: 'green',
  closed: 'dark',
  withdrawn: 'gray',
};

export const URGENCY_COLORS: Readonly<Record<Urgency, string>> = {
  routine: 'gray',
  urgent: 'orange',
  emergency: 'red',
};

/** Short urgency labels for badges; the full wording (with "suspected cord compression") is the title. */
const URGENCY_SHORT: Readonly<Record<Urgency, string>> = {
  routine: 'Routine',
  urgent: 'Urgent',
  emergency: 'Emergency',
};

export function StatusBadge({ status }: { status: CaseStatus }) {
  return (
    <Badge
      color={STATUS_COLORS[status]}
      variant={status === 'withdrawn' ? 'outline' : 'light'}
      radius="sm"
      tt="none"
      className="badge-no-shrink"
    >
      {CASE_STATUS_LABELS[status]}
    </Badge>
  );
}

export function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  return (
    <Badge
      color={URGENCY_COLORS[urgency]}
      variant={urgency === 'emergency' ? 'filled' : 'light'}
      radius="sm"
      tt="none"
      title={URGENCY_LABELS[urgency]}
      className="badge-no-shrink"
    >
      {URGENCY_SHORT[urgency]}
    </Badge>
  );
}
