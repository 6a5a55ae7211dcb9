/**
 * Map ramps as data (d3-scale-chromatic is not a dependency). Both run from
 * near the background to far from it, so "more" always reads as "more
 * contrast", and lightness changes monotonically, which keeps the order
 * readable under every colour-vision deficiency (tests/unit/charts/compareColors.test.ts).
 * Light: yellow-green-blue (ColorBrewer YlGnBu, its palest step dropped so no hex
 * vanishes into the white card). Dark: the same hues, reversed in lightness.
 */
export const SEQUENTIAL_RAMPS = {
  light: ['#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
  dark: ['#1f3f73', '#22609f', '#1d8fbd', '#41b6c4', '#86d3c1', '#d2efbf'],
  contrast: ['#1f3f73', '#22609f', '#1d8fbd', '#41b6c4', '#86d3c1', '#d2efbf'],
} as const;

/** Orange (falls, negative) to purple (rises): ColorBrewer PuOr, its two palest steps dropped. */
export const DIVERGING_RAMPS = {
  light: ['#b35806', '#e08214', '#fdb863', '#b2abd2', '#8073ac', '#542788'],
  dark: ['#fdb863', '#e08214', '#9a5410', '#4f4683', '#8073ac', '#c3bde0'],
  contrast: ['#fdb863', '#e08214', '#9a5410', '#4f4683', '#8073ac', '#c3bde0'],
} as const;
