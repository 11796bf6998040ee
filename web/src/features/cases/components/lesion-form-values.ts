import {
  BILSKY_GRADES,
  FEMUR_SEGMENTS,
  LATERALITIES,
  LESION_TYPES,
  LONG_BONE_SEGMENTS,
  MIRELS_POINTS,
  PELVIC_PARTS,
  SINS_POINTS,
  SKELETAL_REGIONS,
  SPINAL_LEVELS,
  isLongBone,
  isSpinal,
  isSpinalOrSacral,
  type BilskyGrade,
  type Laterality,
  type Lesion,
  type LesionCreate,
  type LesionType,
  type SkeletalRegion,
  type SkeletalSite,
} from '@tumor-board/shared';

/*
 * The lesion editor's state as its inputs hold it ('' = not chosen), and the conversions to and from
 * the API's lesion. Inputs that do not apply to the chosen site (SINS away from the spine, Mirels
 * away from a long bone) stay in the form while the user explores, but are sent as null, so the
 * stored lesion never carries inputs its site contradicts.
 */

export type YesNo = 'yes' | 'no' | '';

export interface LesionFormValues {
  region: SkeletalRegion | '';
  level: string;
  pelvicPart: string;
  femurSegment: string;
  segment: string;
  ribNumber: string;
  description: string;
  laterality: Laterality | '';
  type: LesionType | '';
  sizeMm: string;
  fracture: YesNo;
  epidural: YesNo;
  sinsPain: string;
  sinsAlignment: string;
  sinsCollapse: string;
  sinsPosterolateral: string;
  mirelsPain: string;
  mirelsSize: string;
  bilskyGrade: BilskyGrade | '';
  notes: string;
}

export const EMPTY_LESION_FORM: LesionFormValues = {
  region: '',
  level: '',
  pelvicPart: '',
  femurSegment: '',
  segment: '',
  ribNumber: '',
  description: '',
  laterality: '',
  type: '',
  sizeMm: '',
  fracture: '',
  epidural: '',
  sinsPain: '',
  sinsAlignment: '',
  sinsCollapse: '',
  sinsPosterolateral: '',
  mirelsPain: '',
  mirelsSize: '',
  bilskyGrade: '',
  notes: '',
};

const has = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);
const keyOf = <T extends Record<string, number>>(table: T, value: string): keyof T | undefined =>
  value in table ? value : undefined;

/** The structured site the form describes, or undefined while a part of it is missing. */
export function siteOf(values: LesionFormValues): SkeletalSite | undefined {
  switch (values.region) {
    case 'spine':
      return has(SPINAL_LEVELS, values.level) ? { region: 'spine', level: values.level } : undefined;
    case 'pelvis':
      return has(PELVIC_PARTS, values.pelvicPart) ? { region: 'pelvis', part: values.pelvicPart } : undefined;
    case 'femur':
      return has(FEMUR_SEGMENTS, values.femurSegment) ? { region: 'femur', segment: values.femurSegment } : undefined;
    case 'humerus':
    case 'tibia':
    case 'fibula':
    case 'radius':
    case 'ulna':
      return has(LONG_BONE_SEGMENTS, values.segment) ? { region: values.region, segment: values.segment } : undefined;
    case 'rib': {
      const n = Number(values.ribNumber);
      return Number.isInteger(n) && n >= 1 && n <= 12 ? { region: 'rib', number: n } : undefined;
    }
    case 'other':
      return values.description.trim() ? { region: 'other', description: values.description.trim() } : undefined;
    case 'sacrum':
    case 'skull':
    case 'scapula':
    case 'clavicle':
    case 'sternum':
      return { region: values.region };
    case '':
      return undefined;
  }
}

/** Bones that come in pairs take left or right only; midline structures take any side. */
export const PAIRED_REGIONS: readonly SkeletalRegion[] = [
  'pelvis',
  'femur',
  'humerus',
  'tibia',
  'fibula',
  'radius',
  'ulna',
  'rib',
  'scapula',
  'clavicle',
];

export const lateralitiesFor = (region: SkeletalRegion | ''): readonly Laterality[] =>
  region !== '' && PAIRED_REGIONS.includes(region) ? ['left', 'right'] : LATERALITIES;

const yesNo = (value: YesNo): boolean | null => (value === '' ? null : value === 'yes');
const fromBool = (value: boolean | null): YesNo => (value === null ? '' : value ? 'yes' : 'no');

/** Every lesion field the API takes, with nulls where a value is unknown or does not apply. */
export function lesionFields(values: LesionFormValues, site: SkeletalSite): Omit<LesionCreate, 'laterality'> {
  const spinal = isSpinal(site);
  const longBone = isLongBone(site);
  const size = values.sizeMm.trim() === '' ? null : Number(values.sizeMm);
  return {
    site,
    type: values.type === '' ? null : values.type,
    sizeMm: size === null || Number.isNaN(size) ? null : size,
    fracturePresent: yesNo(values.fracture),
    epiduralExtension: isSpinalOrSacral(site) ? yesNo(values.epidural) : null,
    sinsInput: spinal
      ? {
          pain: keyOf(SINS_POINTS.pain, values.sinsPain) ?? null,
          alignment: keyOf(SINS_POINTS.alignment, values.sinsAlignment) ?? null,
          collapse: keyOf(SINS_POINTS.collapse, values.sinsCollapse) ?? null,
          posterolateral: keyOf(SINS_POINTS.posterolateral, values.sinsPosterolateral) ?? null,
        }
      : null,
    mirelsInput: longBone
      ? {
          pain: keyOf(MIRELS_POINTS.pain, values.mirelsPain) ?? null,
          size: keyOf(MIRELS_POINTS.size, values.mirelsSize) ?? null,
        }
      : null,
    bilskyGrade: spinal && values.bilskyGrade !== '' ? values.bilskyGrade : null,
    notes: values.notes.trim() === '' ? null : values.notes.trim(),
  };
}

/** A stored lesion as form values, for editing. */
export function lesionFormValues(lesion: Lesion): LesionFormValues {
  const site = lesion.site;
  return {
    ...EMPTY_LESION_FORM,
    region: has(SKELETAL_REGIONS, site.region) ? site.region : '',
    level: site.region === 'spine' ? site.level : '',
    pelvicPart: site.region === 'pelvis' ? site.part : '',
    femurSegment: site.region === 'femur' ? site.segment : '',
    segment:
      site.region === 'humerus' ||
      site.region === 'tibia' ||
      site.region === 'fibula' ||
      site.region === 'radius' ||
      site.region === 'ulna'
        ? site.segment
        : '',
    ribNumber: site.region === 'rib' ? String(site.number) : '',
    description: site.region === 'other' ? site.description : '',
    laterality: lesion.laterality,
    type: lesion.type ?? '',
    sizeMm: lesion.sizeMm === null ? '' : String(lesion.sizeMm),
    fracture: fromBool(lesion.fracturePresent),
    epidural: fromBool(lesion.epiduralExtension),
    sinsPain: lesion.sinsInput?.pain ?? '',
    sinsAlignment: lesion.sinsInput?.alignment ?? '',
    sinsCollapse: lesion.sinsInput?.collapse ?? '',
    sinsPosterolateral: lesion.sinsInput?.posterolateral ?? '',
    mirelsPain: lesion.mirelsInput?.pain ?? '',
    mirelsSize: lesion.mirelsInput?.size ?? '',
    bilskyGrade: lesion.bilskyGrade ?? '',
    notes: lesion.notes ?? '',
  };
}

export const isLesionType = (value: string): value is LesionType => has(LESION_TYPES, value);
export const isBilskyGrade = (value: string): value is BilskyGrade => has(BILSKY_GRADES, value);
export const isRegion = (value: string): value is SkeletalRegion => has(SKELETAL_REGIONS, value);
export const isLaterality = (value: string): value is Laterality => has(LATERALITIES, value);
