import { z } from 'zod';
import {
  daysBetween,
  dayNumber,
  formatSkeletalSite,
  isLongBone,
  isSpinal,
  isSpinalOrSacral,
  type Assessment,
  type Case,
  type ImagingSummary,
  type Laterality,
  type LesionScores,
  type ScoreOutcome,
  type SkeletalSite,
} from '../domain/index.js';

/*
 * What must be present before a case can be scheduled for the board. The server runs this before a
 * case enters `ready` or `scheduled` (case-status.ts) and answers 422 with the unmet items; the web
 * shows the same list as a checklist. Pure: the caller passes today's date, so the answer does not
 * depend on the clock or the time zone of the machine.
 *
 * The time windows (30 days for performance status, 60 for imaging) are this board's working rules,
 * not published thresholds: performance status and imaging older than that no longer describe the
 * patient the board is deciding for. Ages are whole calendar days (calendar-date.ts): a record dated
 * exactly 30 (or 60) days before today counts, one day older does not. A date after today (possible
 * when the clinician is in a time zone ahead of the server) counts as recent.
 */

export const PERFORMANCE_STATUS_MAX_AGE_DAYS = 30;
export const IMAGING_MAX_AGE_DAYS = 60;

export const CASE_READINESS_CODES = [
  'primary_cancer',
  'clinical_question',
  'performance_status',
  'pain_score',
  'recent_imaging',
  'sins_for_spinal_lesions',
  'mirels_for_long_bone_lesions',
  'neurology_for_spinal_lesions',
] as const;
export type CaseReadinessCode = (typeof CASE_READINESS_CODES)[number];

export const CASE_READINESS_LABELS: Readonly<Record<CaseReadinessCode, string>> = {
  primary_cancer: 'Primary cancer recorded',
  clinical_question: 'Clinical question for the board recorded',
  performance_status: `ECOG or Karnofsky performance status within ${PERFORMANCE_STATUS_MAX_AGE_DAYS} days`,
  pain_score: 'Pain score in the most recent assessment',
  recent_imaging: `At least one imaging summary within ${IMAGING_MAX_AGE_DAYS} days`,
  sins_for_spinal_lesions: 'SINS complete for every spinal lesion',
  mirels_for_long_bone_lesions: 'Mirels score complete for every long-bone lesion',
  neurology_for_spinal_lesions: 'Neurological status recorded (spinal or sacral lesions present)',
};

export const caseReadinessItemSchema = z.strictObject({
  code: z.enum(CASE_READINESS_CODES),
  label: z.string(),
  met: z.boolean(),
  detail: z.string().optional(),
});
export type CaseReadinessItem = z.infer<typeof caseReadinessItemSchema>;

/** Response shape of the readiness check (also the body of a 422 when scheduling is refused). */
export const caseReadinessSchema = z.strictObject({
  ready: z.boolean(),
  items: z.array(caseReadinessItemSchema),
});
export type CaseReadiness = z.infer<typeof caseReadinessSchema>;

/** The case data the check reads; stored records fit as they are. */
export interface CaseReadinessInput {
  case: Pick<Case, 'primaryCancer' | 'clinicalQuestion'> & Partial<Pick<Case, 'histology'>>;
  assessments: readonly Pick<Assessment, 'assessedOn' | 'ecog' | 'karnofsky' | 'painNrs' | 'neurology'>[];
  /** Each lesion with the scores `computeLesionScores` gave it. */
  lesions: readonly {
    site: SkeletalSite;
    laterality?: Laterality | null;
    scores: Pick<LesionScores, 'sins' | 'mirels'>;
  }[];
  imaging: readonly Pick<ImagingSummary, 'performedOn'>[];
}

type Assessed = CaseReadinessInput['assessments'][number];
type ReadinessLesion = CaseReadinessInput['lesions'][number];

const present = <T>(value: T | null | undefined): value is T => value !== undefined && value !== null;

function item(code: CaseReadinessCode, met: boolean, detail?: string): CaseReadinessItem {
  return detail === undefined
    ? { code, label: CASE_READINESS_LABELS[code], met }
    : { code, label: CASE_READINESS_LABELS[code], met, detail };
}

function ago(days: number): string {
  if (days < 0) return 'dated after today';
  if (days === 0) return 'today';
  return days === 1 ? '1 day ago' : `${days} days ago`;
}

/** The latest of some ISO dates (for `YYYY-MM-DD`, string order is date order), or undefined. */
function latestDate(dates: readonly string[]): string | undefined {
  return dates.reduce<string | undefined>((max, d) => (max === undefined || d > max ? d : max), undefined);
}

/** The latest assessment date and the assessments on it (several may share it; any of them counts). */
function latestAssessments(assessments: readonly Assessed[]): { date: string; onDate: Assessed[] } | undefined {
  const date = latestDate(assessments.map((a) => a.assessedOn));
  return date === undefined ? undefined : { date, onDate: assessments.filter((a) => a.assessedOn === date) };
}

function primaryCancerItem(input: CaseReadinessInput): CaseReadinessItem {
  const { primaryCancer, histology } = input.case;
  if (!present(primaryCancer)) return item('primary_cancer', false, 'no primary cancer recorded');
  // "Other" alone tells the board nothing (NOMS has no radiosensitivity default for it).
  if (primaryCancer === 'other' && !present(histology)) {
    return item('primary_cancer', false, 'primary cancer is "other": record the histology');
  }
  return item('primary_cancer', true);
}

function clinicalQuestionItem(input: CaseReadinessInput): CaseReadinessItem {
  const question = input.case.clinicalQuestion;
  return present(question) && question.trim() !== ''
    ? item('clinical_question', true)
    : item('clinical_question', false, 'no clinical question recorded');
}

function performanceStatusItem(input: CaseReadinessInput, today: string): CaseReadinessItem {
  const withStatus = input.assessments.filter((a) => present(a.ecog) || present(a.karnofsky));
  const latest = latestAssessments(withStatus)?.onDate[0];
  if (latest === undefined) return item('performance_status', false, 'no ECOG or Karnofsky recorded');
  const age = daysBetween(latest.assessedOn, today);
  const scales = [
    present(latest.ecog) ? `ECOG ${latest.ecog}` : undefined,
    present(latest.karnofsky) ? `Karnofsky ${latest.karnofsky}` : undefined,
  ].filter(present);
  const when = `${scales.join(', ')} on ${latest.assessedOn}, ${ago(age)}`;
  return age <= PERFORMANCE_STATUS_MAX_AGE_DAYS
    ? item('performance_status', true, when)
    : item('performance_status', false, `latest is ${when} (limit ${PERFORMANCE_STATUS_MAX_AGE_DAYS} days)`);
}

function painScoreItem(input: CaseReadinessInput): CaseReadinessItem {
  const latest = latestAssessments(input.assessments);
  if (latest === undefined) return item('pain_score', false, 'no assessment recorded');
  const scored = latest.onDate.find((a) => present(a.painNrs));
  return scored
    ? item('pain_score', true, `NRS ${scored.painNrs} on ${scored.assessedOn}`)
    : item('pain_score', false, `the most recent assessment (${latest.date}) has no pain score`);
}

function recentImagingItem(input: CaseReadinessInput, today: string): CaseReadinessItem {
  const latest = latestDate(input.imaging.map((i) => i.performedOn));
  if (latest === undefined) return item('recent_imaging', false, 'no imaging summary recorded');
  const age = daysBetween(latest, today);
  return age <= IMAGING_MAX_AGE_DAYS
    ? item('recent_imaging', true, `latest study ${latest}, ${ago(age)}`)
    : item('recent_imaging', false, `latest study ${latest}, ${ago(age)} (limit ${IMAGING_MAX_AGE_DAYS} days)`);
}

/**
 * One item per score: unmet while any lesion's score is incomplete. A score that does not apply to
 * a lesion counts as met — for the lesions passed here that only happens to Mirels once the bone
 * has fractured, when predicting a fracture no longer makes sense.
 */
function scoresItem(
  code: CaseReadinessCode,
  lesions: readonly ReadinessLesion[],
  outcomeOf: (lesion: ReadinessLesion) => ScoreOutcome<unknown>,
  kind: string,
): CaseReadinessItem {
  if (lesions.length === 0) return item(code, true, `no ${kind} lesions`);
  const gaps = lesions.flatMap((lesion) => {
    const outcome = outcomeOf(lesion);
    return outcome.status === 'incomplete'
      ? [`${formatSkeletalSite(lesion.site, lesion.laterality)}: missing ${outcome.missing.join(', ')}`]
      : [];
  });
  return gaps.length === 0
    ? item(code, true, `${lesions.length} ${kind} lesion${lesions.length === 1 ? '' : 's'} scored`)
    : item(code, false, gaps.join('; '));
}

function neurologyItem(input: CaseReadinessInput): CaseReadinessItem {
  if (!input.lesions.some((l) => isSpinalOrSacral(l.site))) {
    return item('neurology_for_spinal_lesions', true, 'not needed: no spinal or sacral lesions');
  }
  // Neurology can change within days in spinal disease, so only the most recent assessment counts.
  const latest = latestAssessments(input.assessments);
  if (latest === undefined) return item('neurology_for_spinal_lesions', false, 'no assessment recorded');
  const recorded = latest.onDate.find((a) => present(a.neurology));
  return recorded
    ? item('neurology_for_spinal_lesions', true, `${recorded.neurology} on ${recorded.assessedOn}`)
    : item(
        'neurology_for_spinal_lesions',
        false,
        `the most recent assessment (${latest.date}) does not record neurology`,
      );
}

/**
 * Says whether the case holds what the board needs to discuss it, item by item. `today` is an ISO
 * date (`YYYY-MM-DD`) in the board's own calendar; throws RangeError for anything else.
 */
export function assessCaseReadiness(input: CaseReadinessInput, today: string): CaseReadiness {
  dayNumber(today);
  const spinal = input.lesions.filter((l) => isSpinal(l.site));
  const longBone = input.lesions.filter((l) => isLongBone(l.site));
  const items = [
    primaryCancerItem(input),
    clinicalQuestionItem(input),
    performanceStatusItem(input, today),
    painScoreItem(input),
    recentImagingItem(input, today),
    scoresItem('sins_for_spinal_lesions', spinal, (l) => l.scores.sins, 'spinal'),
    scoresItem('mirels_for_long_bone_lesions', longBone, (l) => l.scores.mirels, 'long-bone'),
    neurologyItem(input),
  ];
  return { ready: items.every((i) => i.met), items };
}
