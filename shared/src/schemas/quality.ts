import { z } from 'zod';
import { daysBetween, isIsoDate } from '../domain/calendar-date.js';
import { URGENCIES } from '../domain/vocab.js';
import { ITEM_OUTCOME_STATUSES, PAIN_RESPONSES } from './follow-up.js';
import { DEFERRAL_REASONS } from './meetings.js';

/*
 * The board's quality dashboard: aggregate figures for a period (UTC calendar days, both ends
 * included) and optionally one meeting series. Every figure is a count, a share or a median: no
 * patient is named. The server says exactly what each figure counts (modules/quality/quality.sql.ts).
 */

/** The longest period one request may cover (about two years), so a typo cannot scan the decade. */
export const QUALITY_MAX_PERIOD_DAYS = 731;

const isoDay = z.string().refine(isIsoDate, 'must be a date (YYYY-MM-DD)');

export const qualityQuerySchema = z
  .strictObject({
    /** First day of the period (UTC), included. */
    from: isoDay,
    /** Last day of the period (UTC), included. */
    to: isoDay,
    /** Only this meeting series (its meetings, and the cases that were on their agendas). */
    seriesId: z.uuid('must be a UUID').optional(),
  })
  .superRefine((q, ctx) => {
    if (!isIsoDate(q.from) || !isIsoDate(q.to)) return;
    const days = daysBetween(q.from, q.to);
    if (days < 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
    else if (days >= QUALITY_MAX_PERIOD_DAYS)
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `must be less than ${QUALITY_MAX_PERIOD_DAYS} days after from`,
      });
  });
export type QualityQuery = z.infer<typeof qualityQuerySchema>;

/** Deferral reasons as the dashboard counts them: the stored ones, plus cases the meeting never reached. */
export const QUALITY_DEFERRAL_REASONS = [...DEFERRAL_REASONS, 'not_reached'] as const;
export type QualityDeferralReason = (typeof QUALITY_DEFERRAL_REASONS)[number];

/** How deferral reasons read on screen (the live room's choice and the dashboard). */
export const DEFERRAL_REASON_LABELS: Readonly<Record<QualityDeferralReason, string>> = {
  awaiting_imaging: 'Further imaging needed',
  awaiting_pathology: 'Biopsy or pathology awaited',
  awaiting_information: 'Clinical information missing',
  specialist_absent: 'A needed specialist was absent',
  patient_discussion: 'To discuss with the patient first',
  out_of_time: 'Ran out of time',
  other: 'Other reason',
  not_stated: 'No reason given',
  not_reached: 'Not reached (rolled over)',
};

const count = z.number().int().nonnegative();
/** A share between 0 and 1 (three decimals), or null when there is nothing to divide by. */
const share = z.number().min(0).max(1).nullable();
/** A median (one decimal), or null when there is nothing to take it of. */
const median = z.number().nullable();

export const qualityReportSchema = z.object({
  period: z.object({ from: z.string(), to: z.string(), seriesId: z.string().nullable() }),
  generatedAt: z.string(),
  referrals: z.object({
    /** Cases referred in the period. */
    referred: count,
  }),
  meetings: z.object({
    /** Meetings of the period that took place (started). */
    held: count,
    /** Of those, meetings where every required discipline had someone checked in. */
    quorumMet: count,
    quorumShare: share,
  }),
  discussion: z.object({
    /** Distinct cases discussed at a meeting of the period. */
    discussed: count,
    /** Referral to first discussion, for cases first discussed in the period. */
    firstDiscussed: count,
    medianDaysReferralToDiscussion: median,
  }),
  deferrals: z.object({
    /** Agenda items of the period's meetings not discussed there (deferred or not reached). */
    deferred: count,
    /** Every reason, zeros included, in the order of QUALITY_DEFERRAL_REASONS. */
    byReason: z.array(z.object({ reason: z.enum(QUALITY_DEFERRAL_REASONS), count })),
  }),
  scheduling: z.object({
    /** Cases put on an agenda of the period's meetings (roll-overs left out). */
    scheduled: count,
    /** Of those, cases that passed the readiness check (no chair override). */
    completeWhenScheduled: count,
    completeShare: share,
  }),
  letters: z.object({
    /** Board decisions (amendments included) signed in the period. */
    decisionsSigned: count,
    /** Of those, decisions whose letter to the referrer has been produced. */
    lettersProduced: count,
    medianDaysDecisionToLetter: median,
  }),
  itemOutcomes: z.object({
    /** Items of the decisions in force signed in the period. */
    items: count,
    done: count,
    modified: count,
    notDone: count,
    notRecorded: count,
    doneShare: share,
    modifiedShare: share,
    notDoneShare: share,
    /** Reasons given for items modified or not done, most frequent first (at most 10 per status). */
    reasons: z.array(z.object({ status: z.enum(ITEM_OUTCOME_STATUSES).exclude(['done']), reason: z.string(), count })),
  }),
  caseOutcomes: z.array(
    z.object({
      horizonDays: z.union([z.literal(30), z.literal(90)]),
      /** Decisions in force signed in the period. */
      decisions: count,
      /** Of those, decisions at least `horizonDays` old today. */
      due: count,
      /** Of those decisions, how many have this outcome recorded. */
      recorded: count,
      painResponse: z.object(
        Object.fromEntries(PAIN_RESPONSES.map((p) => [p, count])) as Record<
          (typeof PAIN_RESPONSES)[number],
          typeof count
        >,
      ),
      /** Recorded outcomes with at least one skeletal-related event. */
      withSkeletalEvent: count,
    }),
  ),
  urgency: z.array(
    z.object({
      urgency: z.enum(URGENCIES),
      /** Cases of this urgency referred in the period. */
      referred: count,
      /** Of those, cases with a signed board decision. */
      decided: count,
      medianHoursToDecision: median,
    }),
  ),
});
export type QualityReport = z.infer<typeof qualityReportSchema>;
