import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import {
  EXTRASKELETAL_SITE_LABELS,
  GOAL_OF_CARE_LABELS,
  PRIMARY_CANCER_LABELS,
  URGENCY_LABELS,
  caseUpdateSchema,
  type Case,
  type CaseDetail,
  type CurrentUser,
  isReferrerOnly,
} from '@tumor-board/shared';
import { ProblemAlert } from '../../../components/problem-alert';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/forms/field-errors';
import { currentCaseFromConflict, useUpdateCase } from '../api/update-case';
import { CaseFields } from './case-fields';
import {
  CASE_FIELD_LABELS,
  caseFormValues,
  changedCaseFields,
  changedFormKeys,
  reapplyEdits,
  type CaseFields as CaseFieldsType,
  type CaseFormValues,
} from './case-form-values';
import { focusFirstError } from './focus-first-error';
import { formatDate } from './format';

function otherSites(c: Case): string {
  const sites = c.otherMetastaticSites;
  if (sites === null) return 'Not known yet';
  if (sites.boneOnly) return 'None: bone-only disease';
  return sites.sites.map((site) => EXTRASKELETAL_SITE_LABELS[site]).join(', ');
}

function SummaryView({ detail }: { detail: CaseDetail }) {
  const c = detail.case;
  const rows: [string, string][] = [
    ['Urgency', URGENCY_LABELS[c.urgency]],
    ['Primary cancer', c.primaryCancer ? PRIMARY_CANCER_LABELS[c.primaryCancer] : 'Not known yet'],
    ['Histology', c.histology ?? '—'],
    ['Diagnosis date', formatDate(c.diagnosisDate)],
    ['Metastases outside the skeleton', otherSites(c)],
    ['Current systemic therapy', c.currentSystemicTherapy ?? '—'],
    ['Clinical question', c.clinicalQuestion ?? '—'],
    [
      'Goals of care',
      c.goalsOfCare
        ? [c.goalsOfCare.choices.map((g) => GOAL_OF_CARE_LABELS[g]).join(', '), c.goalsOfCare.notes]
            .filter(Boolean)
            .join('\n')
        : '—',
    ],
    ['Referring oncologist', detail.referrer?.name ?? 'Not named'],
    ['Presenting clinician', detail.presenter?.name ?? 'Not chosen yet'],
  ];
  return (
    <dl className="summary-list">
      {rows.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

interface EditState {
  /** The values the form started from, and their version: what the PATCH says it read. */
  base: CaseFormValues;
  version: number;
  values: CaseFormValues;
  /** The case as someone else saved it, after a 409. */
  conflict: Case | null;
}

function SummaryEditor({
  detail,
  user,
  initial,
  onChange,
  onDone,
}: {
  detail: CaseDetail;
  user: CurrentUser;
  initial: EditState;
  onChange: (state: EditState) => void;
  onDone: () => void;
}) {
  const update = useUpdateCase();
  const [errors, setErrors] = useState<FieldErrors>({});
  const { base, version, values, conflict } = initial;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const changes = changedCaseFields(base, values);
    if (Object.keys(changes).length === 0) {
      onDone();
      return;
    }
    const parsed = caseUpdateSchema.safeParse({ ...changes, version });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      focusFirstError(event.currentTarget);
      return;
    }
    setErrors({});
    update.mutate(
      { caseId: detail.case.id, changes: parsed.data },
      {
        onSuccess: onDone,
        onError: (error) => {
          const current = currentCaseFromConflict(error);
          if (current) onChange({ ...initial, conflict: current });
          else setErrors(apiFieldErrors(error));
        },
      },
    );
  };

  const theirChanges: (keyof CaseFieldsType)[] = conflict
    ? (Object.keys(changedCaseFields(base, caseFormValues(conflict))) as (keyof CaseFieldsType)[])
    : [];

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Edit the case summary">
      <Stack gap="lg">
        {conflict && (
          <Alert color="orange" variant="light" title="Someone else changed this case" role="alert">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">
                The case was saved by someone else while you were editing, so your changes were not saved.
                {theirChanges.length > 0 &&
                  ` They changed: ${theirChanges.map((key) => CASE_FIELD_LABELS[key]).join(', ')}.`}
              </Text>
              <Text size="sm">
                Reload their version and reapply your changes on top of it, then check the form and save again.
              </Text>
              <Group gap="xs">
                <Button
                  size="xs"
                  onClick={() => {
                    const current = caseFormValues(conflict);
                    onChange({
                      base: current,
                      version: conflict.version,
                      values: reapplyEdits(current, values, changedFormKeys(base, values)),
                      conflict: null,
                    });
                  }}
                >
                  Reload and reapply my changes
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => {
                    const current = caseFormValues(conflict);
                    onChange({ base: current, version: conflict.version, values: current, conflict: null });
                  }}
                >
                  Discard my changes
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        {update.isError && !conflict && Object.keys(apiFieldErrors(update.error)).length === 0 && (
          <ProblemAlert title="Could not save the summary" error={update.error} />
        )}
        <CaseFields
          values={values}
          errors={errors}
          onChange={(next) => onChange({ ...initial, values: next })}
          people={{
            me: { id: user.id, name: user.name },
            referrer: detail.referrer,
            presenter: detail.presenter,
            referrerIsMe: isReferrerOnly(user.roles),
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={update.isPending} disabled={conflict !== null}>
            Save summary
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The case's clinical summary; editable with the version it was read at (409 → reload and reapply). */
export function CaseSummaryPanel({ detail, user }: { detail: CaseDetail; user: CurrentUser }) {
  const [editing, setEditing] = useState<EditState | null>(null);
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="md">
        <Title order={3} size="h5">
          Clinical summary
        </Title>
        {!editing && (
          <Button
            variant="default"
            size="xs"
            onClick={() => {
              const values = caseFormValues(detail.case);
              setEditing({ base: values, version: detail.case.version, values, conflict: null });
            }}
          >
            Edit summary
          </Button>
        )}
      </Group>
      {editing ? (
        <SummaryEditor
          detail={detail}
          user={user}
          initial={editing}
          onChange={setEditing}
          onDone={() => setEditing(null)}
        />
      ) : (
        <SummaryView detail={detail} />
      )}
    </Paper>
  );
}
