import { z } from 'zod';
import { SPINAL_LEVELS, type MirelsInput, type SpinalLevel } from '../scores/index.js';
import { REQUIRED, choice, integer } from '../scores/validation.js';
import { text, type RuleIssue } from './fields.js';
import type { Laterality } from './vocab.js';

/*
 * A structured skeletal site (DESIGN §3): where in the skeleton a lesion sits, precise enough to
 * derive the SINS location group and the Mirels site, and to place the lesion on a skeleton diagram.
 * Laterality is kept beside the site (on the lesion), not inside it, because most regions can be on
 * either side and a form asks it once.
 *
 * Choices an orthopaedic surgeon may ask about:
 *  - `spine` holds one vertebral level C1–S5 (SINS is scored per level, Fisher 2010). The sacral
 *    segments S1–S5 are levels too, so a lesion of one sacral segment is recorded as `spine` and gets
 *    SINS (S1 junctional, S2–S5 rigid). `sacrum` is for a sacral lesion recorded without a single
 *    level — the ala, the sacroiliac region or several segments — and gets no SINS, which needs one
 *    level; record the level if instability is a question.
 *  - The femur's proximal end is split the way fixation is chosen (head/neck: arthroplasty;
 *    trochanteric and subtrochanteric: cephalomedullary nail), after the AO/OTA segments of the
 *    proximal femur; it is also what Mirels' "peritrochanteric" site needs (see `mirelsSiteFor`).
 *    The other long bones use proximal / shaft / distal.
 *  - `other` (free text) covers bones the list leaves out (patella, hand, foot, mandible), so an
 *    unusual site can still be recorded rather than forced into a wrong one.
 */

export const SKELETAL_REGIONS = [
  'spine',
  'sacrum',
  'pelvis',
  'femur',
  'humerus',
  'tibia',
  'fibula',
  'radius',
  'ulna',
  'rib',
  'skull',
  'scapula',
  'clavicle',
  'sternum',
  'other',
] as const;
export type SkeletalRegion = (typeof SKELETAL_REGIONS)[number];

export const PELVIC_PARTS = ['ilium', 'ischium', 'pubis', 'acetabulum'] as const;
export type PelvicPart = (typeof PELVIC_PARTS)[number];

export const LONG_BONE_SEGMENTS = ['proximal', 'shaft', 'distal'] as const;
export type LongBoneSegment = (typeof LONG_BONE_SEGMENTS)[number];

/**
 * Femoral segments. `trochanteric` = greater/lesser trochanter and the inter-/pertrochanteric region
 * (AO/OTA 31-A); `subtrochanteric` = the 5 cm of shaft below the lesser trochanter, kept apart from
 * the shaft because it is the highest-stress part of the femur.
 */
export const FEMUR_SEGMENTS = ['head_neck', 'trochanteric', 'subtrochanteric', 'shaft', 'distal'] as const;
export type FemurSegment = (typeof FEMUR_SEGMENTS)[number];

export const LONG_BONES = ['femur', 'humerus', 'tibia', 'fibula', 'radius', 'ulna'] as const;
export type LongBone = (typeof LONG_BONES)[number];

const UPPER_LIMB_LONG_BONES: readonly LongBone[] = ['humerus', 'radius', 'ulna'];

const region = <R extends SkeletalRegion>(name: R) => z.literal(name);

const spineSiteSchema = z.strictObject({ region: region('spine'), level: choice(SPINAL_LEVELS) });
const sacrumSiteSchema = z.strictObject({ region: region('sacrum') });
const pelvisSiteSchema = z.strictObject({ region: region('pelvis'), part: choice(PELVIC_PARTS) });
const femurSiteSchema = z.strictObject({ region: region('femur'), segment: choice(FEMUR_SEGMENTS) });
const longBone = <R extends Exclude<LongBone, 'femur'>>(name: R) =>
  z.strictObject({ region: region(name), segment: choice(LONG_BONE_SEGMENTS) });
const ribSiteSchema = z.strictObject({ region: region('rib'), number: integer(1, 12) });
const bare = <R extends 'skull' | 'scapula' | 'clavicle' | 'sternum'>(name: R) =>
  z.strictObject({ region: region(name) });
const otherSiteSchema = z.strictObject({ region: region('other'), description: text(100) });

/** A skeletal site, discriminated on `region`; each region carries only the detail it needs. */
export const skeletalSiteSchema = z.discriminatedUnion(
  'region',
  [
    spineSiteSchema,
    sacrumSiteSchema,
    pelvisSiteSchema,
    femurSiteSchema,
    longBone('humerus'),
    longBone('tibia'),
    longBone('fibula'),
    longBone('radius'),
    longBone('ulna'),
    ribSiteSchema,
    bare('skull'),
    bare('scapula'),
    bare('clavicle'),
    bare('sternum'),
    otherSiteSchema,
  ],
  {
    error: (issue) => {
      // Typed as a union issue, but zod routes the "not an object at all" issue here too.
      const code: string = issue.code;
      const input: unknown = issue.input;
      if (code === 'invalid_type') {
        return input === undefined || input === null ? REQUIRED : 'must be an object with a region';
      }
      if (code !== 'invalid_union') return undefined;
      const given: unknown = (input as { region?: unknown } | undefined)?.region;
      return given === undefined || given === null
        ? `region ${REQUIRED}`
        : `unknown region (got ${typeof given === 'string' ? 'a text value' : typeof given}); expected one of ${SKELETAL_REGIONS.join(', ')}`;
    },
  },
);

export type SkeletalSite = z.infer<typeof skeletalSiteSchema>;
export type SpineSite = Extract<SkeletalSite, { region: 'spine' }>;
export type LongBoneSite = Extract<SkeletalSite, { region: LongBone }>;

/** A vertebral level C1–S5: the sites SINS, Bilsky and NOMS apply to. */
export function isSpinal(site: SkeletalSite): site is SpineSite {
  return site.region === 'spine';
}

/**
 * A site whose lesion can reach the spinal canal or the sacral roots (any vertebral level, or the
 * sacrum as a whole): the patient's neurology matters and epidural extension is possible.
 */
export function isSpinalOrSacral(site: SkeletalSite): boolean {
  return site.region === 'spine' || site.region === 'sacrum';
}

export function isLongBone(site: SkeletalSite): site is LongBoneSite {
  return (LONG_BONES as readonly string[]).includes(site.region);
}

/** The vertebral level of a spinal site, else undefined. */
export function spinalLevelOf(site: SkeletalSite): SpinalLevel | undefined {
  return isSpinal(site) ? site.level : undefined;
}

/**
 * The Mirels 1989 site of a long-bone lesion (upper limb 1, lower limb 2, peritrochanteric 3), or
 * undefined where Mirels does not apply (spine, flat bones).
 *  - humerus, radius, ulna → upper_limb; tibia, fibula, femoral shaft and distal femur → lower_limb.
 *  - trochanteric and subtrochanteric femur → peritrochanteric ("around the trochanters").
 *  - femoral head/neck → peritrochanteric too. Mirels names only "peritrochanteric", and the sources
 *    we hold do not say where the neck belongs; scoring it as plain lower limb would take a point off
 *    a lesion in the most loaded part of the femur (9 "high" becomes 8 "borderline"), and the score
 *    calculators never let missing detail understate risk. To be confirmed by the orthopaedic lead.
 */
export function mirelsSiteFor(site: SkeletalSite): MirelsInput['site'] | undefined {
  if (!isLongBone(site)) return undefined;
  if (site.region === 'femur')
    return site.segment === 'shaft' || site.segment === 'distal' ? 'lower_limb' : 'peritrochanteric';
  return UPPER_LIMB_LONG_BONES.includes(site.region) ? 'upper_limb' : 'lower_limb';
}

/** Bones that come in pairs: a lesion in one is on the left or the right, never midline. */
const PAIRED_REGIONS: readonly SkeletalRegion[] = [
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

/** Midline structures: a side, when given, reads after the name ("T12 vertebra, left side"). */
const MIDLINE_REGIONS: readonly SkeletalRegion[] = ['spine', 'skull', 'sternum'];

/**
 * A laterality that contradicts the site: a paired bone must be left or right (one lesion sits in
 * one bone; two sides are two lesions). Midline structures and the sacrum accept any laterality.
 */
export function lateralityIssue(site: SkeletalSite, laterality: Laterality): RuleIssue | undefined {
  if (PAIRED_REGIONS.includes(site.region) && laterality !== 'left' && laterality !== 'right') {
    return {
      path: ['laterality'],
      message: `must be "left" or "right" for the ${site.region}, a paired bone (record each side as its own lesion)`,
    };
  }
  return undefined;
}

const PELVIC_PART_LABELS: Readonly<Record<PelvicPart, string>> = {
  ilium: 'ilium',
  ischium: 'ischium',
  pubis: 'pubis',
  acetabulum: 'acetabulum',
};

const FEMUR_SEGMENT_LABELS: Readonly<Record<FemurSegment, string>> = {
  head_neck: 'proximal (head and neck)',
  trochanteric: 'proximal (trochanteric region)',
  subtrochanteric: 'proximal (subtrochanteric)',
  shaft: 'shaft',
  distal: 'distal',
};

/** The site's name without its side: "T12 vertebra", "femur, shaft", "rib 7". */
function siteName(site: SkeletalSite): string {
  switch (site.region) {
    case 'spine':
      return `${site.level} vertebra`;
    case 'pelvis':
      return `pelvis, ${PELVIC_PART_LABELS[site.part]}`;
    case 'femur':
      return `femur, ${FEMUR_SEGMENT_LABELS[site.segment]}`;
    case 'humerus':
    case 'tibia':
    case 'fibula':
    case 'radius':
    case 'ulna':
      return `${site.region}, ${site.segment}`;
    case 'rib':
      return `rib ${site.number}`;
    case 'other':
      return site.description;
    case 'sacrum':
    case 'skull':
    case 'scapula':
    case 'clavicle':
    case 'sternum':
      return site.region;
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A human label for a site and its side: "T12 vertebra", "Left femur, proximal (trochanteric region)",
 * "Right rib 7", "Skull, left side". Midline and not-applicable sides are not spelt out.
 */
export function formatSkeletalSite(site: SkeletalSite, laterality?: Laterality | null): string {
  const name = siteName(site);
  const sided = laterality === 'left' || laterality === 'right' || laterality === 'bilateral';
  if (!sided) return capitalise(name);
  if (MIDLINE_REGIONS.includes(site.region)) {
    return `${capitalise(name)}, ${laterality === 'bilateral' ? 'bilateral' : `${laterality} side`}`;
  }
  return `${capitalise(laterality)} ${name}`;
}
