import { describe, expect, it } from 'vitest';
import { changeBetween, ratioOfSums, sumOver, toPoints } from '../../../../src/series/compare/aggregate';
import type { YearTable } from '../../../../src/series/compare/aggregate';

const table = (from: number, rows: Record<string, (number | null)[]>): YearTable => ({ from, byCode: new Map(Object.entries(rows)) });

describe('aggregates from authority rows', () => {
  const gdp = table(2020, { A: [100, 110], B: [300, null], C: [50, 60] });
  const pop = table(2020, { A: [10, 10], B: [100, 100], C: [1, 1] });

  it('sums totals year by year', () => {
    expect(sumOver(gdp, ['A', 'C'])).toEqual([150, 170]);
  });

  it('leaves a year out (null) when any member has no value there: never a partial sum', () => {
    expect(sumOver(gdp, ['A', 'B'])).toEqual([400, null]);
    expect(sumOver(gdp, ['A', 'Z'])).toEqual([null, null]);
  });

  it('makes a per-head figure as a sum over a sum, not an average of the members’ ratios', () => {
    // A: 10 per head, B: 3 per head. Sum over sum: 400 / 110; the mean of ratios would be 6.5.
    const [perHead] = ratioOfSums(gdp, pop, ['A', 'B']);
    expect(perHead).toBeCloseTo(400 / 110, 12);
    expect(perHead).not.toBeCloseTo((10 + 3) / 2, 1);
  });

  it('scales the ratio (£ million over persons to £ per person)', () => {
    expect(ratioOfSums(gdp, pop, ['C'], 1e6)).toEqual([50e6, 60e6]);
  });

  it('refuses to divide tables that start in different years', () => {
    expect(() => ratioOfSums(gdp, table(2019, { A: [1, 1] }), ['A'])).toThrow(/different years/);
  });

  it('gives the per cent change between two years, or null when one is missing', () => {
    expect(changeBetween(2020, [100, 125], 2020, 2021)).toBe(25);
    expect(changeBetween(2020, [100, null], 2020, 2021)).toBeNull();
    expect(changeBetween(2020, [0, 5], 2020, 2021)).toBeNull();
  });

  it('drops missing years from a series of points', () => {
    expect(toPoints(2020, [1.23456789, null, 3])).toEqual([
      [2020, 1.23457],
      [2022, 3],
    ]);
  });
});
