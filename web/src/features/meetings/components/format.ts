import {
  PRIMARY_CANCER_LABELS,
  URGENCY_LABELS,
  type AgendaItemView,
  type PrimaryCancer,
  type Urgency,
} from '@tumor-board/shared';

/** "Smith, Anna": how patients are listed on boards (family name first, for sorting by eye). */
export const patientName = (patient: { givenName: string; familyName: string }) =>
  `${patient.familyName}, ${patient.givenName}`;

export const primaryLabel = (primary: PrimaryCancer | null) =>
  primary ? PRIMARY_CANCER_LABELS[primary] : 'Primary unknown';

export const urgencyLabel = (urgency: Urgency) => URGENCY_LABELS[urgency];

export const urgencyColor = (urgency: Urgency) =>
  urgency === 'emergency' ? 'red' : urgency === 'urgent' ? 'orange' : 'gray';

export const agendaCaseLine = (item: AgendaItemView) =>
  `${patientName(item.case.patient)} · ${primaryLabel(item.case.primaryCancer)}`;

/** "14:05" in the browser's zone. */
export const formatTime = (iso: string) =>
  new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

export const MEETING_STATUS_LABELS = {
  scheduled: 'Scheduled',
  in_progress: 'In progress',
  ended: 'Ended',
  cancelled: 'Cancelled',
} as const;

export const meetingStatusColor = (status: keyof typeof MEETING_STATUS_LABELS) =>
  status === 'in_progress' ? 'green' : status === 'cancelled' ? 'red' : status === 'ended' ? 'gray' : 'blue';
