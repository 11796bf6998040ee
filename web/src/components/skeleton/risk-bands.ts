/*
 * How a lesion's risk reads on the skeleton diagram. One band scale for the two scores the board
 * draws: SINS for a vertebral level (stable / potentially unstable / unstable, Fisher 2010) and
 * Mirels for a long bone (low / borderline / high, Mirels 1989). Each band has its own shape as well
 * as its own colour, so the diagram does not rely on colour alone (WCAG 1.4.1).
 */

export type RiskBand = 'low' | 'intermediate' | 'high' | 'incomplete' | 'unscored';

export interface RiskBandStyle {
  /** Legend text. */
  label: string;
  fill: string;
  shape: 'circle' | 'diamond' | 'triangle' | 'ring' | 'square';
}

// Colours reach at least 3:1 against white and against the light bones (non-text contrast).
export const RISK_BAND_STYLES: Readonly<Record<RiskBand, RiskBandStyle>> = {
  high: { label: 'SINS unstable (13–18) · Mirels high (≥ 9) · fracture present', fill: '#c92a2a', shape: 'triangle' },
  intermediate: {
    label: 'SINS potentially unstable (7–12) · Mirels borderline (8)',
    fill: '#d9480f',
    shape: 'diamond',
  },
  low: { label: 'SINS stable (0–6) · Mirels low (≤ 7)', fill: '#2b8a3e', shape: 'circle' },
  incomplete: { label: 'Score incomplete: inputs missing', fill: '#868e96', shape: 'ring' },
  unscored: { label: 'No stability score applies (e.g. rib, pelvis, skull)', fill: '#1864ab', shape: 'square' },
};

/** Legend order: most urgent first. */
export const RISK_BAND_ORDER: readonly RiskBand[] = ['high', 'intermediate', 'low', 'incomplete', 'unscored'];
