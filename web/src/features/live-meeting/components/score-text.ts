import type { LesionScores, ScoreOutcome } from '@tumor-board/shared';

const words = (code: string) => code.replace(/_/g, ' ');

/** "12 · potentially unstable", "incomplete (collapse)", "n/a". */
export function scoreText(
  outcome: ScoreOutcome<{ total: number | null; category: string; grade?: string }> | undefined,
): string {
  if (!outcome) return '—';
  if (outcome.status === 'not_applicable') return 'n/a';
  if (outcome.status === 'incomplete') return `incomplete (${outcome.missing.join(', ')})`;
  const { total, category, grade } = outcome.result;
  // Bilsky's total is only its rank; the grade (e.g. "2", "1c") is what the board reads.
  if (grade !== undefined) return `${grade} · ${words(category)}`;
  return total === null ? words(category) : `${total} · ${words(category)}`;
}

export const SCORE_COLUMNS: { key: keyof LesionScores; label: string }[] = [
  { key: 'sins', label: 'SINS' },
  { key: 'mirels', label: 'Mirels' },
  { key: 'bilsky', label: 'Bilsky' },
  { key: 'noms', label: 'NOMS' },
];
