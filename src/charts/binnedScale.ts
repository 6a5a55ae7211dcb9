import { quantileSorted, tickStep } from 'd3-array';

export interface BinnedScale {
  readonly kind: 'sequential' | 'diverging';
  /** Bin boundaries, lowest first: bins.length + 1 of them. */
  readonly breaks: readonly number[];
  /** One colour per bin. */
  readonly colors: readonly string[];
  readonly colorOf: (v: number) => string;
  /**
   * Values lie below the first break (above the last): the end bin holds them
   * too, and its outer break reads "≤ x" ("≥ y").
   */
  readonly openLow: boolean;
  readonly openHigh: boolean;
}

/** The robust domain: the 2nd to the 98th percentile, so a few outliers do not wash out every other area. */
export const ROBUST_QUANTILE = 0.02;
/** Below this many values every one is kept in the domain: with few areas each matters. */
export const ROBUST_MIN_COUNT = 50;

/**
 * A classed colour scale with round breaks for a map: equal intervals on a
 * "nice" step, at most as many bins as the ramp has colours. Values on both
 * sides of zero get the diverging ramp, symmetric about zero (zero is a break,
 * so a rise and a fall never share a colour); otherwise the sequential one.
 * The breaks span the 2nd to the 98th percentile of the values (with 50 or
 * more), not their extremes: values beyond fall in the end bins, which are
 * open (`openLow`, `openHigh`).
 */
export function binnedScale(values: readonly number[], sequential: readonly string[], diverging: readonly string[]): BinnedScale {
  const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
  const min = finite[0] ?? 0;
  const max = finite.at(-1) ?? 1;
  const robust = finite.length >= ROBUST_MIN_COUNT;
  const lo = robust ? (quantileSorted(finite, ROBUST_QUANTILE) ?? min) : min;
  const hi = robust ? (quantileSorted(finite, 1 - ROBUST_QUANTILE) ?? max) : max;
  let breaks: number[];
  let colors: string[];
  let kind: BinnedScale['kind'];
  if (min < 0 && max > 0) {
    kind = 'diverging';
    const half = Math.floor(diverging.length / 2);
    // Symmetric about zero: the larger of the two robust limits' distances from it.
    const m = Math.max(-lo, hi, Number.EPSILON);
    const step = niceStepAtLeast(m / half);
    const k = Math.max(1, Math.ceil(m / step - 1e-9));
    breaks = Array.from({ length: 2 * k + 1 }, (_, i) => clean((i - k) * step));
    colors = [...diverging.slice(half - k, half), ...diverging.slice(half, half + k)];
  } else {
    kind = 'sequential';
    const n = sequential.length;
    let count = n;
    let step = tickStep(lo, hi === lo ? lo + 1 : hi, count);
    let start = Math.floor(lo / step + 1e-9) * step;
    let bins = Math.max(1, Math.ceil((hi - start) / step - 1e-9));
    while (bins > n && count > 1) {
      count -= 1;
      step = tickStep(lo, hi, count);
      start = Math.floor(lo / step + 1e-9) * step;
      bins = Math.max(1, Math.ceil((hi - start) / step - 1e-9));
    }
    breaks = Array.from({ length: bins + 1 }, (_, i) => clean(start + i * step));
    colors = Array.from({ length: bins }, (_, i) => sequential[bins === 1 ? n - 1 : Math.round((i * (n - 1)) / (bins - 1))] ?? '');
  }
  const colorOf = (v: number) => {
    let i = breaks.findIndex((b, j) => j > 0 && v < b);
    if (i < 0) i = breaks.length - 1;
    return colors[Math.max(0, Math.min(colors.length - 1, i - 1))] ?? '';
  };
  const openLow = finite.length > 0 && min < (breaks[0] ?? min);
  const openHigh = finite.length > 0 && max > (breaks.at(-1) ?? max);
  return { kind, breaks, colors, colorOf, openLow, openHigh };
}

/** The smallest round step (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) at least `v`: ±78 in three bins a side steps by 30, not 40. */
function niceStepAtLeast(v: number): number {
  const p = 10 ** Math.floor(Math.log10(v));
  return clean(([1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((f) => f * p >= v - 1e-9 * p) ?? 10) * p);
}

/** Drop float noise: 0.30000000000000004 → 0.3. */
const clean = (v: number) => Number.parseFloat(v.toPrecision(12));
