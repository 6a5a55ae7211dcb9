import { describe, expect, it } from 'vitest';
import type { BandRow } from '../../../src/series/ageBands';
import { ageBands, bandOf, dependencyRatios } from '../../../src/series/ageBands';
import { divideSeries } from '../../../src/series/divideSeries';
import { indexTo } from '../../../src/series/indexTo';
import { percentChange } from '../../../src/series/percentChange';
import { sumByYear } from '../../../src/series/sumByYear';
import type { Point } from '../../../src/series/types';

interface Row {
  readonly area: string;
  readonly year: number;
  readonly value: number;
  readonly inScope: boolean;
}

const row = (area: string, year: number, value: number, inScope = true): Row => ({ area, year, value, inScope });
const sum = (rows: readonly Row[], expectedMembers: number) =>
  sumByYear(
    rows,
    (r) => r.inScope,
    (r) => r.year,
    (r) => r.value,
    (r) => r.area,
    expectedMembers,
  );

describe('sumByYear', () => {
  it('sums the kept rows of each year, years in order', () => {
    const rows = [row('a', 2011, 1), row('b', 2011, 2), row('a', 2010, 10), row('b', 2010, 20)];
    expect(sum(rows, 2)).toEqual([
      [2010, 30],
      [2011, 3],
    ]);
  });

  it('drops a year in which an expected member is missing, so a partial sum never passes for a total', () => {
    const rows = [row('a', 2010, 10), row('b', 2010, 20), row('c', 2010, 30), row('a', 2011, 1), row('c', 2011, 3)];
    expect(sum(rows, 3)).toEqual([[2010, 60]]);
  });

  it('leaves out rows that keep() refuses, and does not count them as members', () => {
    const rows = [row('a', 2010, 10), row('b', 2010, 20), row('total', 2010, 30, false), row('a', 2011, 1), row('total', 2011, 1, false)];
    expect(sum(rows, 2)).toEqual([[2010, 30]]);
  });

  it('drops a year with more members than expected', () => {
    expect(sum([row('a', 2010, 1), row('b', 2010, 2), row('c', 2010, 3)], 2)).toEqual([]);
  });

  it('gives an empty series for no rows', () => {
    expect(sum([], 4)).toEqual([]);
  });
});

describe('indexTo', () => {
  const points: Point[] = [
    [2005, 50],
    [2006, 75],
    [2007, 25],
  ];

  it('rebases a series so that the base year is 100', () => {
    expect(indexTo(points, 2005)).toEqual([
      [2005, 100],
      [2006, 150],
      [2007, 50],
    ]);
  });

  it('can rebase to a year that is not the first', () => {
    expect(indexTo(points, 2007)).toEqual([
      [2005, 200],
      [2006, 300],
      [2007, 100],
    ]);
  });

  it('gives an empty series when the base year is missing or zero', () => {
    expect(indexTo(points, 2004)).toEqual([]);
    expect(
      indexTo(
        [
          [2005, 0],
          [2006, 3],
        ],
        2005,
      ),
    ).toEqual([]);
  });
});

describe('percentChange', () => {
  const points: Point[] = [
    [2005, 200],
    [2010, 150],
    [2019, 260],
  ];

  it('gives the per cent change between two years, rises positive and falls negative', () => {
    expect(percentChange(points, 2005, 2019)).toBeCloseTo(30, 10);
    expect(percentChange(points, 2005, 2010)).toBeCloseTo(-25, 10);
    expect(percentChange(points, 2005, 2005)).toBe(0);
  });

  it('works backwards in time too', () => {
    expect(percentChange(points, 2010, 2005)).toBeCloseTo(33.333333, 5);
  });

  it('is undefined when either year is missing or the start is zero', () => {
    expect(percentChange(points, 2004, 2019)).toBeUndefined();
    expect(percentChange(points, 2005, 2020)).toBeUndefined();
    expect(
      percentChange(
        [
          [2005, 0],
          [2006, 1],
        ],
        2005,
        2006,
      ),
    ).toBeUndefined();
  });
});

describe('divideSeries', () => {
  it('divides year by year and applies the scale', () => {
    expect(
      divideSeries(
        [
          [2010, 30],
          [2011, 45],
        ],
        [
          [2010, 3],
          [2011, 9],
        ],
        1000,
      ),
    ).toEqual([
      [2010, 10000],
      [2011, 5000],
    ]);
  });

  it('drops years missing from either side and years with a zero denominator', () => {
    expect(
      divideSeries(
        [
          [2009, 1],
          [2010, 30],
          [2011, 45],
          [2012, 8],
        ],
        [
          [2010, 3],
          [2011, 0],
          [2012, 4],
          [2013, 5],
        ],
      ),
    ).toEqual([
      [2010, 10],
      [2012, 2],
    ]);
  });

  it('keeps the order of the numerator', () => {
    expect(
      divideSeries(
        [
          [2012, 8],
          [2010, 30],
        ],
        [
          [2010, 3],
          [2012, 4],
        ],
      ).map(([y]) => y),
    ).toEqual([2012, 2010]);
  });
});

describe('bandOf', () => {
  it.each([
    ['0', 'young'],
    ['14', 'young'],
    ['15', 'working'],
    ['64', 'working'],
    ['65', 'old'],
    ['89', 'old'],
    ['90 and over', 'old'],
  ] as const)('puts age %s in the %s band', (age, band) => {
    expect(bandOf(age)).toBe(band);
  });

  it('puts "All ages" and anything that is not an age in no band', () => {
    expect(bandOf('All ages')).toBeUndefined();
    expect(bandOf('')).toBeUndefined();
    expect(bandOf('-1')).toBeUndefined();
    expect(bandOf('15-64')).toBeUndefined();
  });
});

describe('ageBands and dependencyRatios', () => {
  const rows: BandRow[] = [
    { ageGroup: '0', population: [10, 12] },
    { ageGroup: '14', population: [5, 4] },
    { ageGroup: '15', population: [20, 20] },
    { ageGroup: '64', population: [30, 40] },
    { ageGroup: '65', population: [6, 7] },
    { ageGroup: '90 and over', population: [4, 5] },
    { ageGroup: 'All ages', population: [999, 999] },
  ];

  it('sums single years of age into 0-14, 15-64 and 65+, ignoring the "All ages" row', () => {
    expect(ageBands(rows, 2022)).toEqual({
      years: [2022, 2023],
      young: [15, 16],
      working: [50, 60],
      old: [10, 12],
      all: [75, 88],
    });
  });

  it('gives (0-14 + 65+) / 15-64 and 65+ / 15-64 for each year', () => {
    const { total, oldAge } = dependencyRatios(ageBands(rows, 2022));
    expect(total).toEqual([
      [2022, 0.5],
      [2023, 28 / 60],
    ]);
    expect(oldAge).toEqual([
      [2022, 0.2],
      [2023, 0.2],
    ]);
  });

  it('gives no years for no rows', () => {
    const b = ageBands([], 2022);
    expect(b.years).toEqual([]);
    expect(dependencyRatios(b)).toEqual({ total: [], oldAge: [] });
  });
});
