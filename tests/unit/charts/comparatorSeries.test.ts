import { describe, expect, it } from 'vitest';
import { comparatorSeries } from '../../../src/charts/comparatorSeries';
import { layoutLine } from '../../../src/charts/LineChart';
import { ordinal } from '../../../src/charts/ordinal';
import { COLORS } from './compareFixtures';

const s = (id: string, label: string, k: number) => ({
  id,
  label,
  points: [2005, 2010, 2015, 2023].map((y, i) => [y, 100 + i * k] as const),
});

describe('comparatorSeries', () => {
  const series = comparatorSeries(
    s('woe', 'West of England', 5),
    [s('gm', 'Greater Manchester', 6), s('wm', 'West Midlands', 3)],
    s('eng', 'England', 4),
    COLORS,
  );

  it('greys the comparators, dashes England in the reference grey, and draws the West of England last in the hero colour', () => {
    expect(series.map((x) => [x.id, x.color, x.dash])).toEqual([
      ['gm', COLORS.muted, ''],
      ['wm', COLORS.muted, ''],
      ['eng', COLORS.reference, '6 3'],
      ['woe', COLORS.hero, ''],
    ]);
  });

  it('gives LineChart what it needs for end labels in each series colour', () => {
    const l = layoutLine({ series, width: 720, height: 300, unit: 'index', baseline: 100, zero: false });
    expect(l.labels.map((t) => [t.id, t.color])).toEqual(
      expect.arrayContaining([
        ['woe', COLORS.hero],
        ['eng', COLORS.reference],
        ['gm', COLORS.muted],
      ]),
    );
    expect(l.lines.at(-1)?.id).toBe('woe');
  });

  it('leaves out England when there is no reference', () => {
    expect(comparatorSeries(s('woe', 'West of England', 5), [], undefined, COLORS).map((x) => x.id)).toEqual(['woe']);
  });
});

describe('ordinal', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [112, '112th'],
    [296, '296th'],
  ])('%i → %s', (n, text) => expect(ordinal(n)).toBe(text));
});
