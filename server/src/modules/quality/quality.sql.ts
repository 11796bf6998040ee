/*
 * The quality dashboard's queries. Each one computes its figures in PostgreSQL and returns a handful
 * of numbers: no row leaves the database. The period is found through indexes (referral time, meeting
 * start, signature time); the planner then joins the period's rows as it finds cheapest (measured on
 * 100,000 cases: a quarter reads about 90,000 buffers in all, with JIT off, see quality.service.ts).
 *
 * Every query takes the same parameters:
 *   $1  start of the period: the `from` day at 00:00 UTC (included)
 *   $2  end of the period: the day after `to` at 00:00 UTC (excluded)
 *   $3  the meeting series to keep, or null for all
 * and CASE_OUTCOMES also $4, the server's "now".
 *
 * Words used below:
 *   - meeting of the period: a meeting whose planned start (`meeting.starts_at`) falls in the
 *     period, that was not cancelled, and (with a series) belongs to the series.
 *   - case of the series: with a series, a case that has been on the agenda of one of the series'
 *     meetings (at any time); without a series, every case.
 *   - decision in force: a signed board decision that no signed amendment supersedes.
 * Days and hours are elapsed time (not calendar days), medians by percentile_cont(0.5), one decimal.
 */

/** The case `caseId` is in scope: any case without a series, else one once on the series' agendas. */
const CASE_OF_SERIES = (caseId: string) => `($3::uuid IS NULL OR EXISTS (
    SELECT 1 FROM agenda_item sa JOIN meeting sm ON sm.id = sa.meeting_id
     WHERE sa.case_id = ${caseId} AND sm.series_id = $3::uuid))`;

/** `m` is a meeting of the period. */
const MEETING_OF_PERIOD = (alias: string) =>
  `${alias}.starts_at >= $1 AND ${alias}.starts_at < $2 AND ${alias}.status <> 'cancelled'
   AND ($3::uuid IS NULL OR ${alias}.series_id = $3::uuid)`;

const median = (expression: string) =>
  `round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ${expression}))::numeric, 1)`;

/**
 * Cases by urgency (also the "referred" total):
 *   referred       cases of the series whose referral (`board_case.referred_at`, set when the case
 *                  is created at intake) falls in the period, drafts included.
 *   decided        of those, cases whose first board decision (sequence 1) is signed, whenever.
 *   median_hours   referral → signature of that first decision, over the decided ones.
 */
export const CASES_BY_URGENCY = `
  SELECT c.urgency::text AS urgency,
         count(*)::int AS referred,
         count(d.signed_at)::int AS decided,
         ${median('extract(epoch FROM d.signed_at - c.referred_at) / 3600')} AS median_hours
    FROM board_case c
    LEFT JOIN board_decision d ON d.case_id = c.id AND d.sequence = 1 AND d.signed_at IS NOT NULL
   WHERE c.referred_at >= $1 AND c.referred_at < $2 AND ${CASE_OF_SERIES('c.id')}
   GROUP BY c.urgency`;

/**
 * Meetings held and quorum:
 *   held        meetings of the period that took place (started: in progress or ended).
 *   quorum_met  of those, meetings where every discipline the meeting required had at least one
 *               attendee checked in under it (the same rule as the meeting page's quorum).
 */
export const MEETINGS_AND_QUORUM = `
  SELECT count(*)::int AS held,
         count(*) FILTER (WHERE NOT EXISTS (
           SELECT 1 FROM unnest(m.required_disciplines) AS r(discipline)
            WHERE NOT EXISTS (SELECT 1 FROM attendance a
                               WHERE a.meeting_id = m.id AND a.discipline::text = r.discipline::text))
         )::int AS quorum_met
    FROM meeting m
   WHERE ${MEETING_OF_PERIOD('m')} AND m.status IN ('in_progress', 'ended')`;

/**
 * Discussion:
 *   discussed        distinct cases marked discussed at a meeting of the period.
 *   first_discussed  of those, cases discussed for the first time in the period (no discussion at
 *                    an earlier meeting in scope, i.e. not cancelled and of the series if one is set).
 *   median_days      referral → that first discussion (the meeting's planned start).
 */
export const DISCUSSION = `
  WITH discussed AS (
    SELECT ai.case_id, m.starts_at
      FROM meeting m JOIN agenda_item ai ON ai.meeting_id = m.id
     WHERE ${MEETING_OF_PERIOD('m')} AND ai.outcome = 'discussed'
  ), first_time AS (
    SELECT DISTINCT ON (x.case_id) x.case_id, x.starts_at
      FROM discussed x
     WHERE NOT EXISTS (
       SELECT 1 FROM agenda_item e JOIN meeting em ON em.id = e.meeting_id
        WHERE e.case_id = x.case_id AND e.outcome = 'discussed' AND em.status <> 'cancelled'
          AND em.starts_at < $1 AND ($3::uuid IS NULL OR em.series_id = $3::uuid))
     ORDER BY x.case_id, x.starts_at
  )
  SELECT (SELECT count(DISTINCT case_id) FROM discussed)::int AS discussed,
         count(*)::int AS first_discussed,
         ${median('extract(epoch FROM f.starts_at - c.referred_at) / 86400')} AS median_days
    FROM first_time f JOIN board_case c ON c.id = f.case_id`;

/**
 * Deferrals, by reason: agenda items of the period's meetings that were not discussed there, i.e.
 * marked deferred, or still pending when the meeting ended (rolled over). One row per case per
 * meeting, so a case deferred at two meetings counts twice. The reason is the one given when the
 * item was marked deferred (it survives the roll-over); `not_reached` is an item rolled over
 * without being marked; `not_stated` a deferral without a reason (or from before reasons were kept).
 */
export const DEFERRALS_BY_REASON = `
  SELECT coalesce(ai.deferral_reason::text,
                  CASE WHEN ai.outcome = 'rolled_over' THEN 'not_reached' ELSE 'not_stated' END) AS reason,
         count(*)::int AS count
    FROM meeting m JOIN agenda_item ai ON ai.meeting_id = m.id
   WHERE ${MEETING_OF_PERIOD('m')} AND ai.outcome IN ('deferred', 'rolled_over')
   GROUP BY 1`;

/**
 * Completeness when scheduled:
 *   scheduled  cases put on the agenda of a meeting of the period, roll-overs from an earlier
 *              meeting left out (they were counted where they were first scheduled).
 *   complete   of those, cases that passed the readiness check when they were added; a chair's
 *              readiness override (`agenda_item.override_reason`) counts as incomplete.
 */
export const SCHEDULING = `
  SELECT count(*)::int AS scheduled,
         count(*) FILTER (WHERE ai.override_reason IS NULL)::int AS complete
    FROM meeting m JOIN agenda_item ai ON ai.meeting_id = m.id
   WHERE ${MEETING_OF_PERIOD('m')} AND ai.rolled_from_id IS NULL`;

/**
 * Decision → letter:
 *   signed       board decisions (amendments included) of cases of the series signed in the period.
 *   produced     of those, decisions whose letter to the referrer has been produced
 *                (`decision_letter.first_produced_at`, the first time its PDF was generated).
 *   median_days  signature → first production of the letter, over those produced.
 */
export const DECISION_TO_LETTER = `
  SELECT count(*)::int AS signed,
         count(l.decision_id)::int AS produced,
         ${median('extract(epoch FROM l.first_produced_at - d.signed_at) / 86400')} AS median_days
    FROM board_decision d
    LEFT JOIN decision_letter l ON l.decision_id = d.id
   WHERE d.signed_at >= $1 AND d.signed_at < $2 AND ${CASE_OF_SERIES('d.case_id')}`;

/** Decisions in force of cases of the series, signed in the period. */
const IN_FORCE = `
  in_force AS (
    SELECT d.id, d.case_id, d.items, d.signed_at
      FROM board_decision d
     WHERE d.signed_at >= $1 AND d.signed_at < $2 AND ${CASE_OF_SERIES('d.case_id')}
       AND NOT EXISTS (SELECT 1 FROM board_decision s WHERE s.supersedes_id = d.id AND s.signed_at IS NOT NULL)
  )`;

/**
 * The items of the decisions in force signed in the period, each with its latest recorded outcome
 * (an amendment keeps its items' ids, so an outcome recorded against an earlier version counts; the
 * most recent record wins, as on the follow-up page). No outcome yet: status null. (A case has one
 * decision in force, so its records are matched by case and item.)
 */
const ITEMS_WITH_OUTCOME = `
  WITH ${IN_FORCE},
  items AS (
    SELECT f.case_id, (item->>'id')::uuid AS item_id
      FROM in_force f CROSS JOIN LATERAL jsonb_array_elements(f.items) AS item
  ),
  recorded AS (
    SELECT DISTINCT ON (od.case_id, o.item_id) od.case_id, o.item_id, o.status, o.reason
      FROM board_decision od JOIN decision_item_outcome o ON o.decision_id = od.id
     WHERE od.case_id IN (SELECT case_id FROM in_force)
     ORDER BY od.case_id, o.item_id, o.recorded_at DESC
  ),
  latest AS (
    SELECT i.item_id, r.status, r.reason
      FROM items i LEFT JOIN recorded r ON r.case_id = i.case_id AND r.item_id = i.item_id
  )`;

/**
 * Item outcomes: items (of the decisions in force signed in the period), and how many are done
 * (implemented), modified, not done, or have nothing recorded yet.
 * reasons: the reasons given for those modified or not done, the same text (ignoring case and runs
 * of spaces) counted together and shown in one of its spellings (the first in byte order, so the
 * same on every server), the ten most frequent per status, as JSON.
 */
export const ITEM_OUTCOMES = `
  ${ITEMS_WITH_OUTCOME},
  grouped AS (
    SELECT status::text AS status,
           min(regexp_replace(btrim(reason), '\\s+', ' ', 'g') COLLATE "C") AS reason,
           count(*)::int AS count
      FROM latest
     WHERE status IN ('modified', 'not_done') AND btrim(coalesce(reason, '')) <> ''
     GROUP BY status, lower(regexp_replace(btrim(reason), '\\s+', ' ', 'g'))
  ),
  ranked AS (
    SELECT g.*, row_number() OVER (PARTITION BY status ORDER BY count DESC, reason) AS rank FROM grouped g
  )
  SELECT count(*)::int AS items,
         count(*) FILTER (WHERE status = 'done')::int AS done,
         count(*) FILTER (WHERE status = 'modified')::int AS modified,
         count(*) FILTER (WHERE status = 'not_done')::int AS not_done,
         count(*) FILTER (WHERE status IS NULL)::int AS not_recorded,
         (SELECT coalesce(json_agg(json_build_object('status', r.status, 'reason', r.reason, 'count', r.count)
                                   ORDER BY r.status, r.count DESC, r.reason), '[]')
            FROM ranked r WHERE r.rank <= 10) AS reasons
    FROM latest`;

/**
 * Outcomes at 30 and 90 days, for each horizon:
 *   decisions   decisions in force signed in the period.
 *   due         of those, decisions signed at least `horizon` days before now.
 *   recorded    of those decisions, how many have the horizon's outcome recorded (against any
 *               version of the case's decision; the latest record wins).
 *   pain_*      recorded outcomes by pain response; with_sre: with at least one skeletal-related event.
 */
export const CASE_OUTCOMES = `
  WITH ${IN_FORCE},
  recorded AS (
    SELECT DISTINCT ON (od.case_id, co.horizon_days)
           od.case_id, co.horizon_days, co.pain_response, co.skeletal_related_events
      FROM board_decision od JOIN case_outcome co ON co.decision_id = od.id
     WHERE od.case_id IN (SELECT case_id FROM in_force)
     ORDER BY od.case_id, co.horizon_days, co.recorded_at DESC
  ),
  horizons AS (SELECT unnest(ARRAY[30, 90]) AS days)
  SELECT h.days AS horizon,
         count(f.id)::int AS decisions,
         count(f.id) FILTER (WHERE f.signed_at + make_interval(days => h.days) <= $4)::int AS due,
         count(o.pain_response)::int AS recorded,
         count(*) FILTER (WHERE o.pain_response = 'complete')::int AS pain_complete,
         count(*) FILTER (WHERE o.pain_response = 'partial')::int AS pain_partial,
         count(*) FILTER (WHERE o.pain_response = 'stable')::int AS pain_stable,
         count(*) FILTER (WHERE o.pain_response = 'progression')::int AS pain_progression,
         count(*) FILTER (WHERE o.pain_response = 'not_assessable')::int AS pain_not_assessable,
         count(*) FILTER (WHERE cardinality(o.skeletal_related_events) > 0)::int AS with_sre
    FROM horizons h
    LEFT JOIN in_force f ON true
    LEFT JOIN recorded o ON o.case_id = f.case_id AND o.horizon_days = h.days
   GROUP BY h.days
   ORDER BY h.days`;
