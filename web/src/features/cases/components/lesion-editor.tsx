import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Fieldset,
  Group,
  Modal,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import {
  LESION_TYPES,
  LESION_TYPE_LABELS,
  formatSkeletalSite,
  isLongBone,
  isSpinal,
  isSpinalOrSacral,
  lesionCreateSchema,
  mirelsSiteFor,
} from '@tumor-board/shared';
import { ProblemAlert } from '../../../components/problem-alert';
import { apiFieldErrors, withLabel, zodFieldErrors, type FieldErrors } from '../../../lib/forms/field-errors';
import { useCreateLesion } from '../api/create-lesion';
import type { LesionView } from '../api/get-lesions';
import { currentLesionFromConflict, useUpdateLesion } from '../api/update-lesion';
import { focusFirstError } from './focus-first-error';
import { YesNoRadios } from './lesion-editor-inputs';
import {
  EMPTY_LESION_FORM,
  isLesionType,
  lesionFields,
  lesionFormValues,
  type LesionFormValues,
} from './lesion-form-values';
import { LiveScores, liveScores } from './lesion-live-scores';
import { MirelsFields } from './lesion-mirels-fields';
import { SiteFields, SITE_DETAIL_KEYS } from './lesion-site-fields';
import { SinsFields } from './lesion-sins-fields';

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
              <SinsFields level={site.level} values={values} errors={errors} typeLabel={typeLabel} set={set} />
            )}

            {longBone && <MirelsFields mirelsSite={mirelsSite} values={values} typeLabel={typeLabel} set={set} />}

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
