import {
  formatSkeletalSite,
  isLongBone,
  isSpinal,
  type Laterality,
  type LesionScores,
  type MirelsCategory,
  type SinsCategory,
  type SkeletalSite,
} from '@tumor-board/shared';
import type { RiskBand } from './risk-bands';

/** One lesion as the diagram draws it. */
export interface SkeletonMarker {
  id: string;
  site: SkeletalSite;
  laterality: Laterality;
  band: RiskBand;
  /** Read by screen readers and shown on focus, e.g. "T12 vertebra: SINS 13, unstable". */
  label: string;
}

export const SINS_CATEGORY_LABELS: Readonly<Record<SinsCategory, string>> = {
  stable: 'Stable',
  potentially_unstable: 'Potentially unstable',
  unstable: 'Unstable',
};

export const MIRELS_CATEGORY_LABELS: Readonly<Record<MirelsCategory, string>> = {
  low: 'Low risk',
  borderline: 'Borderline',
  high: 'High risk',
};

const SINS_BANDS: Readonly<Record<SinsCategory, RiskBand>> = {
  stable: 'low',
  potentially_unstable: 'intermediate',
  unstable: 'high',
};

const MIRELS_BANDS: Readonly<Record<MirelsCategory, RiskBand>> = {
  low: 'low',
  borderline: 'intermediate',
  high: 'high',
};

export interface MarkedLesion {
  id: string;
  site: SkeletalSite;
  laterality: Laterality;
  fracturePresent?: boolean | null;
  scores: Pick<LesionScores, 'sins' | 'mirels'>;
}

/**
 * The marker of a stored lesion: SINS decides the band of a vertebral level, Mirels that of a long
 * bone; a missing input makes it grey (never a guessed band), and other sites are drawn unscored.
 */
export function lesionMarker(lesion: MarkedLesion): SkeletonMarker {
  const place = formatSkeletalSite(lesion.site, lesion.laterality);
  const marker = (band: RiskBand, text: string): SkeletonMarker => ({
    id: lesion.id,
    site: lesion.site,
    laterality: lesion.laterality,
    band,
    label: `${place}: ${text}`,
  });

  if (isSpinal(lesion.site)) {
    const sins = lesion.scores.sins;
    if (sins.status === 'complete') {
      const { total, category } = sins.result;
      return marker(SINS_BANDS[category], `SINS ${total}, ${SINS_CATEGORY_LABELS[category].toLowerCase()}`);
    }
    if (sins.status === 'incomplete')
      return marker('incomplete', `SINS incomplete (missing ${sins.missing.join(', ')})`);
    return marker('unscored', 'SINS not applicable');
  }
  if (isLongBone(lesion.site)) {
    const mirels = lesion.scores.mirels;
    if (mirels.status === 'complete') {
      const { total, category } = mirels.result;
      return marker(MIRELS_BANDS[category], `Mirels ${total}, ${MIRELS_CATEGORY_LABELS[category].toLowerCase()}`);
    }
    if (mirels.status === 'incomplete') {
      return marker('incomplete', `Mirels incomplete (missing ${mirels.missing.join(', ')})`);
    }
    // Mirels predicts a fracture; once the bone has broken the lesion is drawn as high concern.
    if (lesion.fracturePresent) return marker('high', 'pathological fracture present');
    return marker('unscored', 'Mirels not applicable');
  }
  return marker('unscored', 'no stability score applies');
}
