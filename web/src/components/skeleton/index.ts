export { SkeletonDiagram, SkeletonLegend, type SkeletonDiagramProps } from './skeleton-diagram';
export {
  lesionMarker,
  MIRELS_CATEGORY_LABELS,
  SINS_CATEGORY_LABELS,
  type MarkedLesion,
  type SkeletonMarker,
} from './lesion-marker';
export { RISK_BAND_STYLES, type RiskBand } from './risk-bands';
