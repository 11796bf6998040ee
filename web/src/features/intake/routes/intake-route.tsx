import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { caseCreateSchema, type CurrentUser, isReferrerOnly } from '@tumor-board/shared';
import { useNavigate } from 'react-router';
import { caseDetailPath } from '../../../app/paths';
import { Page } from '../../../components/page';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/forms/field-errors';
import { useCurrentUser } from '../../auth/api/get-session';
import { caseFields, EMPTY_CASE_FORM } from '../../cases/components/case-form-values';
import { CaseFields } from '../../cases/components/case-fields';
import { focusFirstError } from '../../cases/components/focus-first-error';
import { useCreateCase } from '../api/create-case';
import {
  clearIntakeDraft,
  EMPTY_INTAKE_DRAFT,
  loadIntakeDraft,
  saveIntakeDraft,
  type IntakeDraft,
} from '../components/intake-draft';
import { PatientStep } from '../components/patient-step';

function IntakeForm({ user }: { user: CurrentUser }) {
  const navigate = useNavigate();
  const createCase = useCreateCase();
  const [draft, setDraft] = useState<IntakeDraft>(() => loadIntakeDraft(user.id));
  const [errors, setErrors] = useState<FieldErrors>({});

  // Kept on every change, so a reload (or a session timeout and sign-in) finds the form as it was.
  useEffect(() => saveIntakeDraft(user.id, draft), [user.id, draft]);

  const patient = draft.patient;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!patient) return;
    const parsed = caseCreateSchema.safeParse({ patientId: patient.id, ...caseFields(draft.case) });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      focusFirstError(event.currentTarget);
      return;
    }
    setErrors({});
    createCase.mutate(parsed.data, {
      onSuccess: (created) => {
        clearIntakeDraft();
        void navigate(caseDetailPath(created.id));
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    });
  };

  const errorCount = Object.keys(errors).length;
  return (
    <Stack gap="lg" maw={880}>
      <PatientStep draft={draft} update={setDraft} />

      {patient && (
        <Paper withBorder p="lg" component="section" aria-labelledby="intake-case-heading">
          <form onSubmit={onSubmit} noValidate aria-labelledby="intake-case-heading">
            <Stack gap="lg">
              <div>
                <Title order={2} size="h4" id="intake-case-heading">
                  2. Referral
                </Title>
                <Text size="sm" c="dimmed">
                  Only the urgency is needed to save a draft. Add the rest now or later on the case page; the readiness
                  checklist there says what the board still needs.
                </Text>
              </div>
              {errorCount > 0 && (
                <Alert color="red" variant="light" title="Check the referral" role="alert">
                  {errorCount === 1 ? 'One field needs attention.' : `${errorCount} fields need attention.`}
                </Alert>
              )}
              {createCase.isError && Object.keys(apiFieldErrors(createCase.error)).length === 0 && (
                <ProblemAlert title="Could not save the draft" error={createCase.error} />
              )}
              <CaseFields
                values={draft.case}
                errors={errors}
                onChange={(values) => setDraft((d) => ({ ...d, case: values }))}
                people={{ me: { id: user.id, name: user.name }, referrerIsMe: isReferrerOnly(user.roles) }}
              />
              <Group justify="space-between">
                <Button
                  variant="subtle"
                  color="gray"
                  onClick={() => {
                    setErrors({});
                    setDraft((d) => ({ ...d, case: EMPTY_CASE_FORM }));
                  }}
                >
                  Clear the referral form
                </Button>
                <Button type="submit" loading={createCase.isPending}>
                  Save draft
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}

      {!patient && draft !== EMPTY_INTAKE_DRAFT && (
        <Text size="sm" c="dimmed">
          The referral form opens once the patient is chosen. What you type is kept in this tab until the draft is
          saved.
        </Text>
      )}
    </Stack>
  );
}

export function Component() {
  const user = useCurrentUser();
  return (
    <Page
      title="New referral"
      description="Refer a patient to the bone-metastasis board: find or register the patient, then describe the referral and save it as a draft."
    >
      {user ? <IntakeForm user={user} /> : <PageLoader label="Checking your sign-in" />}
    </Page>
  );
}
