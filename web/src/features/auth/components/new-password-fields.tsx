import { PasswordInput, Stack } from '@mantine/core';
import { PASSWORD_MIN_LENGTH } from '@tumor-board/shared';
import { withLabel, type FieldErrors } from '../../../lib/forms/field-errors';

export interface NewPasswordValues {
  password: string;
  confirm: string;
}

/** Client-side check that the two entries match (the length rules come from `passwordSchema`). */
export function confirmError(values: NewPasswordValues): string | undefined {
  return values.confirm !== values.password ? 'does not match the password' : undefined;
}

/** A new password and its confirmation, with the length rule from `shared` stated up front. */
export function NewPasswordFields({
  values,
  errors,
  onChange,
  disabled,
}: {
  values: NewPasswordValues;
  errors: FieldErrors;
  onChange: (values: NewPasswordValues) => void;
  disabled?: boolean;
}) {
  return (
    <Stack gap="md">
      <PasswordInput
        label="New password"
        description={`At least ${PASSWORD_MIN_LENGTH} characters. A passphrase of several words is easiest to remember.`}
        autoComplete="new-password"
        required
        value={values.password}
        onChange={(event) => onChange({ ...values, password: event.currentTarget.value })}
        error={withLabel('The password', errors.password)}
        disabled={disabled}
      />
      <PasswordInput
        label="Repeat the new password"
        autoComplete="new-password"
        required
        value={values.confirm}
        onChange={(event) => onChange({ ...values, confirm: event.currentTarget.value })}
        error={withLabel('The repeated password', errors.confirm)}
        disabled={disabled}
      />
    </Stack>
  );
}
