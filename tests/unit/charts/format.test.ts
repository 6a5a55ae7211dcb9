import { describe, expect, it } from 'vitest';
import { columnFormat, formatChange, formatTick, formatValue, formatYear, typeset, yearTicks } from '../../../src/charts/format';

const MINUS = '\u2212';

describe('formatValue: a value with its unit, as tooltips, tables and sentences print it', () => {
  it.each([
    [70, 'gbpm', '£70m'],
    [30890, 'gbpm', '£30,890m'],
    [34477, 'gbp', '£34,477'],
    [38, 'percent', '38%'],
    [38.84, 'percent', '38.8%'],
    [5, 'pp', '+5%'],
    [0.54, 'ratio', '0.54'],
    [0.6, 'ratio', '0.60'],
    [190000, 'persons', '190,000'],
    [1785.6, 'kt', '1,786 kt'],
    [7.94, 'tperhead', '7.9 t'],
    [100, 'index', '100.0'],
    [123.456, 'index', '123.5'],
    [1234, 'count', '1,234'],
  ] as const)('%s in %s is %s', (v, unit, text) => {
    expect(formatValue(v, unit)).toBe(text);
  });

  it.each([
    [-5, 'percent', `${MINUS}5%`],
    [-5, 'pp', `${MINUS}5%`],
    [-1234, 'kt', `${MINUS}1,234 kt`],
    [-0.4, 'tperhead', `${MINUS}0.4 t`],
  ] as const)('negative %s in %s is written with the minus sign U+2212: %s', (v, unit, text) => {
    const s = formatValue(v, unit);
    expect(s).toBe(text);
    expect(s).not.toContain('-');
  });
});

describe('formatTick: short axis labels', () => {
  it('writes every tick of one axis in the same form, from the axis maximum', () => {
    expect([0, 500_000, 1_000_000, 1_500_000].map((v) => formatTick(v, 'persons', 1_500_000))).toEqual(['0', '0.5m', '1m', '1.5m']);
    expect([0, 5000, 10_000].map((v) => formatTick(v, 'kt', 10_000))).toEqual(['0', '5,000', '10,000']);
  });

  it.each([
    [30890, 'gbpm', '£30.89bn'],
    [1500, 'gbpm', '£1.5bn'],
    [40000, 'gbpm', '£40bn'],
    [999, 'gbpm', '£999m'],
    [0, 'gbpm', '£0'],
    [1_200_000, 'persons', '1.2m'],
    [250_000, 'persons', '250k'],
    [50_000, 'persons', '50,000'],
    [5000, 'persons', '5,000'],
    [1500, 'kt', '1,500'],
    [-20_000, 'kt', `${MINUS}20,000`],
    [30_000, 'gbp', '£30k'],
    [9000, 'gbp', '£9,000'],
    [40, 'percent', '40%'],
    [10, 'pp', '+10%'],
    [-10, 'pp', `${MINUS}10%`],
    [0, 'pp', '0%'],
    [0.5, 'ratio', '0.50'],
    [7.5, 'tperhead', '7.5'],
    [120, 'index', '120'],
  ] as const)('%s in %s is %s', (v, unit, text) => {
    expect(formatTick(v, unit)).toBe(text);
  });
});

describe('one unit per axis, chosen from the largest tick', () => {
  const axis = (values: number[], unit: Parameters<typeof formatTick>[1]) =>
    values.map((v) => formatTick(v, unit, Math.max(...values.map(Math.abs))));

  it('never mixes £m with £bn on one axis', () => {
    expect(axis([0, 2500, 5000, 7500], 'gbpm')).toEqual(['£0', '£2.5bn', '£5bn', '£7.5bn']);
    expect(axis([0, 200, 400, 600], 'gbpm')).toEqual(['£0', '£200m', '£400m', '£600m']);
    expect(axis([0, 500, 1000, 1500], 'gbpm').every((t) => t === '£0' || t.endsWith('bn'))).toBe(true);
  });

  it('never mixes £ with £k on one axis', () => {
    expect(axis([0, 5000, 10_000, 15_000], 'gbp')).toEqual(['£0', '£5k', '£10k', '£15k']);
  });

  it('writes population in thousands or millions, the unit once per tick, never both', () => {
    expect(axis([0, 200_000, 400_000, 600_000], 'persons')).toEqual(['0', '200k', '400k', '600k']);
    expect(axis([0, 500_000, 1_000_000, 1_500_000], 'persons')).toEqual(['0', '0.5m', '1m', '1.5m']);
  });

  it('writes negative ticks with the minus sign', () => {
    expect(axis([-2000, 0, 2000], 'kt')).toEqual([`${MINUS}2,000`, '0', '2,000']);
  });
});

describe('year ticks start at the first year of data', () => {
  it('puts the first year first and drops a round year too close to it', () => {
    expect(yearTicks([2005, 2010, 2015], 2004)).toEqual([2004, 2010, 2015]);
    expect(yearTicks([2010, 2015, 2020], 2008)).toEqual([2008, 2015, 2020]);
    expect(yearTicks([2020, 2025, 2030], 2018)).toEqual([2018, 2025, 2030]);
    expect(yearTicks([2005, 2010], 2005)).toEqual([2005, 2010]);
  });

  it('keeps whole years only', () => {
    expect(yearTicks([2018, 2018.5, 2019], 2018)).toEqual([2018, 2019]);
  });
});

describe('a table column has one format', () => {
  it('gives every row the same decimals, as many as the column needs', () => {
    const f = columnFormat([0.5, 0.6, 0.61], 'number');
    expect([0.5, 0.6, 0.61].map(f)).toEqual(['0.50', '0.60', '0.61']);
    const g = columnFormat([100, 123.4, null], 'number');
    expect([100, 123.4].map(g)).toEqual(['100.0', '123.4']);
  });

  it('writes years without separators and people without decimals', () => {
    expect(columnFormat([2018, 2043], 'year')(2018)).toBe('2018');
    expect(columnFormat([1_200_345.67], 'persons')(1_200_345.67)).toBe('1,200,346');
  });

  it('uses the minus sign, never a hyphen', () => {
    const f = columnFormat([-2.3, 15], 'number');
    expect(f(-2.3)).toBe(`${MINUS}2.3`);
    expect(f(15)).toBe('15.0');
  });
});

describe('typeset: ranges and CO₂ in text', () => {
  it('puts en dashes in number ranges and a subscript in CO₂', () => {
    expect(typeset('Aged 15-64, 2005-2020')).toBe('Aged 15–64, 2005–2020');
    expect(typeset('kt CO2; CO2e per person')).toBe('kt CO₂; CO₂e per person');
  });

  it('leaves words, codes and negative numbers alone', () => {
    expect(typeset('well-being, E06000022, -5, CO22')).toBe('well-being, E06000022, -5, CO22');
  });
});

describe('years and changes', () => {
  it('writes years without a thousands separator', () => {
    expect(formatYear(2019)).toBe('2019');
    expect(formatYear(2019.4)).toBe('2019');
    expect(formatYear(1998)).not.toContain(',');
  });

  it('signs a change and keeps the requested digits', () => {
    expect(formatChange(38)).toBe('+38.0%');
    expect(formatChange(-38.84)).toBe(`${MINUS}38.8%`);
    expect(formatChange(29.6, 0)).toBe('+30%');
    expect(formatChange(-30, 0)).not.toContain('-');
  });
});
