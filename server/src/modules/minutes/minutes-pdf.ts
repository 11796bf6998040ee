import PDFDocument from 'pdfkit';
import {
  RECOMMENDING_DISCIPLINE_LABELS,
  URGENCY_LABELS,
  type Discipline,
  type MEETING_STATUSES,
} from '@tumor-board/shared';
import { toWinAnsi } from '../decisions/letter-pdf.js';
import type { MeetingMinutes, MinutesDeferredCase, MinutesDiscussedCase } from '@tumor-board/shared';

const DISCIPLINE_LABELS: Readonly<Record<Discipline, string>> = {
  ...RECOMMENDING_DISCIPLINE_LABELS,
  coordination: 'Coordination',
  nursing: 'Nursing',
  other: 'Other',
};

const STATUS_LABELS: Readonly<Record<(typeof MEETING_STATUSES)[number], string>> = {
  scheduled: 'Scheduled (not yet held)',
  in_progress: 'In progress',
  ended: 'Ended',
  cancelled: 'Cancelled',
};

const OUTCOME_LABELS: Readonly<Record<MinutesDeferredCase['outcome'], string>> = {
  pending: 'Not reached',
  discussed: 'Discussed',
  deferred: 'Deferred',
  // Ending a meeting turns deferred and not-reached items alike into rolled_over (agenda.service.ts).
  rolled_over: 'Rolled over (deferred or not reached)',
};

const MODE_LABELS = { in_person: 'in person', virtual: 'virtual' } as const;

/** "2026-03-04 16:00 UTC" for an ISO instant (minutes print signatures in UTC, like the letter). */
const utc = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

const patientLine = (c: MinutesDiscussedCase | MinutesDeferredCase) =>
  `${c.patient.familyName}, ${c.patient.givenName}    MRN: ${c.patient.mrn}    Born: ${c.patient.birthDate}`;

/**
 * The minutes as a PDF (A4, standard fonts, so every string goes through toWinAnsi): meeting and
 * time, attendees and quorum, each case discussed with its signed decision and dissent, then the
 * cases deferred or rolled over.
 */
export function renderMinutesPdf(minutes: MeetingMinutes): Promise<Buffer> {
  const { meeting } = minutes;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: 'Tumor board meeting minutes', Producer: 'Tumor Board', Creator: 'Tumor Board' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const text = (s: string, options?: PDFKit.Mixins.TextOptions) => doc.text(toWinAnsi(s), options);
  const heading = (s: string) => {
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12);
    text(s);
    doc.font('Helvetica').fontSize(10.5).moveDown(0.2);
  };
  const subheading = (s: string) => {
    doc.moveDown(0.5).font('Helvetica-Bold').fontSize(10.5);
    text(s);
    doc.font('Helvetica');
  };

  doc.font('Helvetica-Bold').fontSize(16);
  text('Bone Metastasis Tumor Board');
  doc.font('Helvetica').fontSize(11);
  text(`Meeting minutes: ${meeting.title}${meeting.adHoc ? ' (ad-hoc meeting)' : ''}`);
  doc.moveDown(0.5).fontSize(10.5);
  text(`Date: ${meeting.date}, ${meeting.startTime}-${meeting.endTime} (${meeting.timeZone})`);
  if (meeting.startedAt)
    text(`Held: started ${utc(meeting.startedAt)}${meeting.endedAt ? `, ended ${utc(meeting.endedAt)}` : ''}`);
  text(`Status: ${STATUS_LABELS[meeting.status]}`);
  if (meeting.location) text(`Location: ${meeting.location}`);

  heading(`Attendees (${minutes.attendees.length})`);
  if (!minutes.attendees.length) text('No attendance recorded.');
  for (const a of minutes.attendees) {
    const discipline = a.discipline ? (DISCIPLINE_LABELS[a.discipline as Discipline] ?? a.discipline) : 'no discipline';
    text(`- ${a.user.name}, ${discipline} (${MODE_LABELS[a.mode]})`);
  }
  const required = minutes.quorum.required.map((d) => DISCIPLINE_LABELS[d]).join(', ');
  doc.moveDown(0.3);
  text(
    minutes.quorum.met
      ? `Quorum: met (required: ${required || 'none'}).`
      : `Quorum: NOT met. Missing: ${minutes.quorum.missing.map((d) => DISCIPLINE_LABELS[d]).join(', ')} (required: ${required}).`,
  );

  heading(`Cases discussed (${minutes.discussed.length})`);
  if (!minutes.discussed.length) text('None.');
  minutes.discussed.forEach((c, n) => {
    subheading(`${n + 1}. ${patientLine(c)}`);
    text(`Primary cancer: ${c.primary}    Urgency: ${URGENCY_LABELS[c.urgency]}`);
    if (c.presenter) text(`Presented by: ${c.presenter.name}`);
    if (c.rolledFrom) text(`Carried over from: ${c.rolledFrom.title} (${utc(c.rolledFrom.startsAt)})`);
    text(`Question: ${c.clinicalQuestion ?? 'Not recorded.'}`);
    if (!c.decisions.length) {
      text('Decision: no signed decision recorded at this meeting.');
      return;
    }
    for (const d of c.decisions) {
      doc.moveDown(0.2);
      text(
        `${d.sequence > 1 ? `Amended decision (version ${d.sequence})` : 'Decision'}, signed by ${d.signedBy?.name ?? 'unknown'} at ${d.signedAt ? utc(d.signedAt) : 'not signed'}${d.superseded ? ' - since amended' : ''}:`,
      );
      if (d.amendmentReason) text(`   Reason for amendment: ${d.amendmentReason}`);
      d.items.forEach((item, i) => {
        text(`   ${i + 1}. ${item.description}`);
        if (item.item.rationale) text(`      Rationale: ${item.item.rationale}`);
        if (item.dueBy) text(`      To be done by ${item.dueBy}.`);
      });
      text(`   Board rationale: ${d.rationale ?? 'Not recorded.'}`);
      text(
        d.dissent.length
          ? `   Dissent: ${d.dissent.map((x) => `${x.user.name}: ${x.text}`).join('; ')}`
          : '   Dissent: none recorded.',
      );
    }
  });

  heading(`Cases deferred or rolled over (${minutes.deferred.length})`);
  if (!minutes.deferred.length) text('None.');
  minutes.deferred.forEach((c, n) => {
    subheading(`${n + 1}. ${patientLine(c)}`);
    text(`Primary cancer: ${c.primary}    Urgency: ${URGENCY_LABELS[c.urgency]}`);
    text(
      `Outcome: ${OUTCOME_LABELS[c.outcome]}${c.rolledTo ? `; moved to ${c.rolledTo.title} (${utc(c.rolledTo.startsAt)})` : ''}.`,
    );
  });

  doc.moveDown(1).fontSize(8.5).fillColor('#444444');
  text(`Generated ${minutes.generatedAt} by Tumor Board. Confidential: contains patient data.`);
  doc.end();
  return done;
}
