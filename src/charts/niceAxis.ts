/** Steps an axis may take, per power of ten: 1, 2, 2.5, 3 and 5 (so 0–9,000 in threes, not 0–10,000 in twos). */
const STEPS = [1, 2, 2.5, 3, 5, 10] as const;

/** How many y ticks a plot this tall takes: one per 50 px at most, never more than five (an axis read at a glance). */
export const yTickCount = (innerH: number): number => Math.min(5, Math.max(2, Math.round(innerH / 50)));

export interface NiceAxis {
  /** The axis's ends: round numbers just covering the data. */
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
}

/**
 * A y axis from the data with few gridlines: at most `maxTicks` ticks (and at
 * least three where the data allow), ends rounded to the step. Among the
 * steps that fit, the one that wastes least of the axis beyond the data wins;
 * ties go to more ticks. [0, 8150] gives 0, 3,000, 6,000, 9,000. Ticks fall
 * on `anchor` (0, or 100 for an index) wherever it is within the axis.
 */
export function niceAxis(lo: number, hi: number, maxTicks = 5, anchor = 0): NiceAxis {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return { domain: [0, 1], ticks: [0, 1] };
  if (hi < lo) [lo, hi] = [hi, lo];
  if (hi === lo) {
    const pad = Math.abs(hi) * 0.1 || 1;
    [lo, hi] = [lo - (lo === 0 ? 0 : pad), hi + pad];
  }
  const most = Math.max(2, maxTicks);
  const span = hi - lo;
  let best: { step: number; a: number; b: number; n: number; waste: number } | undefined;
  const p0 = Math.floor(Math.log10(span / most)) - 1;
  for (let p = p0; p <= p0 + 2; p++) {
    for (const m of STEPS) {
      const step = m * 10 ** p;
      const a = anchor + Math.floor((lo - anchor) / step + 1e-9) * step;
      const b = anchor + Math.ceil((hi - anchor) / step - 1e-9) * step;
      const n = Math.round((b - a) / step) + 1;
      if (n > most) continue;
      const waste = (b - a - span) / (b - a);
      // Two ticks only when nothing else fits; otherwise least waste, then more ticks.
      const score = waste + (n < 3 ? 1 : 0) - n * 0.001;
      if (!best || score < best.waste) best = { step, a, b, n, waste: score };
    }
  }
  if (!best) return { domain: [lo, hi], ticks: [lo, hi] };
  const { step, a, n } = best;
  // Round away binary noise (0.30000000000000004) at the step's precision.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  const ticks = Array.from({ length: n }, (_, i) => Number((a + i * step).toFixed(digits)));
  return { domain: [ticks[0] as number, ticks[n - 1] as number], ticks };
}
