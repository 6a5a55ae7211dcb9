import { describe, expect, it } from 'vitest';
import { formatChange, formatTick, formatValue, formatYear } from '../../../src/charts/format';

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
    [30890, 'gbpm', '£30.9bn'],
    [1500, 'gbpm', '£1.5bn'],
    [40000, 'gbpm', '£40bn'],
    [999, 'gbpm', '£999m'],
    [0, 'gbpm', '£0m'],
    [1_200_000, 'persons', '1.2m'],
    [250_000, 'persons', '250,000'],
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
