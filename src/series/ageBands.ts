import type { Point } from './types';

export interface BandRow {
  readonly ageGroup: string;
  readonly population: readonly number[];
}

export interface AgeBandSeries {
  readonly years: readonly number[];
  readonly young: readonly number[];
  readonly working: readonly number[];
  readonly old: readonly number[];
  readonly all: readonly number[];
}

/** Band of a single-year-of-age label: 0-14, 15-64, 65+ ("90 and over" is 65+); undefined for "All ages". */
export function bandOf(ageGroup: string): 'young' | 'working' | 'old' | undefined {
  if (ageGroup === '90 and over') return 'old';
  if (!/^\d+$/.test(ageGroup)) return undefined;
  const age = Number(ageGroup);
  return age <= 14 ? 'young' : age <= 64 ? 'working' : 'old';
}

/**
 * Sum single years of age into broad bands for every projection year.
 * `all` is the sum of the bands (the file's "All ages" row is checked against it in tests).
 */
export function ageBands(rows: readonly BandRow[], firstYear: number): AgeBandSeries {
  const n = rows[0]?.population.length ?? 0;
  const sums = { young: new Array<number>(n).fill(0), working: new Array<number>(n).fill(0), old: new Array<number>(n).fill(0) };
  for (const r of rows) {
    const band = bandOf(r.ageGroup);
    if (!band) continue;
    r.population.forEach((v, i) => (sums[band][i] = (sums[band][i] as number) + v));
  }
  return {
    years: Array.from({ length: n }, (_, i) => firstYear + i),
    ...sums,
    all: sums.young.map((v, i) => v + (sums.working[i] as number) + (sums.old[i] as number)),
  };
}

/** Dependants per person of working age: (0-14 + 65+) / 15-64, and 65+ / 15-64. */
export function dependencyRatios(b: AgeBandSeries): { total: Point[]; oldAge: Point[] } {
  return {
    total: b.years.map((y, i) => [y, ((b.young[i] as number) + (b.old[i] as number)) / (b.working[i] as number)] as const),
    oldAge: b.years.map((y, i) => [y, (b.old[i] as number) / (b.working[i] as number)] as const),
  };
}
