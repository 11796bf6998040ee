import {
  ABLATION_MODALITIES,
  BONE_MODIFYING_AGENTS,
  FURTHER_IMAGING_MODALITIES,
  FURTHER_IMAGING_MODALITY_LABELS,
  RADIOPHARMACEUTICAL_AGENTS,
  RADIOPHARMACEUTICAL_LABELS,
  RADIOTHERAPY_REGIMENS,
  RADIOTHERAPY_TECHNIQUES,
  RADIOTHERAPY_TECHNIQUE_LABELS,
  RECOMMENDATION_KINDS,
  RECOMMENDATION_KIND_LABELS,
  SUPPORTIVE_CARE_FOCUSES,
  SURGICAL_FIXATIONS,
  SURGICAL_PROCEDURES,
  type SafetySeverity,
} from '@tumor-board/shared';

export interface Option {
  value: string;
  label: string;
}

const options = <V extends string>(values: readonly V[], labels: Readonly<Record<V, string>>): Option[] =>
  values.map((value) => ({ value, label: labels[value] }));

export const KIND_OPTIONS = options(RECOMMENDATION_KINDS, RECOMMENDATION_KIND_LABELS);
export const TECHNIQUE_OPTIONS = options(RADIOTHERAPY_TECHNIQUES, RADIOTHERAPY_TECHNIQUE_LABELS);

/** The catalogue as picker choices ("Conventional EBRT 8 Gy in 1 fraction"); free entry is the empty choice. */
export const REGIMEN_OPTIONS: Option[] = RADIOTHERAPY_REGIMENS.map((r) => ({
  value: r.code,
  label: `${RADIOTHERAPY_TECHNIQUE_LABELS[r.technique]} ${r.label}`,
}));

export const ABLATION_OPTIONS = options(ABLATION_MODALITIES, {
  radiofrequency: 'Radiofrequency ablation (RFA)',
  cryoablation: 'Cryoablation',
});
export const PROCEDURE_OPTIONS = options(SURGICAL_PROCEDURES, {
  stabilisation: 'Stabilisation',
  decompression: 'Decompression',
  resection_reconstruction: 'Resection and reconstruction',
});
export const FIXATION_OPTIONS = options(SURGICAL_FIXATIONS, {
  intramedullary_nail: 'Intramedullary nail',
  plate: 'Plate',
  rod_screw_fixation: 'Rod and screw fixation',
});
export const RECONSTRUCTION_OPTIONS: Option[] = [
  { value: '', label: 'Not specified' },
  { value: 'endoprosthesis', label: 'Endoprosthesis' },
  { value: 'other', label: 'Other (describe)' },
];
export const BMA_OPTIONS = options(BONE_MODIFYING_AGENTS, {
  zoledronic_acid: 'Zoledronic acid',
  denosumab: 'Denosumab',
});
export const RADIOPHARMACEUTICAL_OPTIONS = options(RADIOPHARMACEUTICAL_AGENTS, RADIOPHARMACEUTICAL_LABELS);
export const IMAGING_OPTIONS = options(FURTHER_IMAGING_MODALITIES, {
  ...FURTHER_IMAGING_MODALITY_LABELS,
  other: 'Other',
});
export const SUPPORTIVE_CARE_OPTIONS = options(SUPPORTIVE_CARE_FOCUSES, {
  pain: 'Pain management',
  physiotherapy: 'Physiotherapy',
  support_services: 'Support services',
  other: 'Other',
});

export const SEVERITY_COLORS: Readonly<Record<SafetySeverity, string>> = {
  info: 'blue',
  warning: 'yellow',
  contraindication: 'red',
};
export const SEVERITY_LABELS: Readonly<Record<SafetySeverity, string>> = {
  info: 'Check',
  warning: 'Warning',
  contraindication: 'Contraindication',
};
