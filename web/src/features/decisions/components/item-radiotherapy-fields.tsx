import { NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { findRegimenByCode, type RadiotherapyRegimenCode } from '@tumor-board/shared';
import { withMatchedRegimen, type ItemFields } from '../lib/item-fields';
import { REGIMEN_OPTIONS, TECHNIQUE_OPTIONS } from '../lib/item-options';
import { num, str, toNum, type KindFieldsProps } from './item-field-helpers';

export function RadiotherapyFields({ f, set, error }: KindFieldsProps) {
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
