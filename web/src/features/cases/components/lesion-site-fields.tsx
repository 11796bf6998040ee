import { Fieldset, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { LATERALITY_LABELS, SKELETAL_REGIONS, SPINAL_LEVELS, type SkeletalRegion } from '@tumor-board/shared';
import { withLabel, type FieldErrors } from '../../../lib/forms/field-errors';
import { choose } from './lesion-editor-inputs';
import { isLaterality, isRegion, lateralitiesFor, type LesionFormValues } from './lesion-form-values';
import { FEMUR_SEGMENT_OPTIONS, LONG_BONE_SEGMENT_OPTIONS, PELVIC_PART_OPTIONS, REGION_LABELS } from './score-labels';

const regionOptions = [choose(), ...SKELETAL_REGIONS.map((value) => ({ value, label: REGION_LABELS[value] }))];

/** The error key of the field that completes each region's site (`site.level` for the spine…). */
export const SITE_DETAIL_KEYS: Readonly<Record<SkeletalRegion, string>> = {
  spine: 'site.level',
  sacrum: 'site',
  pelvis: 'site.part',
  femur: 'site.segment',
  humerus: 'site.segment',
  tibia: 'site.segment',
  fibula: 'site.segment',
  radius: 'site.segment',
  ulna: 'site.segment',
  rib: 'site.number',
  skull: 'site',
  scapula: 'site',
  clavicle: 'site',
  sternum: 'site',
  other: 'site.description',
};

/** Sides that need no choice for a midline structure start as "midline". */
const MIDLINE_DEFAULT: readonly SkeletalRegion[] = ['spine', 'sacrum', 'skull', 'sternum'];

export function SiteFields({
  values,
  errors,
  onChange,
}: {
  values: LesionFormValues;
  errors: FieldErrors;
  onChange: (values: LesionFormValues) => void;
}) {
  const set = <K extends keyof LesionFormValues>(key: K, value: LesionFormValues[K]) =>
    onChange({ ...values, [key]: value });
  const siteError = errors.site ?? errors['site.region'];
  const region = values.region;
  const sides = lateralitiesFor(region);

  const detail = (() => {
    switch (region) {
      case 'spine':
        return (
          <NativeSelect
            label="Vertebral level"
            required
            data={[choose(), ...SPINAL_LEVELS.map((level) => ({ value: level, label: level }))]}
            value={values.level}
            onChange={(event) => set('level', event.currentTarget.value)}
            error={withLabel('Vertebral level', errors['site.level'])}
          />
        );
      case 'pelvis':
        return (
          <NativeSelect
            label="Part of the pelvis"
            required
            data={[choose(), ...PELVIC_PART_OPTIONS]}
            value={values.pelvicPart}
            onChange={(event) => set('pelvicPart', event.currentTarget.value)}
            error={withLabel('Part', errors['site.part'])}
          />
        );
      case 'femur':
        return (
          <NativeSelect
            label="Segment of the femur"
            required
            data={[choose(), ...FEMUR_SEGMENT_OPTIONS]}
            value={values.femurSegment}
            onChange={(event) => set('femurSegment', event.currentTarget.value)}
            error={withLabel('Segment', errors['site.segment'])}
          />
        );
      case 'humerus':
      case 'tibia':
      case 'fibula':
      case 'radius':
      case 'ulna':
        return (
          <NativeSelect
            label="Segment"
            required
            data={[choose(), ...LONG_BONE_SEGMENT_OPTIONS]}
            value={values.segment}
            onChange={(event) => set('segment', event.currentTarget.value)}
            error={withLabel('Segment', errors['site.segment'])}
          />
        );
      case 'rib':
        return (
          <NativeSelect
            label="Rib number"
            required
            data={[
              choose(),
              ...Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `Rib ${i + 1}` })),
            ]}
            value={values.ribNumber}
            onChange={(event) => set('ribNumber', event.currentTarget.value)}
            error={withLabel('Rib number', errors['site.number'])}
          />
        );
      case 'other':
        return (
          <TextInput
            label="Which bone"
            description="e.g. left patella, right fifth metatarsal"
            required
            maxLength={100}
            value={values.description}
            onChange={(event) => set('description', event.currentTarget.value)}
            error={withLabel('The bone', errors['site.description'])}
          />
        );
      default:
        return null;
    }
  })();

  return (
    <Fieldset legend="Site">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <NativeSelect
          label="Bone"
          required
          data={regionOptions}
          value={region}
          onChange={(event) => {
            const next = event.currentTarget.value;
            const nextRegion = isRegion(next) ? next : '';
            const allowed = lateralitiesFor(nextRegion);
            const side =
              values.laterality !== '' && allowed.includes(values.laterality)
                ? values.laterality
                : nextRegion !== '' && MIDLINE_DEFAULT.includes(nextRegion)
                  ? 'midline'
                  : '';
            onChange({ ...values, region: nextRegion, laterality: side });
          }}
          error={siteError ? withLabel('Site', siteError) : undefined}
        />
        {detail ?? <div />}
        <NativeSelect
          label="Side"
          required
          data={[choose(), ...sides.map((side) => ({ value: side, label: LATERALITY_LABELS[side] }))]}
          value={values.laterality}
          onChange={(event) => {
            const value = event.currentTarget.value;
            set('laterality', isLaterality(value) ? value : '');
          }}
          error={withLabel('Side', errors.laterality)}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
