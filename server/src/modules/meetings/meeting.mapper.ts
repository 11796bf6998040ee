import type { AgendaItemView, Attendee, MeetingSummary, Quorum, RecommendingDiscipline } from '@tumor-board/shared';
import { toPersonRef } from '../cases/case.mapper.js';
import type { BoardCase } from '../cases/board-case.entity.js';
import type { Patient } from '../patients/patient.entity.js';
import type { AgendaItem } from './agenda-item.entity.js';
import type { Attendance } from './attendance.entity.js';
import type { Meeting } from './meeting.entity.js';

export const toMeetingSummary = (m: Meeting, caseCount: number): MeetingSummary => ({
  id: m.id,
  seriesId: m.seriesId,
  title: m.title,
  startsAt: m.startsAt.toISOString(),
  endsAt: m.endsAt.toISOString(),
  status: m.status,
  adHoc: m.adHoc,
  location: m.location,
  videoUrl: m.videoUrl,
  capacity: m.capacity,
  caseCount,
  version: m.version,
});

export type AgendaRow = AgendaItem & { case: BoardCase & { patient: Patient } };

export const toAgendaItemView = (i: AgendaRow): AgendaItemView => ({
  id: i.id,
  caseId: i.caseId,
  position: i.position,
  minutes: i.minutes,
  presenter: toPersonRef(i.presenter),
  outcome: i.outcome,
  rolledFromId: i.rolledFromId,
  overrideReason: i.overrideReason,
  case: {
    status: i.case.status,
    urgency: i.case.urgency,
    primaryCancer: i.case.primaryCancer,
    clinicalQuestion: i.case.clinicalQuestion,
    patient: {
      mrn: i.case.patient.mrn,
      givenName: i.case.patient.givenName,
      familyName: i.case.patient.familyName,
      birthDate: i.case.patient.birthDate,
    },
  },
  version: i.version,
});

export const toAttendee = (a: Attendance): Attendee => ({
  user: toPersonRef(a.user)!,
  discipline: a.discipline,
  mode: a.mode,
  checkedInAt: a.checkedInAt.toISOString(),
});

/** Quorum: every required discipline has at least one attendee checked in under it. */
export function quorumOf(
  required: readonly RecommendingDiscipline[],
  attendees: readonly Pick<Attendance, 'discipline'>[],
): Quorum {
  const present = new Set(attendees.map((a) => a.discipline));
  const missing = required.filter((d) => !present.has(d));
  return { met: missing.length === 0, required: [...required], missing };
}
