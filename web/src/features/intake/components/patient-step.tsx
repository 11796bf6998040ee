import { useRef, useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Group,
  Loader,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { MRN_PATTERN, SEXES, SEX_LABELS, patientCreateSchema, type Patient, type Sex } from '@tumor-board/shared';
import { ProblemAlert } from '../../../components/problem-alert';
import {
  apiFieldErrors,
  describeApiError,
  withLabel,
  zodFieldErrors,
  type FieldErrors,
} from '../../../lib/forms/field-errors';
import { ageInYears, formatDate, localToday, patientName } from '../../cases/components/format';
import { mrnConflict, useCreatePatient } from '../api/create-patient';
import { patientQueryOptions } from '../api/get-patient';
import { usePatientLookup } from '../api/lookup-patient';
import type { IntakeDraft, PatientRegistration } from './intake-draft';

const sexOptions = [{ value: '', label: 'Choose…' }, ...SEXES.map((sex) => ({ value: sex, label: SEX_LABELS[sex] }))];

/** Name, MRN, birth date and sex of one patient, for confirming who is being referred. */
export function PatientCard({ patient }: { patient: Patient }) {
  const age = ageInYears(patient.birthDate);
  return (
    <div>
      <Text fw={600} size="lg">
        {patientName(patient)}
      </Text>
      <Text size="sm" c="dimmed">
        MRN {patient.mrn} · born {formatDate(patient.birthDate)}
        {age !== undefined ? ` (${age} years)` : ''} · {SEX_LABELS[patient.sex]}
      </Text>
    </div>
  );
}

function RegisterPatientForm({
  mrn,
  registration,
  onChange,
  onRegistered,
}: {
  mrn: string;
  registration: PatientRegistration;
  onChange: (registration: PatientRegistration) => void;
  onRegistered: (patient: Patient) => void;
}) {
  const create = useCreatePatient();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [opening, setOpening] = useState(false);
  const [openError, setOpenError] = useState<unknown>(null);
  const givenRef = useRef<HTMLInputElement>(null);
  const set = <K extends keyof PatientRegistration>(key: K, value: PatientRegistration[K]) =>
    onChange({ ...registration, [key]: value });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = patientCreateSchema.safeParse({
      mrn,
      givenName: registration.givenName,
      familyName: registration.familyName,
      birthDate: registration.birthDate,
      sex: registration.sex === '' ? undefined : registration.sex,
    });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: onRegistered,
      onError: (error) => setErrors(apiFieldErrors(error)),
    });
  };

  const conflict = mrnConflict(create.error);
  const existingId = conflict?.existingPatientId ?? null;
  const openExisting = async () => {
    if (!existingId) return;
    setOpening(true);
    setOpenError(null);
    try {
      onRegistered(await queryClient.fetchQuery(patientQueryOptions(existingId)));
    } catch (error) {
      setOpenError(error);
    } finally {
      setOpening(false);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Register a new patient">
      <Stack gap="sm">
        <Text size="sm">
          No patient with MRN <strong>{mrn}</strong> is registered. Check the MRN, or register the patient:
        </Text>
        {conflict ? (
          <Alert color="orange" variant="light" title="A patient with this MRN already exists" role="alert">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">
                {existingId
                  ? 'Someone registered this MRN in the meantime. Refer the existing patient instead of registering them twice.'
                  : describeApiError(create.error)}
              </Text>
              {existingId && (
                <Button size="xs" onClick={() => void openExisting()} loading={opening}>
                  Use the existing patient
                </Button>
              )}
              {openError !== null && <Text size="sm">{describeApiError(openError)}</Text>}
            </Stack>
          </Alert>
        ) : (
          create.isError &&
          Object.keys(apiFieldErrors(create.error)).length === 0 && (
            <ProblemAlert title="Could not register the patient" error={create.error} />
          )
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            ref={givenRef}
            label="Given name"
            required
            autoComplete="off"
            value={registration.givenName}
            onChange={(event) => set('givenName', event.currentTarget.value)}
            error={withLabel('Given name', errors.givenName)}
          />
          <TextInput
            label="Family name"
            required
            autoComplete="off"
            value={registration.familyName}
            onChange={(event) => set('familyName', event.currentTarget.value)}
            error={withLabel('Family name', errors.familyName)}
          />
          <TextInput
            label="Birth date"
            type="date"
            required
            min="1900-01-01"
            max={localToday()}
            value={registration.birthDate}
            onChange={(event) => set('birthDate', event.currentTarget.value)}
            error={withLabel('Birth date', errors.birthDate)}
          />
          <NativeSelect
            label="Sex"
            required
            data={sexOptions}
            value={registration.sex}
            onChange={(event) => {
              const value = event.currentTarget.value;
              set('sex', (SEXES as readonly string[]).includes(value) ? (value as Sex) : '');
            }}
            error={withLabel('Sex', errors.sex)}
          />
        </SimpleGrid>
        {errors.mrn && (
          <Text size="sm" c="red" role="alert">
            {withLabel('MRN', errors.mrn)}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={create.isPending}>
            Register patient
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export interface PatientStepProps {
  draft: IntakeDraft;
  /** Functional, so answers arriving later never overwrite what was typed meanwhile. */
  update: (change: (draft: IntakeDraft) => IntakeDraft) => void;
}

/** Step 1 of a referral: find the patient by MRN, or register them. */
export function PatientStep({ draft, update }: PatientStepProps) {
  const [mrnError, setMrnError] = useState<string | undefined>();
  const lookup = usePatientLookup(draft.patient ? null : draft.lookedUpMrn);

  if (draft.patient) {
    return (
      <Paper withBorder p="lg" component="section" aria-labelledby="intake-patient-heading">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h4" id="intake-patient-heading" mb="xs">
              1. Patient
            </Title>
            <PatientCard patient={draft.patient} />
          </div>
          <Button variant="default" onClick={() => update((d) => ({ ...d, patient: null }))}>
            Change patient
          </Button>
        </Group>
      </Paper>
    );
  }

  const onLookup = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const mrn = draft.mrn.trim();
    if (!MRN_PATTERN.test(mrn)) {
      setMrnError(mrn === '' ? 'MRN is required' : 'MRN must be 1–32 letters, digits or hyphens');
      return;
    }
    setMrnError(undefined);
    update((d) => ({ ...d, mrn, lookedUpMrn: mrn }));
  };

  const found = lookup.data;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="intake-patient-heading">
      <Stack gap="md">
        <Title order={2} size="h4" id="intake-patient-heading">
          1. Patient
        </Title>
        <form onSubmit={onLookup} noValidate aria-label="Find the patient by MRN">
          <Group align="flex-end" gap="sm">
            <TextInput
              label="MRN"
              description="The hospital’s medical record number."
              required
              autoComplete="off"
              value={draft.mrn}
              onChange={(event) => {
                const mrn = event.currentTarget.value;
                update((d) => ({ ...d, mrn }));
              }}
              error={mrnError}
              w={280}
            />
            <Button type="submit" variant="default" loading={lookup.isFetching}>
              Find patient
            </Button>
          </Group>
        </form>

        {lookup.isPending && lookup.fetchStatus === 'fetching' && (
          <Group gap="xs" role="status">
            <Loader size="xs" aria-hidden />
            <Text size="sm">Looking up MRN {draft.lookedUpMrn}…</Text>
          </Group>
        )}
        {lookup.isError && <ProblemAlert title="Could not look up the MRN" error={lookup.error} />}
        {lookup.isSuccess && found && (
          <Alert color="blue" variant="light" title="Patient found" role="status">
            <Stack gap="sm" align="flex-start">
              <PatientCard patient={found} />
              <Button onClick={() => update((d) => ({ ...d, patient: found }))}>Refer this patient</Button>
            </Stack>
          </Alert>
        )}
        {lookup.isSuccess && found === null && draft.lookedUpMrn && (
          <RegisterPatientForm
            mrn={draft.lookedUpMrn}
            registration={draft.registration}
            onChange={(registration) => update((d) => ({ ...d, registration }))}
            onRegistered={(patient) => update((d) => ({ ...d, patient }))}
          />
        )}
      </Stack>
    </Paper>
  );
}
