import { Fieldset, Stack, Text } from '@mantine/core';
import { MIRELS_POINTS, type MirelsInput } from '@tumor-board/shared';
import { PointsRadios, pointsWord, type SetLesionField } from './lesion-editor-inputs';
import type { LesionFormValues } from './lesion-form-values';
import { MIRELS_OPTIONS } from './score-labels';

/** The Mirels inputs of a long bone (site and lesion come from the site and type). */
export function MirelsFields({
  mirelsSite,
  values,
  typeLabel,
  set,
}: {
  mirelsSite: MirelsInput['site'] | undefined;
  values: LesionFormValues;
  typeLabel: string | undefined;
  set: SetLesionField;
}) {
  return (
    <Fieldset legend="Mirels (fracture risk)">
      <Stack gap="md">
        <Text size="sm">
          Site:{' '}
          {mirelsSite === 'upper_limb' ? 'upper limb' : mirelsSite === 'lower_limb' ? 'lower limb' : 'peritrochanteric'}{' '}
          — {mirelsSite ? pointsWord(MIRELS_POINTS.site[mirelsSite]) : ''}. Lesion:{' '}
          {typeLabel
            ? `${typeLabel} — ${pointsWord(MIRELS_POINTS.lesion[values.type as keyof typeof MIRELS_POINTS.lesion])}`
            : 'choose the lesion type above'}
          .
        </Text>
        {values.fracture === 'yes' && (
          <Text size="sm" c="orange">
            Mirels predicts an impending fracture, so it does not apply once the bone has broken.
          </Text>
        )}
        <PointsRadios
          label="Mirels: pain"
          options={MIRELS_OPTIONS.pain}
          value={values.mirelsPain}
          onChange={(v) => set('mirelsPain', v)}
        />
        <PointsRadios
          label="Mirels: size"
          description="Fraction of the bone’s diameter involved on the worst orthogonal radiograph."
          options={MIRELS_OPTIONS.size}
          value={values.mirelsSize}
          onChange={(v) => set('mirelsSize', v)}
        />
      </Stack>
    </Fieldset>
  );
}
