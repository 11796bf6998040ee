import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, Not, type DataSource, type EntityManager } from 'typeorm';
import { PRIMARY_CANCER_LABELS, localDateOf, type Decision } from '@tumor-board/shared';
import { CLOCK, type Clock } from '../../common/clock.js';
import { notFound } from '../../common/problem/problem.exception.js';
import { AuditService } from '../audit/audit.service.js';
import type { BoardCase } from '../cases/board-case.entity.js';
import { toPersonRef } from '../cases/case.mapper.js';
import { BoardDecision } from '../decisions/board-decision.entity.js';
import { DecisionsService } from '../decisions/decisions.service.js';
import { AgendaItem } from '../meetings/agenda-item.entity.js';
import { Attendance } from '../meetings/attendance.entity.js';
import { MeetingSeries } from '../meetings/meeting-series.entity.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { quorumOf, toAttendee } from '../meetings/meeting.mapper.js';
import type { Patient } from '../patients/patient.entity.js';
import type { MeetingMinutes, MeetingRef, MinutesDeferredCase, MinutesDiscussedCase } from '@tumor-board/shared';
import { renderMinutesPdf } from './minutes-pdf.js';

type AgendaRow = AgendaItem & { case: BoardCase & { patient: Patient } };
type ItemWithMeeting = AgendaItem & { meeting: Meeting };

/** When a meeting began: when the chair started it, else when it was planned to. */
const startOf = (m: Meeting) => m.startedAt ?? m.startsAt;

const wallClock = (instant: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);

const meetingRef = (m: Meeting): MeetingRef => ({
  meetingId: m.id,
  title: m.title,
  startsAt: m.startsAt.toISOString(),
});

/**
 * Which meeting a decision signed outside any meeting (meeting_id null) belongs to: the latest
 * meeting, not cancelled, with the case on its agenda, that had begun when the chair signed. A case
 * deferred at one meeting and decided at the next is minuted at the next.
 */
function attributedMeetingId(decision: BoardDecision, caseItems: readonly ItemWithMeeting[]): string | null {
  let best: Meeting | null = null;
  for (const { meeting } of caseItems) {
    if (meeting.status === 'cancelled' || startOf(meeting) > decision.signedAt!) continue;
    if (!best || startOf(meeting) > startOf(best)) best = meeting;
  }
  return best?.id ?? null;
}

/**
 * The minutes of a meeting, as JSON for the printable page or as a PDF. Every export is audited
 * with one row per patient on the agenda.
 */
@Injectable()
export class MinutesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DecisionsService) private readonly decisions: DecisionsService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async json(meetingId: string): Promise<MeetingMinutes> {
    const { minutes, patients } = await this.dataSource.transaction('REPEATABLE READ', (manager) =>
      this.build(manager, meetingId),
    );
    await this.record(meetingId, patients, 'json');
    return minutes;
  }

  async pdf(meetingId: string): Promise<Buffer> {
    const { minutes, patients } = await this.dataSource.transaction('REPEATABLE READ', (manager) =>
      this.build(manager, meetingId),
    );
    const pdf = await renderMinutesPdf(minutes);
    await this.record(meetingId, patients, 'pdf');
    return pdf;
  }

  /** One audit row per patient on the agenda (one row without a patient for an empty agenda). */
  private async record(
    meetingId: string,
    patients: ReadonlyMap<string, string>,
    format: 'json' | 'pdf',
  ): Promise<void> {
    const base = {
      action: 'meeting.minutes_export',
      outcome: 'success' as const,
      entityType: 'meeting',
      entityId: meetingId,
    };
    await this.audit.recordMany(
      patients.size
        ? [...patients].map(([patientId, caseId]) => ({ ...base, patientId, detail: { format, caseId } }))
        : [{ ...base, detail: { format, cases: 0 } }],
    );
  }

  /** The minutes, and each patient on the agenda with one of their cases (for the audit). */
  private async build(
    manager: EntityManager,
    meetingId: string,
  ): Promise<{ minutes: MeetingMinutes; patients: Map<string, string> }> {
    const meeting = await manager.findOneBy(Meeting, { id: meetingId });
    if (!meeting) throw notFound('The meeting');
    const [series, agenda, attendance] = await Promise.all([
      meeting.seriesId ? manager.findOneBy(MeetingSeries, { id: meeting.seriesId }) : null,
      manager.find(AgendaItem, {
        where: { meetingId },
        relations: { case: { patient: true }, presenter: true },
        order: { position: 'ASC' },
      }) as Promise<AgendaRow[]>,
      manager.find(Attendance, { where: { meetingId }, relations: { user: true }, order: { checkedInAt: 'ASC' } }),
    ]);
    const caseIds = [...new Set(agenda.map((a) => a.caseId))];
    const [caseItems, signed] = caseIds.length
      ? await Promise.all([
          manager.find(AgendaItem, { where: { caseId: In(caseIds) }, relations: { meeting: true } }) as Promise<
            ItemWithMeeting[]
          >,
          manager.find(BoardDecision, {
            where: { caseId: In(caseIds), signedAt: Not(IsNull()) },
            order: { sequence: 'ASC' },
          }),
        ])
      : [[], []];
    const itemsByCase = new Map<string, ItemWithMeeting[]>();
    for (const i of caseItems) itemsByCase.set(i.caseId, [...(itemsByCase.get(i.caseId) ?? []), i]);
    const itemById = new Map(caseItems.map((i) => [i.id, i]));
    const ofThisMeeting = signed.filter((d) =>
      d.meetingId === null
        ? attributedMeetingId(d, itemsByCase.get(d.caseId) ?? []) === meetingId
        : d.meetingId === meetingId,
    );
    const views = await this.decisions.views(manager, ofThisMeeting);
    const decisionsByCase = new Map<string, Decision[]>();
    for (const v of views) decisionsByCase.set(v.caseId, [...(decisionsByCase.get(v.caseId) ?? []), v]);

    const discussed: MinutesDiscussedCase[] = [];
    const deferred: MinutesDeferredCase[] = [];
    const patients = new Map<string, string>();
    for (const item of agenda) {
      const c = item.case;
      if (!patients.has(c.patientId)) patients.set(c.patientId, c.id);
      const primaryLabel = c.primaryCancer ? PRIMARY_CANCER_LABELS[c.primaryCancer] : 'Not recorded';
      const from = item.rolledFromId ? itemById.get(item.rolledFromId) : undefined;
      const base = {
        itemId: item.id,
        caseId: item.caseId,
        position: item.position,
        outcome: item.outcome,
        patient: {
          mrn: c.patient.mrn,
          givenName: c.patient.givenName,
          familyName: c.patient.familyName,
          birthDate: c.patient.birthDate,
        },
        primaryCancer: c.primaryCancer,
        primary: c.histology ? `${primaryLabel} (${c.histology})` : primaryLabel,
        urgency: c.urgency,
        clinicalQuestion: c.clinicalQuestion,
        presenter: toPersonRef(item.presenter),
        rolledFrom: from ? meetingRef(from.meeting) : null,
      };
      const decisions = decisionsByCase.get(item.caseId) ?? [];
      if (item.outcome === 'discussed' || decisions.length) {
        discussed.push({ ...base, decisions });
      } else {
        const to = caseItems.find((i) => i.rolledFromId === item.id);
        deferred.push({ ...base, rolledTo: to ? meetingRef(to.meeting) : null });
      }
    }

    const timeZone = series?.timeZone ?? 'UTC';
    const minutes: MeetingMinutes = {
      meeting: {
        id: meeting.id,
        title: meeting.title,
        status: meeting.status,
        adHoc: meeting.adHoc,
        seriesId: meeting.seriesId,
        location: meeting.location,
        startsAt: meeting.startsAt.toISOString(),
        endsAt: meeting.endsAt.toISOString(),
        startedAt: meeting.startedAt?.toISOString() ?? null,
        endedAt: meeting.endedAt?.toISOString() ?? null,
        timeZone,
        date: localDateOf(meeting.startsAt, timeZone),
        startTime: wallClock(meeting.startsAt, timeZone),
        endTime: wallClock(meeting.endsAt, timeZone),
      },
      attendees: attendance.map(toAttendee),
      quorum: quorumOf(meeting.requiredDisciplines, attendance),
      discussed,
      deferred,
      generatedAt: this.clock.now().toISOString(),
    };
    return { minutes, patients };
  }
}
