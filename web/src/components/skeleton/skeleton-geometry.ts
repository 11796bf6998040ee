import { SPINAL_LEVELS, type Laterality, type SkeletalSite, type SpinalLevel } from '@tumor-board/shared';

/*
 * Coordinates of the schematic skeleton, in the units of a 240 × 600 viewBox with the midline at
 * x = 120. The figure stands in the anatomical position. In the FRONT view the patient faces the
 * reader, so the patient's right is on the reader's left; in the BACK view it is the other way
 * round. Every point here is given by its distance from the midline (`dx`) and the side it is on;
 * `sideX` turns that into an x for one view.
 */

export type SkeletonView = 'front' | 'back';
export type Side = 'left' | 'right';

export const VIEWBOX = { width: 240, height: 600 } as const;
export const MIDLINE = VIEWBOX.width / 2;

/** The x of a point `dx` from the midline on the patient's `side`, as seen in `view`. */
export function sideX(view: SkeletonView, side: Side, dx: number): number {
  const towardsReadersRight = (view === 'front') === (side === 'left');
  return towardsReadersRight ? MIDLINE + dx : MIDLINE - dx;
}

// ---------------------------------------------------------------------------------------------------
// The vertebral column: one box per level C1–S5, cervical small, lumbar large, sacrum tapering.

export interface LevelBox {
  level: SpinalLevel;
  /** Top edge and height. */
  y: number;
  height: number;
  width: number;
}

const SPINE_TOP = 80;

function levelHeight(level: SpinalLevel): number {
  if (level.startsWith('C')) return 6.5;
  if (level.startsWith('T')) return 9;
  if (level.startsWith('L')) return 11;
  return 7;
}

function levelWidth(level: SpinalLevel, index: number): number {
  if (level.startsWith('C')) return 12;
  if (level.startsWith('T')) return 14 + (index - 7) * 0.4;
  if (level.startsWith('L')) return 20 + (index - 19) * 0.6;
  // S1–S5: the sacrum narrows towards the coccyx.
  return 26 - (index - 24) * 4;
}

export const LEVEL_BOXES: readonly LevelBox[] = (() => {
  let y = SPINE_TOP;
  return SPINAL_LEVELS.map((level, index) => {
    const height = levelHeight(level);
    const box = { level, y, height, width: levelWidth(level, index) };
    y += height;
    return box;
  });
})();

export const levelBox = (level: SpinalLevel): LevelBox => LEVEL_BOXES.find((box) => box.level === level)!;
export const levelCenterY = (level: SpinalLevel): number => {
  const box = levelBox(level);
  return box.y + box.height / 2;
};

/** Levels labelled beside the column in the back view. */
export const LABELLED_LEVELS: readonly SpinalLevel[] = ['C1', 'C7', 'T1', 'T6', 'T12', 'L1', 'L5', 'S1'];

// ---------------------------------------------------------------------------------------------------
// Ribs: rib n leaves the spine at the level of T n and reaches its widest point `width` out.

export const RIB_WIDTHS = [26, 34, 40, 44, 46, 47, 47, 46, 44, 41, 36, 30] as const;

export function ribGeometry(n: number): { y: number; width: number } {
  const level = `T${n}` as SpinalLevel;
  return { y: levelCenterY(level), width: RIB_WIDTHS[n - 1] ?? 40 };
}

// ---------------------------------------------------------------------------------------------------
// Where a lesion's marker goes. Vertebral levels, the sacrum and the scapulae are drawn in the back
// view (where the column and shoulder blades are seen); everything else in the front view.

export interface MarkerPlace {
  view: SkeletonView;
  x: number;
  y: number;
}

/** A point on one side of the body: distance from the midline and height. */
type Sided = { dx: number; y: number };

const LONG_BONE_POINTS: Readonly<Record<string, Readonly<Record<string, Sided>>>> = {
  femur: {
    head_neck: { dx: 38, y: 328 },
    trochanteric: { dx: 47, y: 337 },
    subtrochanteric: { dx: 44, y: 358 },
    shaft: { dx: 39, y: 398 },
    distal: { dx: 33, y: 444 },
  },
  humerus: { proximal: { dx: 53, y: 142 }, shaft: { dx: 56, y: 174 }, distal: { dx: 59, y: 208 } },
  radius: { proximal: { dx: 68, y: 238 }, shaft: { dx: 72, y: 267 }, distal: { dx: 76, y: 298 } },
  ulna: { proximal: { dx: 58, y: 238 }, shaft: { dx: 62, y: 268 }, distal: { dx: 66, y: 300 } },
  tibia: { proximal: { dx: 30, y: 478 }, shaft: { dx: 28.5, y: 514 }, distal: { dx: 27, y: 550 } },
  fibula: { proximal: { dx: 41, y: 482 }, shaft: { dx: 39.5, y: 516 }, distal: { dx: 38, y: 550 } },
};

const PELVIS_POINTS: Readonly<Record<string, Sided>> = {
  ilium: { dx: 34, y: 294 },
  acetabulum: { dx: 31, y: 324 },
  pubis: { dx: 15, y: 337 },
  ischium: { dx: 23, y: 351 },
};

const sideOf = (laterality: Laterality): Side | undefined =>
  laterality === 'left' || laterality === 'right' ? laterality : undefined;

/**
 * Where the marker of a lesion at `site` goes, or undefined for a site the schematic does not draw
 * (`other`, e.g. the patella or a hand bone). A paired bone without a side (which the lesion rules
 * forbid) is drawn on the patient's right rather than not at all.
 */
export function markerPlace(site: SkeletalSite, laterality: Laterality): MarkerPlace | undefined {
  const side = sideOf(laterality);
  const sided = (view: SkeletonView, point: Sided): MarkerPlace => ({
    view,
    x: sideX(view, side ?? 'right', point.dx),
    y: point.y,
  });
  /** A midline structure, nudged towards the side named (if any). */
  const midline = (view: SkeletonView, y: number, nudge: number): MarkerPlace => ({
    view,
    x: side ? sideX(view, side, nudge) : MIDLINE,
    y,
  });

  switch (site.region) {
    case 'spine':
      return midline('back', levelCenterY(site.level), 9);
    case 'sacrum':
      return midline('back', 305, 7);
    case 'skull':
      return midline('front', 30, 13);
    case 'sternum':
      return midline('front', 166, 4);
    case 'clavicle':
      return sided('front', { dx: 30, y: 119 });
    case 'scapula':
      return sided('back', { dx: 37, y: 152 });
    case 'rib': {
      const rib = ribGeometry(site.number);
      return sided('front', { dx: rib.width, y: rib.y + 10 });
    }
    case 'pelvis':
      return sided('front', PELVIS_POINTS[site.part]!);
    case 'femur':
    case 'humerus':
    case 'radius':
    case 'ulna':
    case 'tibia':
    case 'fibula':
      return sided('front', LONG_BONE_POINTS[site.region]![site.segment]!);
    case 'other':
      return undefined;
  }
}
