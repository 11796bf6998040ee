import { MIRELS_POINTS, NOMS_NEUROLOGY, NOMS_PRIMARIES, SINS_POINTS } from '../scores/index.js';
import {
  CASE_STATUSES,
  CASE_STATUS_LABELS,
  EXTRASKELETAL_SITES,
  EXTRASKELETAL_SITE_LABELS,
  GOALS_OF_CARE,
  GOAL_OF_CARE_LABELS,
  IMAGING_MODALITIES,
  IMAGING_MODALITY_LABELS,
  LATERALITIES,
  LATERALITY_LABELS,
  LESION_TYPES,
  LESION_TYPE_LABELS,
  NEUROLOGIC_STATUSES,
  NEUROLOGIC_STATUS_LABELS,
  PRIMARY_CANCERS,
  PRIMARY_CANCER_LABELS,
  SEXES,
  SEX_LABELS,
  URGENCIES,
  URGENCY_LABELS,
  isVisceralSite,
} from './vocab.js';

describe('vocabularies', () => {
  it('lists the primary cancers of DESIGN §3, the same set NOMS knows', () => {
    expect([...PRIMARY_CANCERS]).toEqual([
      'breast',
      'prostate',
      'lung',
      'kidney',
      'thyroid',
      'melanoma',
      'myeloma',
      'other',
    ]);
    expect([...PRIMARY_CANCERS].sort()).toEqual([...NOMS_PRIMARIES].sort());
  });

  it('uses the NOMS neurology codes and the SINS/Mirels lesion codes', () => {
    expect([...NEUROLOGIC_STATUSES]).toEqual([...NOMS_NEUROLOGY]);
    expect([...LESION_TYPES].sort()).toEqual(Object.keys(SINS_POINTS.lesion).sort());
    expect([...LESION_TYPES].sort()).toEqual(Object.keys(MIRELS_POINTS.lesion).sort());
  });

  it('orders the case workflow from draft to closed, then withdrawn', () => {
    expect([...CASE_STATUSES]).toEqual([
      'draft',
      'submitted',
      'ready',
      'scheduled',
      'discussed',
      'decided',
      'closed',
      'withdrawn',
    ]);
  });

  it('says what an emergency is', () => {
    expect([...URGENCIES]).toEqual(['routine', 'urgent', 'emergency']);
    expect(URGENCY_LABELS.emergency).toMatch(/cord compression/);
  });

  it.each([
    ['primary cancers', PRIMARY_CANCERS, PRIMARY_CANCER_LABELS],
    ['urgencies', URGENCIES, URGENCY_LABELS],
    ['case statuses', CASE_STATUSES, CASE_STATUS_LABELS],
    ['neurology', NEUROLOGIC_STATUSES, NEUROLOGIC_STATUS_LABELS],
    ['modalities', IMAGING_MODALITIES, IMAGING_MODALITY_LABELS],
    ['lesion types', LESION_TYPES, LESION_TYPE_LABELS],
    ['lateralities', LATERALITIES, LATERALITY_LABELS],
    ['sexes', SEXES, SEX_LABELS],
    ['goals of care', GOALS_OF_CARE, GOAL_OF_CARE_LABELS],
    ['extraskeletal sites', EXTRASKELETAL_SITES, EXTRASKELETAL_SITE_LABELS],
  ] as const)('labels every code of %s, and nothing else', (_name, codes, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...codes].sort());
    for (const label of Object.values(labels)) expect(label.length).toBeGreaterThan(1);
  });

  it('tells visceral sites from nodal and soft-tissue ones', () => {
    expect(isVisceralSite('liver')).toBe(true);
    expect(isVisceralSite('brain')).toBe(true);
    expect(isVisceralSite('lymph_nodes')).toBe(false);
    expect(isVisceralSite('soft_tissue')).toBe(false);
  });
});
