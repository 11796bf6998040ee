import {
  EXTRASKELETAL_SITES,
  GOALS_OF_CARE,
  PRIMARY_CANCERS,
  URGENCIES,
  type Case,
  type CaseUpdate,
  type ExtraskeletalSite,
  type GoalOfCare,
  type PrimaryCancer,
  type Urgency,
} from '@tumor-board/shared';

/*
 * The case form's state, as inputs hold it ('' for "not chosen"), and its conversion to the API's
 * fields (null for "not known"). The same form serves intake (create) and the case summary (edit),
 * so both send the same shapes and both validate with shared's schemas.
 */

/** What is known about metastases outside the skeleton. */
export type MetastaticExtent = 'unknown' | 'bone_only' | 'extraskeletal';

export interface CaseFormValues {
  urgency: Urgency | '';
  primaryCancer: PrimaryCancer | '';
  histology: string;
  diagnosisDate: string;
  metastaticExtent: MetastaticExtent;
  extraskeletalSites: ExtraskeletalSite[];
  currentSystemicTherapy: string;
  clinicalQuestion: string;
  goals: GoalOfCare[];
  goalsNotes: string;
  /** '' = not named. */
  referringOncologistId: string;
  presentingClinicianId: string;
}

export const EMPTY_CASE_FORM: CaseFormValues = {
  urgency: '',
  primaryCancer: '',
  histology: '',
  diagnosisDate: '',
  metastaticExtent: 'unknown',
  extraskeletalSites: [],
  currentSystemicTherapy: '',
  clinicalQuestion: '',
  goals: [],
  goalsNotes: '',
  referringOncologistId: '',
  presentingClinicianId: '',
};

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);

export const isUrgency = oneOf(URGENCIES);
export const isPrimaryCancer = oneOf(PRIMARY_CANCERS);
export const isExtraskeletalSite = oneOf(EXTRASKELETAL_SITES);
export const isGoalOfCare = oneOf(GOALS_OF_CARE);

/** A stored case as form values. */
export function caseFormValues(c: Case): CaseFormValues {
  const sites = c.otherMetastaticSites;
  return {
    urgency: c.urgency,
    primaryCancer: c.primaryCancer ?? '',
    histology: c.histology ?? '',
    diagnosisDate: c.diagnosisDate ?? '',
    metastaticExtent: sites === null ? 'unknown' : sites.boneOnly ? 'bone_only' : 'extraskeletal',
    extraskeletalSites: sites?.sites ?? [],
    currentSystemicTherapy: c.currentSystemicTherapy ?? '',
    clinicalQuestion: c.clinicalQuestion ?? '',
    goals: c.goalsOfCare?.choices ?? [],
    goalsNotes: c.goalsOfCare?.notes ?? '',
    referringOncologistId: c.referringOncologistId ?? '',
    presentingClinicianId: c.presentingClinicianId ?? '',
  };
}

/**
 * Values kept in session storage may come from an older version of the form or be tampered with:
 * anything that does not fit is dropped back to empty.
 */
export function reviveCaseFormValues(raw: unknown): CaseFormValues {
  if (typeof raw !== 'object' || raw === null) return EMPTY_CASE_FORM;
  const r = raw as Record<string, unknown>;
  const str = (key: string) => (typeof r[key] === 'string' ? r[key] : '');
  const extent = r.metastaticExtent;
  return {
    urgency: isUrgency(r.urgency) ? r.urgency : '',
    primaryCancer: isPrimaryCancer(r.primaryCancer) ? r.primaryCancer : '',
    histology: str('histology'),
    diagnosisDate: str('diagnosisDate'),
    metastaticExtent: extent === 'bone_only' || extent === 'extraskeletal' ? extent : 'unknown',
    extraskeletalSites: Array.isArray(r.extraskeletalSites) ? r.extraskeletalSites.filter(isExtraskeletalSite) : [],
    currentSystemicTherapy: str('currentSystemicTherapy'),
    clinicalQuestion: str('clinicalQuestion'),
    goals: Array.isArray(r.goals) ? r.goals.filter(isGoalOfCare) : [],
    goalsNotes: str('goalsNotes'),
    referringOncologistId: str('referringOncologistId'),
    presentingClinicianId: str('presentingClinicianId'),
  };
}

const textOrNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** The API's case fields (without `patientId`/`version`); `urgency` is left out while not chosen. */
export type CaseFields = Omit<CaseUpdate, 'version'>;

export function caseFields(values: CaseFormValues): CaseFields {
  const goalsNotes = textOrNull(values.goalsNotes);
  return {
    ...(values.urgency === '' ? {} : { urgency: values.urgency }),
    primaryCancer: values.primaryCancer === '' ? null : values.primaryCancer,
    histology: textOrNull(values.histology),
    diagnosisDate: values.diagnosisDate === '' ? null : values.diagnosisDate,
    otherMetastaticSites:
      values.metastaticExtent === 'unknown'
        ? null
        : values.metastaticExtent === 'bone_only'
          ? { boneOnly: true, sites: [] }
          : { boneOnly: false, sites: values.extraskeletalSites },
    currentSystemicTherapy: textOrNull(values.currentSystemicTherapy),
    clinicalQuestion: textOrNull(values.clinicalQuestion),
    goalsOfCare: values.goals.length === 0 && goalsNotes === null ? null : { choices: values.goals, notes: goalsNotes },
    referringOncologistId: values.referringOncologistId === '' ? null : values.referringOncologistId,
    presentingClinicianId: values.presentingClinicianId === '' ? null : values.presentingClinicianId,
  };
}

/** The fields whose value differs between two forms' API fields (what an edit must send). */
export function changedCaseFields(before: CaseFormValues, after: CaseFormValues): CaseFields {
  const a = caseFields(before) as Record<string, unknown>;
  const b = caseFields(after) as Record<string, unknown>;
  const changed: Record<string, unknown> = {};
  for (const key of Object.keys(b)) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) changed[key] = b[key];
  }
  return changed;
}

/** The form fields the user changed since `before` (compared as the API would store them). */
export function changedFormKeys(before: CaseFormValues, after: CaseFormValues): (keyof CaseFormValues)[] {
  return (Object.keys(after) as (keyof CaseFormValues)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}

/** "Reload and reapply": the case as it is now, with the user's own edits laid over it. */
export function reapplyEdits(
  current: CaseFormValues,
  edited: CaseFormValues,
  keys: readonly (keyof CaseFormValues)[],
): CaseFormValues {
  const merged: Record<string, unknown> = { ...current };
  for (const key of keys) merged[key] = edited[key];
  return merged as unknown as CaseFormValues;
}

/** Human names of the case fields, for error summaries and conflict notes. */
export const CASE_FIELD_LABELS: Readonly<Record<keyof CaseFields, string>> = {
  urgency: 'Urgency',
  primaryCancer: 'Primary cancer',
  histology: 'Histology',
  diagnosisDate: 'Diagnosis date',
  otherMetastaticSites: 'Other metastatic sites',
  currentSystemicTherapy: 'Current systemic therapy',
  clinicalQuestion: 'Clinical question',
  goalsOfCare: 'Goals of care',
  referringOncologistId: 'Referring oncologist',
  presentingClinicianId: 'Presenting clinician',
};
