import { tickStep } from 'd3-array';

export interface BinnedScale {
  readonly kind: 'sequential' | 'diverging';
  /** Bin boundaries, lowest first: bins.length + 1 of them. */
  readonly breaks: readonly number[];
  /** One colour per bin. */
  readonly colors: readonly string[];
  readonly colorOf: (v: number) => string;
}

/**
 * A classed colour scale with round breaks for a map: equal intervals on a
 * "nice" step, at most as many bins as the ramp has colours. Values on both
 * sides of zero get the diverging ramp, symmetric about zero (zero is a break,
 * so a rise and a fall never share a colour); otherwise the sequential one.
 */
export function binnedScale(values: readonly number[], sequential: readonly string[], diverging: readonly string[]): BinnedScale {
  const finite = values.filter(Number.isFinite);
  const lo = finite.length ? Math.min(...finite) : 0;
  const hi = finite.length ? Math.max(...finite) : 1;
  let breaks: number[];
  let colors: string[];
  let kind: BinnedScale['kind'];
  if (lo < 0 && hi > 0) {
    kind = 'diverging';
    const half = Math.floor(diverging.length / 2);
    const m = Math.max(-lo, hi);
    let step = tickStep(0, m, half);
    while (Math.ceil(m / step - 1e-9) > half) step *= 2;
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
  return { kind, breaks, colors, colorOf };
}

/** Drop float noise: 0.30000000000000004 → 0.3. */
const clean = (v: number) => Number.parseFloat(v.toPrecision(12));
