import { createTheme, type CSSVariablesResolver } from '@mantine/core';

const systemFonts = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';

/**
 * Calm and clinical: one restrained blue, neutral greys, no gradients. Shades are chosen for WCAG
 * AA contrast: white on blue-8 is 5.0:1, blue-8 on white 5.0:1 (Mantine's default blue-6 is 3.6:1).
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 6 },
  fontFamily: systemFonts,
  headings: { fontFamily: systemFonts, fontWeight: '600' },
  defaultRadius: 'sm',
  focusRing: 'auto',
  respectReducedMotion: true,
  cursorType: 'pointer',
  components: {
    Anchor: { defaultProps: { underline: 'always' } },
    // Mantine's close button is an icon only: name it for screen readers (axe: button-name).
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close dialog' } } },
  },
});

/**
 * Contrast fixes for the light scheme (WCAG AA, 4.5:1 for normal text):
 * - "dimmed" text is gray-6 by default (3.3:1 on white); gray-7 reads at 8.2:1.
 * - the `light` variant (badges, alerts, light buttons) draws shade 9 on shade 1, which is only
 *   2.7–4.5:1 for yellow, lime, orange, green, teal and red; these darker text colours reach ≥ 4.8:1.
 * - the `filled` variant puts white on shade 8 and `outline` draws shade 8 on white, 2.4–3.9:1 for
 *   the same hues but red (4.5:1); they use the same darker colours (≥ 5.4:1 against white).
 */
const lightVariantText: Record<string, string> = {
  green: '#257735',
  orange: '#b63c0d',
  yellow: '#a15300',
  teal: '#077554',
  lime: '#4a760a',
  red: '#c12828',
};
const darkerFilled = ['green', 'orange', 'yellow', 'teal', 'lime'] as const;

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    ...Object.fromEntries(
      Object.entries(lightVariantText).map(([color, value]) => [`--mantine-color-${color}-light-color`, value]),
    ),
    ...Object.fromEntries(
      darkerFilled.flatMap((color) => [
        [`--mantine-color-${color}-filled`, lightVariantText[color]],
        [`--mantine-color-${color}-filled-hover`, `color-mix(in srgb, ${lightVariantText[color]}, black 20%)`],
        [`--mantine-color-${color}-outline`, lightVariantText[color]],
      ]),
    ),
  },
  dark: {},
});
