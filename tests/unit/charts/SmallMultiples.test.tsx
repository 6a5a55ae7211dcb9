import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { LineSeries } from '../../../src/charts/LineChart';
import type { Panel, SmallMultiplesInput } from '../../../src/charts/SmallMultiples';
import { layoutSmallMultiples, SmallMultiples } from '../../../src/charts/SmallMultiples';
import type { Point } from '../../../src/series/types';
import { focusedName, focusOn, marksIn, PALETTE, press, tabStops, tooltipText } from './support';

afterEach(cleanup);

const years = (f: (y: number) => number): Point[] => Array.from({ length: 16 }, (_, k) => [2005 + k, f(2005 + k)] as const);
const pair = (road: number, rail: number): LineSeries[] => [
  { id: 'road', label: 'Road', points: years((y) => road - (y - 2005) * 5), color: '#0a5fa3', dash: '' },
  { id: 'rail', label: 'Rail (diesel)', points: years(() => rail), color: '#c2410c', dash: '6 3' },
];
// Very different sizes: a shared scale must make Bath's lines look small.
const PANELS: Panel[] = [
  { id: 'bath', label: 'Bath and North East Somerset', series: pair(300, 8) },
  { id: 'bristol', label: 'Bristol', series: pair(900, 20) },
  { id: 'ns', label: 'North Somerset', series: pair(500, 12) },
  { id: 'sg', label: 'South Gloucestershire', series: pair(1100, 30) },
];
const input = (over: Partial<SmallMultiplesInput> = {}): SmallMultiplesInput => ({
  panels: PANELS,
  width: 1000,
  panelHeight: 180,
  unit: 'kt',
  ...over,
});

describe('layoutSmallMultiples', () => {
  it('gives every panel the same y axis, set by the largest value of any panel', () => {
    const l = layoutSmallMultiples(input());
    const ticks = l.panels.map((p) => p.layout.yTicks.map((t) => `${t.value}@${t.pos}`).join(' '));
    expect(new Set(ticks).size).toBe(1);
    const top = Math.max(...(l.panels[0]?.layout.yTicks.map((t) => t.value) ?? []));
    expect(top).toBeGreaterThanOrEqual(1100);
    expect(l.panels[0]?.layout.yTicks[0]?.value).toBe(0);
  });

  it('draws the same value at the same height in every panel', () => {
    const flat: Panel = { id: 'flat', label: 'Flat', series: [{ ...(pair(0, 0)[0] as LineSeries), points: years(() => 300) }] };
    const tall: Panel = {
      id: 'tall',
      label: 'Tall',
      series: [{ ...(pair(0, 0)[0] as LineSeries), points: years((y) => (y === 2005 ? 300 : 900)) }],
    };
    const l = layoutSmallMultiples(input({ panels: [flat, tall], width: 1000 }));
    const y = (id: string) => l.marks.find((m) => m.key === `${id}:road:2005`)?.y;
    expect(l.panels[0]?.oy).toBe(l.panels[1]?.oy); // side by side
    expect(y('flat')).toBeCloseTo(y('tall') ?? NaN, 9); // 300 at the same height in both
    expect(l.marks.find((m) => m.key === 'tall:road:2006')?.y).toBeLessThan(y('tall') ?? NaN); // 900 higher
  });

  it('fits as many 240-pixel columns as the width allows, and wraps the rest into rows', () => {
    const wide = layoutSmallMultiples(input({ width: 1000 }));
    expect(new Set(wide.panels.map((p) => p.oy)).size).toBe(1);
    const two = layoutSmallMultiples(input({ width: 500 }));
    expect(new Set(two.panels.map((p) => p.ox)).size).toBe(2);
    expect(new Set(two.panels.map((p) => p.oy)).size).toBe(2);
    const one = layoutSmallMultiples(input({ width: 320 }));
    expect(new Set(one.panels.map((p) => p.ox))).toEqual(new Set([0]));
    expect(one.height).toBeGreaterThan(two.height);
    expect(two.height).toBeGreaterThan(wide.height);
  });

  it('keeps every mark inside its own panel and names the panel in it', () => {
    const l = layoutSmallMultiples(input({ width: 500 }));
    for (const p of l.panels) {
      for (const m of p.marks) {
        expect(m.x).toBeGreaterThanOrEqual(p.ox);
        expect(m.x).toBeLessThanOrEqual(p.ox + (500 - 16) / 2);
        expect(m.y).toBeGreaterThanOrEqual(p.oy);
        expect(m.y).toBeLessThanOrEqual(p.oy + 180 + l.title);
        expect(m.title.startsWith(`${p.label}, `)).toBe(true);
      }
    }
    expect(l.marks).toHaveLength(4 * 2 * 16);
    expect(new Set(l.marks.map((m) => m.key)).size).toBe(l.marks.length);
  });

  it('keeps a negative value inside its panel', () => {
    const withNegative = PANELS.map((p, k) =>
      k === 0
        ? {
            ...p,
            series: p.series.map((s, i) => (i === 0 ? { ...s, points: s.points.map(([y, v], j) => [y, j === 0 ? -50 : v] as const) } : s)),
          }
        : p,
    );
    const l = layoutSmallMultiples(input({ panels: withNegative }));
    const first = l.panels[0];
    if (!first) throw new Error('no panel');
    for (const m of first.marks) expect(m.y).toBeLessThanOrEqual(first.oy + l.title + 180);
    expect(Math.min(...l.panels.map((p) => Number(p.layout.yTicks[0]?.value)))).toBeLessThanOrEqual(-50);
  });
});

describe('<SmallMultiples>', () => {
  const draw = (over: Partial<SmallMultiplesInput> = {}) =>
    render(<SmallMultiples {...input(over)} palette={PALETTE} label="Transport CO2" />);

  it('draws a titled panel per area with one line per series and one mark per point', () => {
    const { container } = draw();
    expect(container.querySelectorAll('.ee-panel')).toHaveLength(4);
    expect(container.querySelectorAll('.ee-line')).toHaveLength(8);
    expect(marksIn(container)).toHaveLength(128);
    // A title wider than its panel wraps (a line per tspan): the words read in order.
    const titles = [...container.querySelectorAll('.ee-panel > text')].map((t) =>
      t.children.length ? [...t.children].map((c) => c.textContent).join(' ') : t.textContent,
    );
    expect(titles).toEqual(PANELS.map((p) => p.label));
  });

  it('focusing a point names its panel, series, year and value', () => {
    const { container } = draw();
    focusOn(marksIn(container).find((m) => m.getAttribute('data-mark') === 'bristol:road:2010'));
    // The tooltip lists the panel's series at that year; the focused mark's name says which one.
    expect(tooltipText(container)).toBe('Bristol, 2010Road875 ktRail (diesel)20 kt');
    expect(focusedName()).toBe('Bristol, Road, 2010: 875 kt');
  });

  it('arrow keys move along a line, down to the next series, and on into the next panel', () => {
    const { container } = draw();
    expect(tabStops(container)).toHaveLength(1);
    focusOn(tabStops(container)[0]);
    expect(focusedName()).toBe('Bath and North East Somerset, Road, 2005: 300 kt');
    press('ArrowRight');
    expect(focusedName()).toBe('Bath and North East Somerset, Road, 2006: 295 kt');
    press('ArrowDown');
    expect(focusedName()).toBe('Bath and North East Somerset, Rail (diesel), 2006: 8 kt');
    press('ArrowDown');
    expect(focusedName()).toBe('Bristol, Road, 2006: 895 kt');
    press('End');
    expect(focusedName()).toBe('Bristol, Road, 2020: 825 kt');
  });
});
