import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { BarInput, BarRow } from '../../../src/charts/BarChart';
import { BarChart, layoutBars } from '../../../src/charts/BarChart';
import { focusedName, focusOn, marksIn, PALETTE, press, tabStops, tooltipText } from './support';

afterEach(cleanup);

const ROWS: BarRow[] = [
  { label: 'The University of Oxford', value: 150, highlight: false },
  { label: 'The University of Bristol', value: 70, highlight: true },
  { label: 'Kings College London', value: 50, highlight: false },
  { label: 'The University of Bath', value: 40, highlight: true },
  { label: 'Bath Spa University', value: 30, highlight: true },
];
const input = (over: Partial<BarInput> = {}): BarInput => ({
  rows: ROWS,
  width: 720,
  unit: 'gbpm',
  color: '#0a5fa3',
  dimColor: '#8c94a0',
  highlightLabel: 'West of England university',
  ...over,
});

describe('layoutBars', () => {
  it('draws one bar per row, in the order given', () => {
    const l = layoutBars(input());
    expect(l.bars.map((b) => b.label)).toEqual(ROWS.map((r) => r.label));
    const tops = l.bars.map((b) => b.y);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(new Set(tops).size).toBe(ROWS.length);
  });

  it('colours highlighted rows with the highlight colour and the rest with the dim colour', () => {
    const l = layoutBars(input());
    for (const b of l.bars) expect(b.color).toBe(b.highlight ? '#0a5fa3' : '#8c94a0');
    expect(l.bars.filter((b) => b.color === '#0a5fa3').map((b) => b.label)).toEqual([
      'The University of Bristol',
      'The University of Bath',
      'Bath Spa University',
    ]);
  });

  it('makes bar lengths proportional to the values, the longest within the plot', () => {
    const l = layoutBars(input());
    const perUnit = l.bars.map((b) => b.w / b.value);
    for (const k of perUnit) expect(k).toBeCloseTo(perUnit[0] as number, 9);
    expect(Math.max(...l.bars.map((b) => b.w))).toBeLessThanOrEqual(l.innerW);
    expect(l.bars.every((b) => b.x === 0)).toBe(true);
  });

  it('writes each value with its unit', () => {
    expect(layoutBars(input()).bars.map((b) => b.valueText)).toEqual(['£150m', '£70m', '£50m', '£40m', '£30m']);
  });

  it('puts labels beside the bars when wide and above them when narrow', () => {
    const wide = layoutBars(input({ width: 720 }));
    expect(wide.stacked).toBe(false);
    expect(wide.margin.left).toBeGreaterThan(0);
    for (const b of wide.bars) expect(b.labelX).toBeLessThan(0);

    const narrow = layoutBars(input({ width: 360 }));
    expect(narrow.stacked).toBe(true);
    expect(narrow.margin.left).toBe(0);
    for (const b of narrow.bars) {
      expect(b.labelX).toBe(0);
      expect(b.labelY).toBeLessThan(b.y); // the label sits above its bar
    }
  });

  it('never gives the label column more than 42% of the width', () => {
    const long = layoutBars(input({ rows: [{ label: 'x'.repeat(200), value: 1, highlight: false }], width: 800 }));
    expect(long.margin.left).toBeLessThanOrEqual(800 * 0.42);
    expect(long.innerW).toBeGreaterThan(0);
  });

  it('grows taller with more rows', () => {
    expect(layoutBars(input()).height).toBeGreaterThan(layoutBars(input({ rows: ROWS.slice(0, 2) })).height);
  });

  it('gives each bar a focusable mark at its end, naming West of England universities as such', () => {
    const l = layoutBars(input());
    expect(l.marks).toHaveLength(ROWS.length);
    l.marks.forEach((m, i) => {
      const b = l.bars[i];
      expect(m.x).toBeCloseTo(l.margin.left + (b?.w ?? NaN));
      expect(m.title).toBe(b?.label);
    });
    expect(l.marks[0]?.detail).toBe('£150m');
    expect(l.marks[1]?.detail).toBe('£70m (West of England university)');
  });

  it('labels the value axis with short ticks starting at zero', () => {
    const l = layoutBars(input());
    expect(l.ticks[0]).toMatchObject({ value: 0, pos: 0, label: '£0' });
    const last = l.ticks[l.ticks.length - 1];
    expect(Number(last?.value)).toBeGreaterThanOrEqual(150); // the axis reaches the longest bar
    expect(last?.pos).toBeLessThanOrEqual(l.innerW);
  });

  it('lays out an empty list of rows with finite margins', () => {
    const l = layoutBars(input({ rows: [] }));
    expect(Number.isFinite(l.margin.left)).toBe(true);
    expect(Number.isFinite(l.innerW)).toBe(true);
    expect(l.bars).toHaveLength(0);
  });
});

describe('<BarChart>', () => {
  const draw = (over: Partial<BarInput> = {}) =>
    render(<BarChart {...input(over)} palette={PALETTE} label="Income from business services" />);

  it('draws one bar and one focusable mark per row, with labels and values', () => {
    const { container } = draw();
    expect(container.querySelectorAll('.ee-bar')).toHaveLength(ROWS.length);
    expect(marksIn(container)).toHaveLength(ROWS.length);
    expect(container.querySelectorAll('.ee-bar[data-highlight]')).toHaveLength(3);
    for (const r of ROWS) expect(screen.getByText(r.label)).toBeInTheDocument();
    // The value at the bar's end (a tick may read the same).
    expect(screen.getAllByText('£150m').some((t) => t.getAttribute('text-anchor') !== 'middle')).toBe(true);
    expect(screen.getByRole('group', { name: 'Income from business services' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Income from business services: bars' })).toBeInTheDocument();
  });

  it('is one tab stop, and tabbing in shows the first bar in a tooltip', async () => {
    const { container } = draw();
    expect(tabStops(container)).toHaveLength(1);
    expect(tooltipText(container)).toBeNull();
    await userEvent.tab();
    expect(focusedName()).toBe('The University of Oxford, £150m');
    expect(tooltipText(container)).toContain('The University of Oxford');
    expect(tooltipText(container)).toContain('£150m');
  });

  it('focusing a bar shows its name and value, including what a highlight means', () => {
    const { container } = draw();
    fireEvent.focus(marksIn(container)[1] as SVGElement);
    expect(tooltipText(container)).toBe('The University of Bristol£70m (West of England university)');
  });

  it('ArrowRight, End and Home move along the bars', () => {
    const { container } = draw();
    focusOn(marksIn(container)[0]);
    press('ArrowRight');
    expect(focusedName()).toBe('The University of Bristol, £70m (West of England university)');
    expect(tooltipText(container)).toContain('The University of Bristol');
    press('End');
    expect(focusedName()).toBe('Bath Spa University, £30m (West of England university)');
    expect(tabStops(container).map((m) => m.getAttribute('aria-label'))).toEqual([focusedName()]);
    press('Home');
    expect(focusedName()).toBe('The University of Oxford, £150m');
  });

  it('ArrowDown and ArrowUp move to the bar below and above', () => {
    const { container } = draw();
    focusOn(marksIn(container)[0]);
    press('ArrowDown');
    expect(focusedName()).toBe('The University of Bristol, £70m (West of England university)');
    press('ArrowUp');
    expect(focusedName()).toBe('The University of Oxford, £150m');
  });

  it('Escape hides the tooltip', () => {
    const { container } = draw();
    focusOn(marksIn(container)[0]);
    expect(tooltipText(container)).not.toBeNull();
    press('Escape');
    expect(tooltipText(container)).toBeNull();
  });
});
