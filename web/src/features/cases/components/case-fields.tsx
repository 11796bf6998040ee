import { Checkbox, Fieldset, NativeSelect, Radio, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import {
  EXTRASKELETAL_SITES,
  EXTRASKELETAL_SITE_LABELS,
  GOALS_OF_CARE,
  GOAL_OF_CARE_LABELS,
  PRIMARY_CANCERS,
  PRIMARY_CANCER_LABELS,
  URGENCIES,
  URGENCY_LABELS,
  isVisceralSite,
  type PersonRef,
} from '@tumor-board/shared';
import { withLabel, type FieldErrors } from '../../../lib/forms/field-errors';
import { isExtraskeletalSite, isGoalOfCare, isPrimaryCancer, isUrgency, type CaseFormValues } from './case-form-values';
import { localToday } from './format';

const primaryOptions = [
  { value: '', label: 'Not known yet' },
  ...PRIMARY_CANCERS.map((value) => ({ value, label: PRIMARY_CANCER_LABELS[value] })),
];

const URGENCY_HINTS = {
  routine: 'Discussed at the next regular meeting.',
  urgent: 'Needs the board within days.',
  emergency: 'Treat today; the board reviews the case afterwards.',
} as const;

export interface CaseFieldsPeople {
  /** The signed-in user, offered as "Me". */
  me: PersonRef;
  /** Whoever the case names now, so an edit can keep them. */
  referrer?: PersonRef | null;
  presenter?: PersonRef | null;
  /** A referrer refers in their own name: the server sets the referring oncologist. */
  referrerIsMe: boolean;
}

function personOptions(me: PersonRef, current: PersonRef | null | undefined, none: string) {
  const options = [
    { value: '', label: none },
    { value: me.id, label: `Me (${me.name})` },
  ];
  if (current && current.id !== me.id) options.push({ value: current.id, label: current.name });
  return options;
}

export interface CaseFieldsProps {
  values: CaseFormValues;
  errors: FieldErrors;
  onChange: (values: CaseFormValues) => void;
  people: CaseFieldsPeople;
}

/**
 * The fields of a referral (intake) and of the case summary (edit). Errors are keyed by the API's
 * field paths (`otherMetastaticSites.sites`), from shared's zod schemas or from the server.
 */
export function CaseFields({ values, errors, onChange, people }: CaseFieldsProps) {
  const set = <K extends keyof CaseFormValues>(key: K, value: CaseFormValues[K]) =>
    onChange({ ...values, [key]: value });
  const sitesError =
    errors['otherMetastaticSites.sites'] ?? errors['otherMetastaticSites.boneOnly'] ?? errors.otherMetastaticSites;
  const goalsError = errors['goalsOfCare.choices'] ?? errors.goalsOfCare;

  return (
    <Stack gap="lg">
      <Radio.Group
        label="Urgency"
        description="There is no default: choose it, so that no emergency is filed as routine."
        withAsterisk
        value={values.urgency}
        onChange={(value) => set('urgency', isUrgency(value) ? value : '')}
        error={withLabel('Urgency', errors.urgency)}
      >
        <Stack gap={6} mt="xs">
          {URGENCIES.map((urgency) => (
            <Radio key={urgency} value={urgency} label={URGENCY_LABELS[urgency]} description={URGENCY_HINTS[urgency]} />
          ))}
        </Stack>
      </Radio.Group>

      <Fieldset legend="Cancer" variant="unstyled">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NativeSelect
              label="Primary cancer"
              data={primaryOptions}
              value={values.primaryCancer}
              onChange={(event) => {
                const value = event.currentTarget.value;
                set('primaryCancer', isPrimaryCancer(value) ? value : '');
              }}
              error={withLabel('Primary cancer', errors.primaryCancer)}
            />
            <TextInput
              label="Diagnosis date"
              type="date"
              max={localToday()}
              value={values.diagnosisDate}
              onChange={(event) => set('diagnosisDate', event.currentTarget.value)}
              error={withLabel('Diagnosis date', errors.diagnosisDate)}
            />
          </SimpleGrid>
          <TextInput
            label="Histology"
            description={
              values.primaryCancer === 'other'
                ? 'Needed when the primary is “other”: the board cannot judge radiosensitivity without it.'
                : 'e.g. invasive ductal carcinoma, ER+/HER2−'
            }
            maxLength={200}
            value={values.histology}
            onChange={(event) => set('histology', event.currentTarget.value)}
            error={withLabel('Histology', errors.histology)}
          />
          <Radio.Group
            label="Metastases outside the skeleton"
            value={values.metastaticExtent}
            onChange={(value) => set('metastaticExtent', value)}
          >
            <Stack gap={6} mt="xs">
              <Radio value="unknown" label="Not known yet" />
              <Radio value="bone_only" label="None: bone-only disease (staging found nothing else)" />
              <Radio value="extraskeletal" label="Yes, at these sites:" />
            </Stack>
          </Radio.Group>
          {values.metastaticExtent === 'extraskeletal' && (
            <Checkbox.Group
              label="Sites outside the skeleton"
              description="Visceral sites matter for radium-223 and for the Tomita score."
              value={values.extraskeletalSites}
              onChange={(sites) => set('extraskeletalSites', sites.filter(isExtraskeletalSite))}
              error={withLabel('Sites outside the skeleton', sitesError)}
              ml="lg"
            >
              <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs" verticalSpacing="xs" mt="xs">
                {EXTRASKELETAL_SITES.map((site) => (
                  <Checkbox
                    key={site}
                    value={site}
                    label={`${EXTRASKELETAL_SITE_LABELS[site]}${isVisceralSite(site) ? ' (visceral)' : ''}`}
                  />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          )}
          {values.metastaticExtent !== 'extraskeletal' && sitesError && (
            <Text size="sm" c="red" role="alert">
              {withLabel('Other metastatic sites', sitesError)}
            </Text>
          )}
          <Textarea
            label="Current systemic therapy"
            description="Drug, line and start date, e.g. “letrozole + palbociclib since Jan 2024 (first line)”."
            autosize
            minRows={2}
            maxLength={500}
            value={values.currentSystemicTherapy}
            onChange={(event) => set('currentSystemicTherapy', event.currentTarget.value)}
            error={withLabel('Current systemic therapy', errors.currentSystemicTherapy)}
          />
        </Stack>
      </Fieldset>

      <Textarea
        label="Clinical question for the board"
        description="What should the board decide? e.g. “Radiotherapy alone, or stabilisation first?”"
        autosize
        minRows={3}
        maxLength={2000}
        value={values.clinicalQuestion}
        onChange={(event) => set('clinicalQuestion', event.currentTarget.value)}
        error={withLabel('Clinical question', errors.clinicalQuestion)}
      />

      <Fieldset legend="Goals of care" variant="unstyled">
        <Stack gap="sm">
          <Checkbox.Group
            label="What the patient wants from treatment"
            value={values.goals}
            onChange={(goals) => set('goals', goals.filter(isGoalOfCare))}
            error={withLabel('Goals of care', goalsError)}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs" mt="xs">
              {GOALS_OF_CARE.map((goal) => (
                <Checkbox key={goal} value={goal} label={GOAL_OF_CARE_LABELS[goal]} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Textarea
            label="Goals in the patient’s own words"
            autosize
            minRows={2}
            maxLength={2000}
            value={values.goalsNotes}
            onChange={(event) => set('goalsNotes', event.currentTarget.value)}
            error={withLabel('Goals notes', errors['goalsOfCare.notes'])}
          />
        </Stack>
      </Fieldset>

      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {people.referrerIsMe ? (
          <TextInput
            label="Referring oncologist"
            value={`Me (${people.me.name})`}
            readOnly
            description="Your referrals are made in your name."
          />
        ) : (
          <NativeSelect
            label="Referring oncologist"
            description="Optional. Only you, or whoever the case already names, can be chosen here."
            data={personOptions(people.me, people.referrer, 'Not named')}
            value={values.referringOncologistId}
            onChange={(event) => set('referringOncologistId', event.currentTarget.value)}
            error={withLabel('Referring oncologist', errors.referringOncologistId)}
          />
        )}
        <NativeSelect
          label="Presenting clinician"
          description="Optional: who presents the case at the meeting."
          data={personOptions(people.me, people.presenter, 'Not chosen yet')}
          value={values.presentingClinicianId}
          onChange={(event) => set('presentingClinicianId', event.currentTarget.value)}
          error={withLabel('Presenting clinician', errors.presentingClinicianId)}
        />
      </SimpleGrid>
    </Stack>
  );
}
