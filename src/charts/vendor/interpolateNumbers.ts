/**
 * Stands in for `d3-interpolate` (an alias in vite.config.ts): d3-scale is its
 * only importer here, and our scales map numbers to pixels, never colours or
 * dates. d3-interpolate's generic `interpolate` parses colour strings, which
 * brings all of d3-color (its table of named colours included): 5.5 kB gzip on
 * every page for code no chart runs. These are d3-interpolate's number
 * interpolators (ISC licence, Mike Bostock), and a generic one that takes
 * numbers and says so plainly when given anything else.
 */

export function interpolateNumber(a: number, b: number): (t: number) => number {
  const from = +a;
  const to = +b;
  return (t) => from * (1 - t) + to * t;
}

export function interpolateRound(a: number, b: number): (t: number) => number {
  const from = +a;
  const to = +b;
  return (t) => Math.round(from * (1 - t) + to * t);
}

/** d3's `interpolate` for numbers only: a scale's range here is always numbers (pixels). */
export function interpolate(a: unknown, b: unknown): (t: number) => number {
  if (typeof a !== 'number' || typeof b !== 'number')
    throw new TypeError(
      `interpolate: expected two numbers; found ${typeof a} and ${typeof b} (src/charts/vendor/interpolateNumbers.ts stands in for d3-interpolate)`,
    );
  return interpolateNumber(a, b);
}

type Interpolate<T> = (a: T, b: T) => (t: number) => T;

/** d3-interpolate's `piecewise`: one interpolator through several values. */
export function piecewise<T>(interpolator: Interpolate<T> | readonly T[], values?: readonly T[]): (t: number) => T {
  const ipol = (values === undefined ? interpolate : interpolator) as Interpolate<T>;
  const vs = (values ?? interpolator) as readonly T[];
  const n = vs.length - 1;
  const parts: ((t: number) => T)[] = [];
  for (let i = 0; i < n; i++) parts.push(ipol(vs[i] as T, vs[i + 1] as T));
  return (t) => {
    const i = Math.max(0, Math.min(n - 1, Math.floor((t *= n))));
    return (parts[i] as (t: number) => T)(t - i);
  };
}
