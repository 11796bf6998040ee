import { NumberInput, Select, SimpleGrid } from '@mantine/core';
import { BMA_OPTIONS, RADIOPHARMACEUTICAL_OPTIONS } from '../lib/item-options';
import { num, str, toNum, type KindFieldsProps } from './item-field-helpers';
import { TriState } from './tri-state';

export function BoneModifyingAgentFields({ f, set, error }: KindFieldsProps) {
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
      <TriState label="Dental review done" value={f.dentalReviewDone} onChange={(v) => set({ dentalReviewDone: v })} />
    </>
  );
}

export function RadiopharmaceuticalFields({ f, set, error }: KindFieldsProps) {
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
        <TriState label="PSMA PET positive" value={f.psmaPetPositive} onChange={(v) => set({ psmaPetPositive: v })} />
      )}
    </>
  );
}
