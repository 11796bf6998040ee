import PDFDocument from 'pdfkit';
import type { Decision } from '@tumor-board/shared';

export interface LetterContent {
  decision: Decision;
  patient: { mrn: string; givenName: string; familyName: string; birthDate: string };
  primary: string;
  clinicalQuestion: string | null;
  referrerName: string | null;
  generatedAt: Date;
}

/**
 * PDF's standard fonts speak WinAnsi only: map the symbols clinical text uses and drop the rest,
 * rather than print garbage in a clinical letter.
 */
const WINANSI_EXTRAS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
export function toWinAnsi(text: string): string {
  return text
    .replace(/≥/g, '>=')
    .replace(/≤/g, '<=')
    .replace(/→/g, '->')
    .replace(/µ/g, 'u')
    .replace(/[^\n\x20-\x7e\xa0-\xff]/g, (c) => (WINANSI_EXTRAS.includes(c) ? c : '?'));
}

/** The letter to the referring oncologist: case summary, the signed decision, attendees, signature. */
export function renderDecisionLetter(content: LetterContent): Promise<Buffer> {
  const { decision, patient } = content;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: 'Tumor board recommendation', Producer: 'Tumor Board', Creator: 'Tumor Board' },
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

  doc.font('Helvetica-Bold').fontSize(16);
  text('Bone Metastasis Tumor Board');
  doc.font('Helvetica').fontSize(11);
  text(decision.sequence > 1 ? `Amended recommendation (version ${decision.sequence})` : 'Board recommendation');
  doc.moveDown(0.5).fontSize(10.5);
  if (content.referrerName) text(`To: ${content.referrerName}, referring oncologist`);
  text(`Patient: ${patient.familyName}, ${patient.givenName}    MRN: ${patient.mrn}    Born: ${patient.birthDate}`);
  text(`Primary cancer: ${content.primary}`);

  heading('Question to the board');
  text(content.clinicalQuestion ?? 'Not recorded.');

  if (decision.amendmentReason) {
    heading('Reason for amendment');
    text(decision.amendmentReason);
  }

  heading('Decision');
  decision.items.forEach((item, i) => {
    text(`${i + 1}. ${item.description}`);
    if (item.item.rationale) text(`   Rationale: ${item.item.rationale}`);
    if (item.dueBy) text(`   Please act by ${item.dueBy}.`);
    for (const w of item.warnings.filter((x) => x.severity !== 'info'))
      text(`   Safety note (${w.severity}): ${w.message}`);
  });

  heading('Rationale');
  text(decision.rationale ?? 'Not recorded.');

  heading('Dissent');
  text(
    decision.dissent.length ? decision.dissent.map((d) => `${d.user.name}: ${d.text}`).join('\n') : 'None recorded.',
  );

  heading('Present at the meeting');
  text(decision.attendees.map((a) => a.name).join(', ') || 'Not recorded.');

  heading('Signature');
  text(`Signed by ${decision.signedBy?.name ?? 'unknown'} (chair) at ${decision.signedAt ?? 'not signed'} (UTC).`);
  doc.moveDown(1).fontSize(8.5).fillColor('#444444');
  text(
    `Generated ${content.generatedAt.toISOString()} by Tumor Board. Please acknowledge and record what was done in the Tumor Board inbox.`,
  );
  doc.end();
  return done;
}
