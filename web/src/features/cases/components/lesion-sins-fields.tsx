import { Fieldset, NativeSelect, Stack, Text } from '@mantine/core';
import { SINS_POINTS, sinsLocationForLevel, type SpinalLevel } from '@tumor-board/shared';
import { withLabel, type FieldErrors } from '../../../lib/forms/field-errors';
import { PointsRadios, choose, pointsWord, type SetLesionField } from './lesion-editor-inputs';
import { isBilskyGrade, type LesionFormValues } from './lesion-form-values';
import { BILSKY_OPTIONS, SINS_LOCATION_LABELS, SINS_OPTIONS } from './score-labels';

/** The SINS inputs of a vertebral level (location and bone lesion come from the site and type), with its Bilsky grade. */
export function SinsFields({
  level,
  values,
  errors,
  typeLabel,
  set,
}: {
  level: SpinalLevel;
  values: LesionFormValues;
  errors: FieldErrors;
  typeLabel: string | undefined;
  set: SetLesionField;
}) {
  return (
    <Fieldset legend="SINS (spinal instability)">
      <Stack gap="md">
        <Text size="sm">
          Location: {level} is {SINS_LOCATION_LABELS[sinsLocationForLevel(level)].toLowerCase()} —{' '}
          {pointsWord(SINS_POINTS.location[sinsLocationForLevel(level)])}. Bone lesion:{' '}
          {typeLabel
            ? `${typeLabel} — ${pointsWord(SINS_POINTS.lesion[values.type as keyof typeof SINS_POINTS.lesion])}`
            : 'choose the lesion type above'}
          .
        </Text>
        <PointsRadios
          label="SINS: pain"
          options={SINS_OPTIONS.pain}
          value={values.sinsPain}
          onChange={(v) => set('sinsPain', v)}
          error={withLabel('Pain', errors['sinsInput.pain'])}
        />
        <PointsRadios
          label="SINS: spinal alignment"
          description="On radiographs or CT."
          options={SINS_OPTIONS.alignment}
          value={values.sinsAlignment}
          onChange={(v) => set('sinsAlignment', v)}
        />
        <PointsRadios
          label="SINS: vertebral body collapse"
          description="Exactly 50 % is not defined by the paper: choose the nearer option."
          options={SINS_OPTIONS.collapse}
          value={values.sinsCollapse}
          onChange={(v) => set('sinsCollapse', v)}
        />
        <PointsRadios
          label="SINS: posterolateral involvement"
          description="Facet, pedicle or costovertebral joint fracture, or replacement with tumour."
          options={SINS_OPTIONS.posterolateral}
          value={values.sinsPosterolateral}
          onChange={(v) => set('sinsPosterolateral', v)}
        />
        <NativeSelect
          label="Bilsky ESCC grade"
          description="Epidural spinal cord compression on axial T2 MRI."
          data={[choose('Not graded'), ...BILSKY_OPTIONS]}
          value={values.bilskyGrade}
          onChange={(event) => {
            const value = event.currentTarget.value;
            set('bilskyGrade', isBilskyGrade(value) ? value : '');
          }}
          error={withLabel('Bilsky grade', errors.bilskyGrade)}
        />
      </Stack>
    </Fieldset>
  );
}
