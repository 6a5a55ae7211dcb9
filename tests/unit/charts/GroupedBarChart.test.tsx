import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { GroupedBarInput } from '../../../src/charts/GroupedBarChart';
import { GroupedBarChart, layoutGroupedBars } from '../../../src/charts/GroupedBarChart';
import type { Datum } from '../../../src/series/types';
import { focusedName, focusOn, marksIn, PALETTE, press, tabStops, tooltipText } from './support';

afterEach(cleanup);

const CATEGORIES = ['0-14', '15-64', '65+'];
const GROUPS = [
  { id: 'woe', label: 'West of England', color: '#0a5fa3' },
  { id: 'sw', label: 'South West', color: '#5b5b5b' },
  { id: 'en', label: 'England', color: '#6a3d9a' },
];
const value: Record<string, number[]> = { woe: [15, 12, 38], sw: [5, 8, 42], en: [10, 15, 45] };
const DATA: Datum[] = CATEGORIES.flatMap((category, ci) => GROUPS.map((g) => ({ category, group: g.id, value: value[g.id]?.[ci] ?? 0 })));

const input = (over: Partial<GroupedBarInput> = {}): GroupedBarInput => ({
  data: DATA,
  categories: CATEGORIES,
  groups: GROUPS,
  width: 640,
  height: 320,
  unit: 'percent',
  categoryPrefix: 'aged',
  ...over,
});

describe('layoutGroupedBars', () => {
  it('draws one bar per datum, grouped by category in the order of the groups', () => {
    const l = layoutGroupedBars(input());
    expect(l.bars).toHaveLength(DATA.length);
    expect(l.bars.map((b) => b.key)).toEqual(CATEGORIES.flatMap((c) => GROUPS.map((g) => `${c}|${g.id}`)));
    const xs = l.bars.map((b) => b.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b)); // left to right
    for (const b of l.bars) expect(b.x + b.w).toBeLessThanOrEqual(l.innerW);
  });

  it('leaves a gap where a datum is missing, without shifting the others', () => {
    const full = layoutGroupedBars(input());
    const gap = layoutGroupedBars(input({ data: DATA.filter((d) => !(d.category === '15-64' && d.group === 'sw')) }));
    expect(gap.bars).toHaveLength(DATA.length - 1);
    expect(gap.bars.find((b) => b.key === '15-64|en')?.x).toBeCloseTo(full.bars.find((b) => b.key === '15-64|en')?.x ?? NaN);
  });

  it('makes bar heights proportional to the values, rising from the zero line', () => {
    const l = layoutGroupedBars(input());
    const perUnit = l.bars.map((b) => b.h / b.value);
    for (const k of perUnit) expect(k).toBeCloseTo(perUnit[0] as number, 9);
    expect(l.zeroY).toBeCloseTo(l.innerH);
    for (const b of l.bars) expect(b.y + b.h).toBeCloseTo(l.zeroY);
  });

  it('draws negative values downwards from the zero line, and the axis reaches them', () => {
    const data = DATA.map((d) => (d.category === '0-14' && d.group === 'sw' ? { ...d, value: -7 } : d));
    const l = layoutGroupedBars(input({ data }));
    const neg = l.bars.find((b) => b.value === -7);
    const pos = l.bars.find((b) => b.value === 15);
    expect(neg && pos).toBeTruthy();
    expect(l.zeroY).toBeLessThan(l.innerH); // zero is no longer the bottom
    expect(neg?.y).toBeCloseTo(l.zeroY); // starts at zero…
    expect((neg?.y ?? 0) + (neg?.h ?? 0)).toBeGreaterThan(l.zeroY); // …and goes down
    expect((neg?.y ?? 0) + (neg?.h ?? 0)).toBeLessThanOrEqual(l.innerH + 1e-9);
    expect((neg?.h ?? 0) / 7).toBeCloseTo((pos?.h ?? 0) / 15, 9);
    expect(Math.min(...l.yTicks.map((t) => Number(t.value)))).toBeLessThanOrEqual(-7);
    expect(neg?.text).toBe('\u22127%');
  });

  it('shows values on the bars only when there is room', () => {
    expect(layoutGroupedBars(input({ width: 900 })).showValues).toBe(true);
    expect(layoutGroupedBars(input({ width: 300 })).showValues).toBe(false);
  });

  it('labels the categories under their groups of bars', () => {
    const l = layoutGroupedBars(input());
    expect(l.xTicks.map((t) => t.label)).toEqual(CATEGORIES);
    for (const t of l.xTicks) {
      const bars = l.bars.filter((b) => b.category === t.value);
      expect(t.pos).toBeGreaterThan(Math.min(...bars.map((b) => b.x)));
      expect(t.pos).toBeLessThan(Math.max(...bars.map((b) => b.x + b.w)));
    }
  });

  it('gives each bar a mark: group as title, category and value as detail', () => {
    const l = layoutGroupedBars(input());
    expect(l.marks).toHaveLength(DATA.length);
    const m = l.marks.find((k) => k.key === '65+|woe');
    expect(m).toMatchObject({ s: 0, i: 2, title: 'West of England', detail: 'aged 65+: 38%', color: '#0a5fa3' });
  });
});

describe('<GroupedBarChart>', () => {
  const draw = (over: Partial<GroupedBarInput> = {}) =>
    render(<GroupedBarChart {...input(over)} palette={PALETTE} label="Population growth by age" />);

  it('draws one bar and one mark per datum, with category labels and values', () => {
    const { container } = draw({ width: 900 });
    expect(container.querySelectorAll('.ee-bar')).toHaveLength(DATA.length);
    expect(marksIn(container)).toHaveLength(DATA.length);
    for (const c of CATEGORIES) expect(screen.getByText(c)).toBeInTheDocument();
    expect(screen.getByText('38%')).toBeInTheDocument();
    expect(screen.getByText('45%')).toBeInTheDocument();
  });

  it('hides the value labels on a narrow chart, but keeps them in the marks', () => {
    const { container } = draw({ width: 300 });
    expect(screen.queryByText('38%')).toBeNull();
    expect(marksIn(container).map((m) => m.getAttribute('aria-label'))).toContain('West of England, aged 65+: 38%');
  });

  it('focusing a bar shows the group, category and value', () => {
    const { container } = draw();
    focusOn(marksIn(container).find((m) => m.getAttribute('data-mark') === '65+|en'));
    expect(tooltipText(container)).toBe('Englandaged 65+: 45%');
  });

  it('arrow keys move across categories within a group and across groups within a category', () => {
    const { container } = draw();
    expect(tabStops(container)).toHaveLength(1);
    focusOn(tabStops(container)[0]);
    expect(focusedName()).toBe('West of England, aged 0-14: 15%');
    press('ArrowRight');
    expect(focusedName()).toBe('West of England, aged 15-64: 12%');
    press('ArrowDown');
    expect(focusedName()).toBe('South West, aged 15-64: 8%');
    press('End');
    expect(focusedName()).toBe('South West, aged 65+: 42%');
    press('ArrowUp');
    expect(focusedName()).toBe('West of England, aged 65+: 38%');
    press('Home');
    expect(focusedName()).toBe('West of England, aged 0-14: 15%');
    expect(tooltipText(container)).toContain('aged 0-14: 15%');
  });
});
