import { describe, expect, test } from 'vitest';
import { runPoints, toYearRun } from '../../../src/series/yearRun';

describe('yearly runs (how the comparison ships its lines)', () => {
  test('consecutive years become a first year and values, and back again', () => {
    const points = [
      [2021, 4.6],
      [2022, 4.25],
      [2023, 4.03],
    ] as const;
    const run = toYearRun(points, 'WoE greenhouse gases');
    expect(run).toEqual({ from: 2021, values: [4.6, 4.25, 4.03] });
    expect(runPoints(run)).toEqual(points);
    expect(runPoints(toYearRun([], 'none'))).toEqual([]);
  });

  test('a missing year stops the build with the series and the year, not a line drawn through the gap', () => {
    expect(() =>
      toYearRun(
        [
          [2019, 1],
          [2020, 2],
          [2022, 3],
        ],
        'E47000001 real GDP index',
      ),
    ).toThrow('E47000001 real GDP index: expected one value a year from 2019; found 2022 at position 3');
  });
});
