import { useState, type FormEvent, type ReactNode } from 'react';
import {
  Alert,
  Badge,
  Button,
  Fieldset,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import {
  LATERALITY_LABELS,
  LESION_TYPES,
  LESION_TYPE_LABELS,
  MIRELS_POINTS,
  SINS_POINTS,
  SKELETAL_REGIONS,
  SPINAL_LEVELS,
  computeLesionScores,
  formatSkeletalSite,
  isLongBone,
  isSpinal,
  isSpinalOrSacral,
  lesionCreateSchema,
  mirelsSiteFor,
  sinsLocationForLevel,
  type LesionScores,
  type SkeletalRegion,
  type SkeletalSite,
} from '@tumor-board/shared';
import { ProblemAlert } from '../../../components/problem-alert';
import { MIRELS_CATEGORY_LABELS, SINS_CATEGORY_LABELS } from '../../../components/skeleton';
import { apiFieldErrors, withLabel, zodFieldErrors, type FieldErrors } from '../../../lib/forms/field-errors';
import { useCreateLesion } from '../api/create-lesion';
import type { LesionView } from '../api/get-lesions';
import { currentLesionFromConflict, useUpdateLesion } from '../api/update-lesion';
import { focusFirstError } from './focus-first-error';
import {
  EMPTY_LESION_FORM,
  isBilskyGrade,
  isLaterality,
  isLesionType,
  isRegion,
  lateralitiesFor,
  lesionFields,
  lesionFormValues,
  siteOf,
  type LesionFormValues,
  type YesNo,
} from './lesion-form-values';
import {
  BILSKY_OPTIONS,
  FEMUR_SEGMENT_OPTIONS,
  LONG_BONE_SEGMENT_OPTIONS,
  MIRELS_OPTIONS,
  PELVIC_PART_OPTIONS,
  REGION_LABELS,
  SINS_LOCATION_LABELS,
  SINS_OPTIONS,
  missingList,
  type PointsOption,
} from './score-labels';

const choose = (label = 'Choose…') => ({ value: '', label });
const regionOptions = [choose(), ...SKELETAL_REGIONS.map((value) => ({ value, label: REGION_LABELS[value] }))];
const pointsWord = (points: number) => (points === 1 ? '1 point' : `${points} points`);

/** The error key of the field that completes each region's site (`site.level` for the spine…). */
const SITE_DETAIL_KEYS: Readonly<Record<SkeletalRegion, string>> = {
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

function PointsRadios({
  label,
  description,
  options,
  value,
  onChange,
  error,
}: {
  label: string;
  description?: string;
  options: readonly PointsOption[];
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  return (
    <Radio.Group label={label} description={description} value={value} onChange={onChange} error={error}>
      <Stack gap={6} mt="xs">
        {options.map((option) => (
          <Radio key={option.value} value={option.value} label={`${option.label} — ${pointsWord(option.points)}`} />
        ))}
      </Stack>
    </Radio.Group>
  );
}

function YesNoRadios({
  label,
  description,
  value,
  onChange,
}: {
  label: string;
  description?: string;
  value: YesNo;
  onChange: (value: YesNo) => void;
}) {
  return (
    <Radio.Group
      label={label}
      description={description}
      value={value === '' ? 'unknown' : value}
      onChange={(v) => onChange(v === 'yes' || v === 'no' ? v : '')}
    >
      <Group gap="md" mt="xs">
        <Radio value="yes" label="Yes" />
        <Radio value="no" label="No" />
        <Radio value="unknown" label="Not assessed" />
      </Group>
    </Radio.Group>
  );
}

/** The scores of the lesion being edited, recomputed on every change with shared's calculators. */
function liveScores(values: LesionFormValues): { site: SkeletalSite | undefined; scores: LesionScores | undefined } {
  const site = siteOf(values);
  if (!site) return { site, scores: undefined };
  try {
    return { site, scores: computeLesionScores(lesionFields(values, site)) };
  } catch {
    // A value the calculators refuse (cannot come from these inputs) shows as no score, not a crash.
    return { site, scores: undefined };
  }
}

function ScoreLine({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" fw={600}>
        {name}
      </Text>
      {children}
    </div>
  );
}

/** "SINS 13, unstable" for screen readers, said once the score changes. */
function scoresSentence(site: SkeletalSite | undefined, scores: LesionScores | undefined): string {
  if (!site || !scores) return 'Choose the site to see its scores.';
  const parts: string[] = [];
  const { sins, mirels, bilsky } = scores;
  if (sins.status === 'complete')
    parts.push(`SINS ${sins.result.total}, ${SINS_CATEGORY_LABELS[sins.result.category]}`);
  if (sins.status === 'incomplete') parts.push(`SINS incomplete, missing ${missingList(sins.missing)}`);
  if (mirels.status === 'complete')
    parts.push(`Mirels ${mirels.result.total}, ${MIRELS_CATEGORY_LABELS[mirels.result.category]}`);
  if (mirels.status === 'incomplete') parts.push(`Mirels incomplete, missing ${missingList(mirels.missing)}`);
  if (bilsky.status === 'complete') parts.push(`Bilsky grade ${bilsky.result.grade}`);
  return parts.length ? `${parts.join('. ')}.` : 'No score applies to this site.';
}

const SINS_COLORS = { stable: 'green', potentially_unstable: 'orange', unstable: 'red' } as const;
const MIRELS_COLORS = { low: 'green', borderline: 'orange', high: 'red' } as const;

function LiveScores({ site, scores }: { site: SkeletalSite | undefined; scores: LesionScores | undefined }) {
  return (
    <Paper withBorder p="md" bg="gray.0" className="lesion-editor-scores" data-testid="live-scores">
      <Title order={3} size="h5" mb="xs">
        Scores
      </Title>
      <Text size="xs" c="dimmed" mb="sm" className="lesion-editor-scores-extra">
        Computed as you choose, with the same tables the server uses.
      </Text>
      <VisuallyHidden aria-live="polite" aria-atomic="true">
        {scoresSentence(site, scores)}
      </VisuallyHidden>
      {!site || !scores ? (
        <Text size="sm">Choose the bone and its part to see which scores apply.</Text>
      ) : (
        <Stack gap="md">
          <Text size="sm" fw={500}>
            {formatSkeletalSite(site)}
          </Text>
          {scores.sins.status !== 'not_applicable' && (
            <ScoreLine name="SINS">
              {scores.sins.status === 'complete' ? (
                <Group gap="sm" align="center" data-testid="live-sins">
                  <Text fz={32} fw={700} lh={1}>
                    {scores.sins.result.total}
                  </Text>
                  <Badge
                    color={SINS_COLORS[scores.sins.result.category]}
                    size="lg"
                    radius="sm"
                    tt="none"
                    variant="light"
                  >
                    {SINS_CATEGORY_LABELS[scores.sins.result.category]}
                  </Badge>
                </Group>
              ) : (
                <Text size="sm" c="dimmed" data-testid="live-sins">
                  Incomplete: missing {missingList(scores.sins.missing)}
                </Text>
              )}
            </ScoreLine>
          )}
          {scores.mirels.status !== 'not_applicable' && (
            <ScoreLine name="Mirels">
              {scores.mirels.status === 'complete' ? (
                <Group gap="sm" align="center" data-testid="live-mirels">
                  <Text fz={32} fw={700} lh={1}>
                    {scores.mirels.result.total}
                  </Text>
                  <Badge
                    color={MIRELS_COLORS[scores.mirels.result.category]}
                    size="lg"
                    radius="sm"
                    tt="none"
                    variant="light"
                  >
                    {MIRELS_CATEGORY_LABELS[scores.mirels.result.category]}
                  </Badge>
                </Group>
              ) : (
                <Text size="sm" c="dimmed" data-testid="live-mirels">
                  Incomplete: missing {missingList(scores.mirels.missing)}
                </Text>
              )}
            </ScoreLine>
          )}
          {isLongBone(site) && scores.mirels.status === 'not_applicable' && (
            <ScoreLine name="Mirels">
              <Text size="sm" c="dimmed">
                Not applicable: {scores.mirels.reason}.
              </Text>
            </ScoreLine>
          )}
          {scores.bilsky.status !== 'not_applicable' && (
            <ScoreLine name="Bilsky ESCC">
              {scores.bilsky.status === 'complete' ? (
                <Badge
                  color={scores.bilsky.result.highGrade ? 'red' : 'teal'}
                  size="lg"
                  radius="sm"
                  tt="none"
                  variant="light"
                >
                  {`Grade ${scores.bilsky.result.grade} · ${scores.bilsky.result.highGrade ? 'high grade' : 'low grade'}`}
                </Badge>
              ) : (
                <Text size="sm" c="dimmed">
                  Not graded yet
                </Text>
              )}
            </ScoreLine>
          )}
          {scores.sins.status === 'not_applicable' && scores.mirels.status === 'not_applicable' && (
            <Text size="sm" c="dimmed">
              No stability score applies to this site.
            </Text>
          )}
          {scores.sins.status === 'complete' && (
            <Text size="xs" c="dimmed" className="lesion-editor-scores-extra">
              {scores.sins.result.interpretation}
            </Text>
          )}
          {scores.mirels.status === 'complete' && (
            <Text size="xs" c="dimmed" className="lesion-editor-scores-extra">
              {scores.mirels.result.interpretation}
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  );
}

function SiteFields({
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

export interface LesionEditorProps {
  caseId: string;
  /** The lesion to edit; absent to add one. */
  lesion?: LesionView;
  onClose: () => void;
}

/**
 * Adds or edits one lesion: a structured site picker (bone → level / segment / part / rib), side,
 * type, size, fracture and epidural extension, then the score inputs that apply to the site — SINS
 * for a vertebral level, Mirels for a long bone, Bilsky for the spine — with the scores updating as
 * the inputs are chosen.
 */
export function LesionEditor({ caseId, lesion, onClose }: LesionEditorProps) {
  const create = useCreateLesion();
  const update = useUpdateLesion();
  const [values, setValues] = useState<LesionFormValues>(() => (lesion ? lesionFormValues(lesion) : EMPTY_LESION_FORM));
  const [version, setVersion] = useState(lesion?.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = lesion ? update : create;
  const set = <K extends keyof LesionFormValues>(key: K, value: LesionFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const { site, scores } = liveScores(values);
  const spinal = site !== undefined && isSpinal(site);
  const longBone = site !== undefined && isLongBone(site);
  const mirelsSite = site ? mirelsSiteFor(site) : undefined;
  const conflict = lesion ? currentLesionFromConflict(update.error) : null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!site) {
      // The bone is chosen but not its part: the message goes beside the part's field.
      const detailKey = values.region === '' ? 'site' : SITE_DETAIL_KEYS[values.region];
      setErrors({
        [detailKey]: values.region === '' ? 'is required: choose the bone' : 'is required',
        ...(values.laterality === '' ? { laterality: 'is required' } : {}),
      });
      focusFirstError(event.currentTarget);
      return;
    }
    const parsed = lesionCreateSchema.safeParse({
      ...lesionFields(values, site),
      laterality: values.laterality || undefined,
    });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      focusFirstError(event.currentTarget);
      return;
    }
    setErrors({});
    const onError = (error: unknown) => setErrors(apiFieldErrors(error));
    if (lesion && version !== undefined) {
      update.mutate({ caseId, id: lesion.id, changes: { ...parsed.data, version } }, { onSuccess: onClose, onError });
    } else {
      create.mutate({ caseId, lesion: parsed.data }, { onSuccess: onClose, onError });
    }
  };

  const title = lesion ? `Edit lesion: ${formatSkeletalSite(lesion.site, lesion.laterality)}` : 'Add a lesion';
  const typeLabel = values.type === '' ? undefined : LESION_TYPE_LABELS[values.type];

  return (
    <Modal opened onClose={onClose} title={title} size={1040} padding="lg" closeOnClickOutside={false}>
      <form onSubmit={onSubmit} noValidate aria-label={title}>
        <div className="lesion-editor">
          <Stack gap="md">
            {conflict && (
              <Alert color="orange" variant="light" title="Someone else changed this lesion" role="alert">
                <Stack gap="xs" align="flex-start">
                  <Text size="sm">Your changes were not saved. Load their version, then make your changes again.</Text>
                  <Button
                    size="xs"
                    onClick={() => {
                      setValues(lesionFormValues(conflict));
                      setVersion(conflict.version);
                      update.reset();
                    }}
                  >
                    Load their version
                  </Button>
                </Stack>
              </Alert>
            )}
            {mutation.isError && !conflict && Object.keys(apiFieldErrors(mutation.error)).length === 0 && (
              <ProblemAlert title="Could not save the lesion" error={mutation.error} />
            )}
            {Object.keys(errors).length > 0 && (
              <Alert color="red" variant="light" role="alert" title="Check the lesion">
                {Object.keys(errors).length === 1
                  ? 'One field needs attention.'
                  : `${Object.keys(errors).length} fields need attention.`}
              </Alert>
            )}

            <SiteFields values={values} errors={errors} onChange={setValues} />

            <Fieldset legend="Lesion">
              <Stack gap="md">
                <Radio.Group
                  label="Lesion type"
                  description="Feeds both SINS and Mirels."
                  value={values.type === '' ? 'unknown' : values.type}
                  onChange={(v) => set('type', isLesionType(v) ? v : '')}
                  error={withLabel('Lesion type', errors.type)}
                >
                  <Group gap="md" mt="xs">
                    {LESION_TYPES.map((type) => (
                      <Radio key={type} value={type} label={LESION_TYPE_LABELS[type]} />
                    ))}
                    <Radio value="unknown" label="Not known yet" />
                  </Group>
                </Radio.Group>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                  <TextInput
                    label="Size (mm)"
                    description="Greatest dimension on imaging"
                    type="number"
                    inputMode="decimal"
                    min={1}
                    max={500}
                    value={values.sizeMm}
                    onChange={(event) => set('sizeMm', event.currentTarget.value)}
                    error={withLabel('Size', errors.sizeMm)}
                  />
                </SimpleGrid>
                <YesNoRadios
                  label="Pathological fracture present"
                  value={values.fracture}
                  onChange={(v) => set('fracture', v)}
                />
                {site && isSpinalOrSacral(site) && (
                  <YesNoRadios
                    label="Epidural extension"
                    description="Tumour extends into the epidural space."
                    value={values.epidural}
                    onChange={(v) => set('epidural', v)}
                  />
                )}
              </Stack>
            </Fieldset>

            {spinal && site.region === 'spine' && (
              <Fieldset legend="SINS (spinal instability)">
                <Stack gap="md">
                  <Text size="sm">
                    Location: {site.level} is {SINS_LOCATION_LABELS[sinsLocationForLevel(site.level)].toLowerCase()} —{' '}
                    {pointsWord(SINS_POINTS.location[sinsLocationForLevel(site.level)])}. Bone lesion:{' '}
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
            )}

            {longBone && (
              <Fieldset legend="Mirels (fracture risk)">
                <Stack gap="md">
                  <Text size="sm">
                    Site:{' '}
                    {mirelsSite === 'upper_limb'
                      ? 'upper limb'
                      : mirelsSite === 'lower_limb'
                        ? 'lower limb'
                        : 'peritrochanteric'}{' '}
                    — {mirelsSite ? pointsWord(MIRELS_POINTS.site[mirelsSite]) : ''}. Lesion:{' '}
                    {typeLabel
                      ? `${typeLabel} — ${pointsWord(MIRELS_POINTS.lesion[values.type as keyof typeof MIRELS_POINTS.lesion])}`
                      : 'choose the lesion type above'}
                    .
                  </Text>
                  {values.fracture === 'yes' && (
                    <Text size="sm" c="orange.9">
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
            )}

            <Textarea
              label="Notes"
              autosize
              minRows={2}
              maxLength={2000}
              value={values.notes}
              onChange={(event) => set('notes', event.currentTarget.value)}
              error={withLabel('Notes', errors.notes)}
            />
          </Stack>

          <LiveScores site={site} scores={scores} />
        </div>

        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            Save lesion
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
