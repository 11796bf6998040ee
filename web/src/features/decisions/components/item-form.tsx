import { useMemo, useState } from 'react';
import {
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import {
  RECOMMENDATION_KINDS,
  checkRecommendationItem,
  describeRecommendationItem,
  findRegimenByCode,
  formatSkeletalSite,
  type RadiotherapyRegimenCode,
  type RecommendationItem,
} from '@tumor-board/shared';
import type { BoardLesion } from '../api/get-lesions';
import { parseFields, withMatchedRegimen, type ItemFields } from '../lib/item-fields';
import {
  ABLATION_OPTIONS,
  BMA_OPTIONS,
  FIXATION_OPTIONS,
  IMAGING_OPTIONS,
  KIND_OPTIONS,
  PROCEDURE_OPTIONS,
  RADIOPHARMACEUTICAL_OPTIONS,
  RECONSTRUCTION_OPTIONS,
  REGIMEN_OPTIONS,
  SUPPORTIVE_CARE_OPTIONS,
  TECHNIQUE_OPTIONS,
} from '../lib/item-options';
import { WarningList } from './warning-list';

type Patch = (changes: ItemFields) => void;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number | string => (typeof v === 'number' ? v : '');
const toNum = (v: number | string): number | null => (typeof v === 'number' ? v : null);

/** Yes / No / Not recorded: eligibility and review inputs, where "unknown" is a real answer. */
function TriState({
  label,
  value,
  onChange,
}: {
  label: string;
  value: unknown;
  onChange: (v: boolean | null) => void;
}) {
  const current = value === true ? 'yes' : value === false ? 'no' : 'unknown';
  return (
    <Radio.Group
      label={label}
      value={current}
      onChange={(v) => onChange(v === 'yes' ? true : v === 'no' ? false : null)}
    >
      <Group gap="md" mt={4}>
        <Radio value="yes" label="Yes" />
        <Radio value="no" label="No" />
        <Radio value="unknown" label="Not recorded" />
      </Group>
    </Radio.Group>
  );
}

function KindFields({ f, set, error }: { f: ItemFields; set: Patch; error: (path: string) => string | undefined }) {
  switch (f.kind) {
    case 'radiotherapy': {
      const setDose = (changes: ItemFields) => set(withMatchedRegimen({ ...f, ...changes }));
      return (
        <>
          <Select
            label="Regimen"
            description="Pick from the catalogue, or leave on free entry and type the prescription"
            data={[{ value: '', label: 'Free entry' }, ...REGIMEN_OPTIONS]}
            value={str(f.regimenCode)}
            allowDeselect={false}
            onChange={(code) => {
              if (!code) return set({ regimenCode: null });
              const r = findRegimenByCode(code as RadiotherapyRegimenCode);
              set({ regimenCode: r.code, technique: r.technique, totalDoseGy: r.totalDoseGy, fractions: r.fractions });
            }}
          />
          <Select
            label="Technique"
            data={TECHNIQUE_OPTIONS}
            value={str(f.technique) || null}
            onChange={(v) => setDose({ technique: v })}
            error={error('technique')}
            required
          />
          <SimpleGrid cols={2}>
            <NumberInput
              label="Total dose (Gy)"
              value={num(f.totalDoseGy)}
              onChange={(v) => setDose({ totalDoseGy: toNum(v) })}
              min={0}
              max={80}
              decimalScale={2}
              error={error('totalDoseGy')}
              required
            />
            <NumberInput
              label="Fractions"
              value={num(f.fractions)}
              onChange={(v) => setDose({ fractions: toNum(v) })}
              min={1}
              max={40}
              allowDecimal={false}
              error={error('fractions')}
              required
            />
          </SimpleGrid>
          <TextInput
            label="Target"
            description='e.g. "T12" or "left proximal femur"'
            value={str(f.target)}
            onChange={(e) => set({ target: e.currentTarget.value })}
            error={error('target') ?? error('regimenCode')}
            required
          />
        </>
      );
    }
    case 'ablation':
      return (
        <>
          <Select
            label="Modality"
            data={ABLATION_OPTIONS}
            value={str(f.modality) || null}
            onChange={(v) => set({ modality: v })}
            error={error('modality')}
            required
          />
          <Checkbox
            label="With cementoplasty"
            checked={f.cementoplasty === true}
            onChange={(e) => set({ cementoplasty: e.currentTarget.checked })}
          />
        </>
      );
    case 'surgery':
      return (
        <>
          <Select
            label="Procedure"
            data={PROCEDURE_OPTIONS}
            value={str(f.procedure) || null}
            onChange={(v) => set({ procedure: v })}
            error={error('procedure')}
            required
          />
          {f.procedure === 'stabilisation' && (
            <Select
              label="Fixation"
              data={FIXATION_OPTIONS}
              value={str(f.fixation) || null}
              onChange={(v) => set({ fixation: v })}
              error={error('fixation')}
              required
            />
          )}
          {f.procedure === 'resection_reconstruction' && (
            <>
              <Select
                label="Reconstruction"
                data={RECONSTRUCTION_OPTIONS}
                value={str(f.reconstructionType)}
                allowDeselect={false}
                onChange={(v) => set({ reconstructionType: v ?? '' })}
              />
              {f.reconstructionType === 'other' && (
                <TextInput
                  label="Reconstruction, described"
                  value={str(f.reconstructionDescription)}
                  onChange={(e) => set({ reconstructionDescription: e.currentTarget.value })}
                  error={error('reconstruction.description')}
                  required
                />
              )}
            </>
          )}
        </>
      );
    case 'bone_modifying_agent':
      return (
        <>
          <Select
            label="Agent"
            data={BMA_OPTIONS}
            value={str(f.agent) || null}
            onChange={(v) => set({ agent: v })}
            error={error('agent')}
            required
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label="Creatinine clearance (mL/min)"
              description="Cockcroft-Gault; empty = use the case's latest value"
              value={num(f.creatinineClearanceMlMin)}
              onChange={(v) => set({ creatinineClearanceMlMin: toNum(v) })}
              min={0}
              max={300}
              error={error('creatinineClearanceMlMin')}
            />
            <NumberInput
              label="Corrected calcium (mmol/L)"
              description="Albumin-corrected; empty = use the case's latest value"
              value={num(f.correctedCalciumMmolL)}
              onChange={(v) => set({ correctedCalciumMmolL: toNum(v) })}
              min={0.5}
              max={5}
              decimalScale={2}
              step={0.01}
              error={error('correctedCalciumMmolL')}
            />
          </SimpleGrid>
          <TriState
            label="Dental review done"
            value={f.dentalReviewDone}
            onChange={(v) => set({ dentalReviewDone: v })}
          />
        </>
      );
    case 'radiopharmaceutical':
      return (
        <>
          <Select
            label="Agent"
            data={RADIOPHARMACEUTICAL_OPTIONS}
            value={str(f.agent) || null}
            onChange={(v) => set({ agent: v })}
            error={error('agent')}
            required
          />
          {f.agent === 'radium_223' && (
            <>
              <TriState
                label="Castration-resistant prostate cancer"
                value={f.castrationResistantProstate}
                onChange={(v) => set({ castrationResistantProstate: v })}
              />
              <TriState
                label="Symptomatic bone metastases"
                value={f.symptomaticBoneMetastases}
                onChange={(v) => set({ symptomaticBoneMetastases: v })}
              />
              <TriState
                label="Known visceral metastases"
                value={f.knownVisceralMetastases}
                onChange={(v) => set({ knownVisceralMetastases: v })}
              />
            </>
          )}
          {f.agent === 'lutetium_177_psma' && (
            <TriState
              label="PSMA PET positive"
              value={f.psmaPetPositive}
              onChange={(v) => set({ psmaPetPositive: v })}
            />
          )}
        </>
      );
    case 'systemic_therapy_change':
      return (
        <Textarea
          label="Suggestion to the referring oncologist"
          autosize
          minRows={2}
          value={str(f.suggestion)}
          onChange={(e) => set({ suggestion: e.currentTarget.value })}
          error={error('suggestion')}
          required
        />
      );
    case 'further_imaging':
      return (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Modality"
            data={IMAGING_OPTIONS}
            value={str(f.modality) || null}
            onChange={(v) => set({ modality: v })}
            error={error('modality')}
            required
          />
          <TextInput
            label="Region"
            value={str(f.region)}
            onChange={(e) => set({ region: e.currentTarget.value })}
            error={error('region')}
            required
          />
        </SimpleGrid>
      );
    case 'biopsy':
      return (
        <TextInput
          label="Site"
          value={str(f.site)}
          onChange={(e) => set({ site: e.currentTarget.value })}
          error={error('site')}
          required
        />
      );
    case 'supportive_care':
      return (
        <>
          <Select
            label="Focus"
            data={SUPPORTIVE_CARE_OPTIONS}
            value={str(f.focus) || null}
            onChange={(v) => set({ focus: v })}
            error={error('focus')}
            required
          />
          <Textarea
            label="Details"
            autosize
            minRows={2}
            value={str(f.text)}
            onChange={(e) => set({ text: e.currentTarget.value })}
            error={error('text')}
            required
          />
        </>
      );
    default:
      return (
        <Textarea
          label="Recommendation"
          autosize
          minRows={2}
          value={str(f.text)}
          onChange={(e) => set({ text: e.currentTarget.value })}
          error={error('text')}
          required
        />
      );
  }
}

export interface ItemFormProps {
  initial: ItemFields;
  lesions: readonly BoardLesion[];
  submitLabel: string;
  onSubmit: (item: RecommendationItem) => void;
  onCancel: () => void;
}

/**
 * One structured item, its fields chosen by kind. The safety checks run on every change and are
 * shown under the form; they never stop the item being added.
 */
export function ItemForm({ initial, lesions, submitLabel, onSubmit, onCancel }: ItemFormProps) {
  const [fields, setFields] = useState<ItemFields>(initial);
  const [tried, setTried] = useState(false);
  const set: Patch = (changes) => setFields((f) => ({ ...f, ...changes }));
  const parsed = useMemo(() => parseFields(fields), [fields]);
  const warnings = useMemo(() => (parsed.item ? checkRecommendationItem(parsed.item) : []), [parsed]);
  const error = (path: string) => (tried ? parsed.errors.find((e) => e.path === path)?.message : undefined);
  const lesionOptions = lesions.map((l) => ({ value: l.id, label: formatSkeletalSite(l.site, l.laterality) }));
  const otherErrors = tried
    ? parsed.errors.filter((e) => !['rationale', 'lesionIds'].includes(e.path) && e.path.includes('('))
    : [];

  return (
    <Stack
      gap="sm"
      component="form"
      aria-label="Recommendation item"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (parsed.item) onSubmit(parsed.item);
      }}
    >
      <Select
        label="Kind"
        data={KIND_OPTIONS}
        value={str(fields.kind)}
        allowDeselect={false}
        onChange={(v) => {
          if (v && (RECOMMENDATION_KINDS as readonly string[]).includes(v)) set({ kind: v });
        }}
      />
      <KindFields f={fields} set={set} error={error} />
      {lesionOptions.length > 0 && (
        <MultiSelect
          label="Lesions"
          placeholder="Pick the lesions this applies to (optional)"
          data={lesionOptions}
          value={Array.isArray(fields.lesionIds) ? (fields.lesionIds as string[]) : []}
          onChange={(v) => set({ lesionIds: v })}
          error={error('lesionIds')}
          clearable
        />
      )}
      <Textarea
        label="Rationale"
        autosize
        minRows={2}
        value={str(fields.rationale)}
        onChange={(e) => set({ rationale: e.currentTarget.value })}
        error={error('rationale')}
      />
      {otherErrors.map((e) => (
        <Text key={e.path} c="red.8" size="sm">
          {e.message}
        </Text>
      ))}
      {parsed.item && (
        <Text size="sm" fw={500} data-testid="item-preview">
          {describeRecommendationItem(parsed.item)}
        </Text>
      )}
      <WarningList warnings={warnings} live />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit">{submitLabel}</Button>
      </Group>
    </Stack>
  );
}
