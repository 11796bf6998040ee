import type { ReactNode } from 'react';
import { Checkbox, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { DISCIPLINES, ROLES, type Discipline, type Role } from '@tumor-board/shared';
import { withLabel, type FieldErrors } from '../../../lib/forms/field-errors';
import { DISCIPLINE_LABELS, ROLE_LABELS } from '../../../lib/labels';

export interface UserFieldValues {
  name: string;
  /** '' = no discipline. */
  discipline: Discipline | '';
  roles: Role[];
}

const disciplineOptions = [
  { value: '', label: 'No discipline' },
  ...DISCIPLINES.map((discipline) => ({ value: discipline, label: DISCIPLINE_LABELS[discipline] })),
];

const isDiscipline = (value: string): value is Discipline => (DISCIPLINES as readonly string[]).includes(value);
const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** Name, discipline and roles: the fields that creating and editing a user share. */
export function UserFields({
  values,
  errors,
  onChange,
  afterName,
}: {
  values: UserFieldValues;
  errors: FieldErrors;
  onChange: (values: UserFieldValues) => void;
  /** Fields to show between the name and the discipline (the email, when creating). */
  afterName?: ReactNode;
}) {
  return (
    <>
      <TextInput
        label="Name"
        description="As colleagues see it, e.g. “Dr Jonas Weber”."
        required
        value={values.name}
        onChange={(event) => onChange({ ...values, name: event.currentTarget.value })}
        error={withLabel('Name', errors.name)}
      />
      {afterName}
      <NativeSelect
        label="Discipline"
        description="The discipline the user speaks for on the board."
        data={disciplineOptions}
        value={values.discipline}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onChange({ ...values, discipline: isDiscipline(value) ? value : '' });
        }}
        error={withLabel('Discipline', errors.discipline)}
      />
      <Checkbox.Group
        label="Roles"
        description="What the user may do. Choose at least one."
        withAsterisk
        value={values.roles}
        onChange={(roles) => onChange({ ...values, roles: roles.filter(isRole) })}
        error={withLabel('The user', errors.roles)}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs" mt="xs">
          {ROLES.map((role) => (
            <Checkbox key={role} value={role} label={ROLE_LABELS[role]} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
    </>
  );
}
