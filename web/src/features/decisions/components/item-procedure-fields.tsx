import { Checkbox, Select, TextInput } from '@mantine/core';
import { ABLATION_OPTIONS, FIXATION_OPTIONS, PROCEDURE_OPTIONS, RECONSTRUCTION_OPTIONS } from '../lib/item-options';
import { str, type KindFieldsProps } from './item-field-helpers';

export function AblationFields({ f, set, error }: KindFieldsProps) {
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
}

export function SurgeryFields({ f, set, error }: KindFieldsProps) {
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
}
