import { finish, yearsBefore, type DemoCaseBundle } from './cases/builders.js';
import { breastCases } from './cases/breast.js';
import { lungKidneyCases } from './cases/lung-kidney.js';
import { prostateCases } from './cases/prostate.js';
import { thyroidMelanomaMyelomaOtherCases } from './cases/thyroid-melanoma-myeloma-other.js';

/*
 * Demo clinical record (demo mode ONLY): synthetic patients with invented names and `DEMO-` MRNs,
 * their referrals to the bone-metastasis board, assessments, lesions with score inputs, imaging
 * summaries and status histories. Every date is counted back from `today`, so a fresh demo database
 * shows recent assessments and imaging and the ready/scheduled cases pass the readiness check on
 * the day they are seeded (the unit test checks both for a fixed date and for the real one).
 *
 * Each record is the matching create request (shared schemas) plus what the server sets itself: id,
 * status, referral time, author, the computed lesion scores and when the row was recorded. Some score
 * inputs are deliberately partial (a draft and two submitted cases) so the readiness checklist has
 * something to show.
 */

export {
  DEMO_CLINICIAN_ID,
  DEMO_COORDINATOR_ID,
  DEMO_MEDICAL_ONCOLOGIST_ID,
  DEMO_RADIOLOGIST_ID,
  DEMO_REFERRER_ID,
  demoAssessmentId,
  demoCaseId,
  demoImagingId,
  demoLesionId,
  demoPatientId,
  demoScoreContext,
  type DemoAssessment,
  type DemoCase,
  type DemoCaseBundle,
  type DemoImaging,
  type DemoLesion,
  type DemoPatient,
  type DemoStatusEvent,
} from './cases/builders.js';

/** Every demo case, dated relative to `today` (ISO `YYYY-MM-DD`, the board's UTC day). */
export function buildDemoCases(today: string): DemoCaseBundle[] {
  const yearsAgo = yearsBefore(today);
  const specs = [
    ...breastCases(yearsAgo),
    ...prostateCases(yearsAgo),
    ...lungKidneyCases(yearsAgo),
    ...thyroidMelanomaMyelomaOtherCases(yearsAgo),
  ];
  return specs.map((spec) => finish(spec, today));
}
