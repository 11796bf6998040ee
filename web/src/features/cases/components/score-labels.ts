import {
  BILSKY_GRADES,
  BILSKY_TABLE,
  FEMUR_SEGMENTS,
  LONG_BONE_SEGMENTS,
  MIRELS_POINTS,
  PELVIC_PARTS,
  SINS_POINTS,
  type FemurSegment,
  type LongBoneSegment,
  type PelvicPart,
  type SinsLocation,
  type SkeletalRegion,
} from '@tumor-board/shared';

/*
 * Wording of the lesion editor's choices. Points always come from shared's published tables
 * (SINS_POINTS, MIRELS_POINTS), so the editor can never disagree with the server's scores.
 */

export interface PointsOption {
  value: string;
  label: string;
  points: number;
}

function options<K extends string>(table: Readonly<Record<K, number>>, labels: Readonly<Record<K, string>>) {
  return (Object.keys(table) as K[]).map((value): PointsOption => ({
    value,
    label: labels[value],
    points: table[value],
  }));
}

export const SINS_OPTIONS = {
  pain: options(SINS_POINTS.pain, {
    mechanical: 'Mechanical pain (relief lying down, pain on movement or loading)',
    non_mechanical: 'Occasional pain, not mechanical',
    pain_free: 'Pain-free lesion',
  }),
  alignment: options(SINS_POINTS.alignment, {
    subluxation_translation: 'Subluxation or translation present',
    de_novo_deformity: 'De novo deformity (kyphosis or scoliosis)',
    normal: 'Normal alignment',
  }),
  collapse: options(SINS_POINTS.collapse, {
    over_50: 'More than 50 % collapse',
    under_50: 'Less than 50 % collapse',
    none_with_over_50_involved: 'No collapse, more than 50 % of the body involved',
    none: 'None of the above',
  }),
  posterolateral: options(SINS_POINTS.posterolateral, {
    bilateral: 'Bilateral',
    unilateral: 'Unilateral',
    none: 'None',
  }),
} as const;

export const MIRELS_OPTIONS = {
  pain: options(MIRELS_POINTS.pain, {
    mild: 'Mild',
    moderate: 'Moderate',
    functional: 'Functional (pain on use or weight bearing)',
  }),
  size: options(MIRELS_POINTS.size, {
    under_one_third: 'Less than one third of the diameter',
    one_third_to_two_thirds: 'One third to two thirds',
    over_two_thirds: 'More than two thirds',
  }),
} as const;

export const SINS_LOCATION_LABELS: Readonly<Record<SinsLocation, string>> = {
  junctional: 'Junctional',
  mobile: 'Mobile spine',
  semi_rigid: 'Semi-rigid',
  rigid: 'Rigid',
};

export const BILSKY_OPTIONS = BILSKY_GRADES.map((grade) => ({
  value: grade,
  label: `${grade}: ${BILSKY_TABLE[grade].definition}`,
}));

/** What a missing score input is called on screen ("missing: pain, alignment"). */
export const MISSING_LABELS: Readonly<Record<string, string>> = {
  pain: 'pain',
  lesion: 'lesion type',
  alignment: 'alignment',
  collapse: 'collapse',
  posterolateral: 'posterolateral involvement',
  size: 'size',
  grade: 'grade',
};

export const missingList = (missing: readonly string[]): string =>
  missing.map((name) => MISSING_LABELS[name] ?? name).join(', ');

export const REGION_LABELS: Readonly<Record<SkeletalRegion, string>> = {
  spine: 'Spine (C1–S5)',
  sacrum: 'Sacrum (several levels)',
  pelvis: 'Pelvis',
  femur: 'Femur',
  humerus: 'Humerus',
  tibia: 'Tibia',
  fibula: 'Fibula',
  radius: 'Radius',
  ulna: 'Ulna',
  rib: 'Rib',
  skull: 'Skull',
  scapula: 'Scapula',
  clavicle: 'Clavicle',
  sternum: 'Sternum',
  other: 'Other (describe)',
};

export const PELVIC_PART_OPTIONS = PELVIC_PARTS.map((value) => ({
  value,
  label: (
    { ilium: 'Ilium', ischium: 'Ischium', pubis: 'Pubis', acetabulum: 'Acetabulum' } as Record<PelvicPart, string>
  )[value],
}));

export const FEMUR_SEGMENT_OPTIONS = FEMUR_SEGMENTS.map((value) => ({
  value,
  label: (
    {
      head_neck: 'Proximal: head and neck',
      trochanteric: 'Proximal: trochanteric region',
      subtrochanteric: 'Proximal: subtrochanteric',
      shaft: 'Shaft',
      distal: 'Distal',
    } as Record<FemurSegment, string>
  )[value],
}));

export const LONG_BONE_SEGMENT_OPTIONS = LONG_BONE_SEGMENTS.map((value) => ({
  value,
  label: ({ proximal: 'Proximal', shaft: 'Shaft', distal: 'Distal' } as Record<LongBoneSegment, string>)[value],
}));
