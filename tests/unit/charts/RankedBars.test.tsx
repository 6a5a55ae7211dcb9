import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { formatChange } from '../../../src/charts/format';
import type { RankedBarsInput } from '../../../src/charts/layoutRankedBars';
import { layoutRankedBars } from '../../../src/charts/layoutRankedBars';
import { RankedBars } from '../../../src/charts/RankedBars';
import { COLORS, RANKED } from './compareFixtures';
import { focusedName, focusOn, marksIn, PALETTE, press, tabStops, tooltipText } from './support';

afterEach(cleanup);

const input = (over: Partial<RankedBarsInput> = {}): RankedBarsInput => ({
  rows: RANKED,
  width: 720,
  unit: 'percent',
  format: (v) => formatChange(v),
  colors: COLORS,
  rankNoun: 'combined authorities',
  ...over,
});

/** Estimated text box, as the layout estimates it (0.64 em a character at most). */
const textRight = (x: number, text: string, anchor: 'start' | 'end', fontSize = 13) =>
  anchor === 'start' ? x + text.length * fontSize * 0.64 : x;
const textLeft = (x: number, text: string, anchor: 'start' | 'end', fontSize = 13) =>
  anchor === 'end' ? x - text.length * fontSize * 0.64 : x;

describe('layoutRankedBars', () => {
  it('sorts the rows from the highest value to the lowest, one row below the other', () => {
    const l = layoutRankedBars(input());
    const values = l.bars.map((b) => b.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(l.bars[0]?.label).toBe('Cambridgeshire and Peterborough');
    expect(l.bars.at(-1)?.label).toBe('Tees Valley');
    const ys = l.bars.map((b) => b.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(ys).size).toBe(RANKED.length);
  });

  it('fills the West of England in the hero colour, outlines England, and greys the rest', () => {
    const l = layoutRankedBars(input());
    expect(l.bars.filter((b) => b.fill === COLORS.hero).map((b) => b.label)).toEqual([
      'West of England Combined Authority',
      'West of England (four authorities)',
    ]);
    const england = l.bars.find((b) => b.label === 'England');
    expect(england).toMatchObject({ fill: 'none', stroke: COLORS.reference });
    expect(l.bars.filter((b) => b.fill === COLORS.muted)).toHaveLength(14);
  });

  it('draws negative values to the left of the zero line and positive ones to the right, to scale', () => {
    const l = layoutRankedBars(input());
    for (const b of l.bars) {
      if (b.value < 0) expect(b.x + b.w).toBeCloseTo(l.zeroX, 0);
      else expect(b.x).toBeCloseTo(l.zeroX, 0);
    }
    const perUnit = l.bars.filter((b) => b.value !== 0).map((b) => b.w / Math.abs(b.value));
    for (const k of perUnit) expect(k).toBeCloseTo(perUnit[0] as number, 0);
    expect(l.zeroX).toBeGreaterThan(0);
  });

  it('writes each value with its unit at the bar end, on the outer side', () => {
    const l = layoutRankedBars(input());
    const tees = l.bars.find((b) => b.label === 'Tees Valley');
    expect(tees).toMatchObject({ valueText: '−3.4%', valueAnchor: 'end' });
    expect(tees?.valueX).toBeLessThan(tees?.x ?? 0);
    const cam = l.bars.find((b) => b.label === 'Cambridgeshire and Peterborough');
    expect(cam).toMatchObject({ valueText: '+21.7%', valueAnchor: 'start' });
  });

  it.each([360, 390, 720, 1280])('keeps every name and value inside %i px', (width) => {
    const l = layoutRankedBars(input({ width }));
    const innerRight = width - l.margin.left - l.margin.right;
    for (const b of l.bars) {
      expect(textLeft(b.valueX, b.valueText, b.valueAnchor)).toBeGreaterThanOrEqual(-l.margin.left);
      expect(textRight(b.valueX, b.valueText, b.valueAnchor)).toBeLessThanOrEqual(innerRight + 1);
      if (l.stacked) expect(b.label.length * 13 * 0.64).toBeLessThanOrEqual(width);
      else expect(textLeft(b.labelX, b.label, 'end')).toBeGreaterThanOrEqual(-l.margin.left - 1);
    }
  });

  it('puts names above the bars on a phone and beside them on a wide card', () => {
    expect(layoutRankedBars(input({ width: 360 })).stacked).toBe(true);
    const wide = layoutRankedBars(input({ width: 1280 }));
    expect(wide.stacked).toBe(false);
    expect(wide.margin.left).toBeGreaterThan(0);
  });

  it('ranks only the combined authorities and states the rank in the tooltip', () => {
    const l = layoutRankedBars(input());
    expect(l.rankedCount).toBe(15);
    const detail = (label: string) => l.marks.find((m) => m.title === label)?.detail;
    expect(detail('Cambridgeshire and Peterborough')).toBe('+21.7%, 1st highest of 15 combined authorities');
    expect(detail('West of England Combined Authority')).toBe('+18.3%, 2nd highest of 15 combined authorities');
    expect(detail('Greater Manchester')).toBe('+12.5%, 3rd highest of 15 combined authorities');
    expect(detail('England')).toBe('+11.0% (reference)');
    expect(detail('West of England (four authorities)')).toBe('+16.9% (reference)');
  });

  it('draws a ranking of falls (all values negative) leftwards from a zero line at the right, values inside', () => {
    const falls = RANKED.map((r) => ({ ...r, value: -Math.abs(r.value) - 1 }));
    for (const width of [360, 1280]) {
      const l = layoutRankedBars(input({ rows: falls, width }));
      expect(l.bars[0]?.value).toBe(Math.max(...falls.map((r) => r.value))); // the smallest fall first
      for (const b of l.bars) {
        expect(b.x + b.w).toBeCloseTo(l.zeroX, 0);
        expect(b.valueAnchor).toBe('end');
        expect(textLeft(b.valueX, b.valueText, 'end')).toBeGreaterThanOrEqual(-0.5);
      }
      expect(l.zeroX).toBeLessThanOrEqual(l.innerW);
    }
  });

  it('rounds every coordinate to 0.1 px', () => {
    const l = layoutRankedBars(input({ width: 397 }));
    for (const b of l.bars) for (const v of [b.x, b.y, b.w, b.valueX]) expect(Math.round(v * 10) / 10).toBe(v);
  });
});

describe('<RankedBars>', () => {
  const draw = (over: Partial<RankedBarsInput> = {}) =>
    render(<RankedBars {...input(over)} palette={PALETTE} label="Real GDP growth, 2005–2023" />);

  it('draws one bar per row with its name and value, the hero rows marked', () => {
    const { container } = draw();
    expect(container.querySelectorAll('.ee-bar')).toHaveLength(RANKED.length);
    expect(container.querySelectorAll('.ee-bar[data-emphasis="hero"]')).toHaveLength(2);
    expect(screen.getByText('West of England Combined Authority')).toHaveAttribute('font-weight', '700');
    expect(screen.getByText('−3.4%')).toBeInTheDocument();
    expect(container.querySelector('.ee-zero-line')).not.toBeNull();
    expect(screen.getByRole('group', { name: 'Real GDP growth, 2005–2023' })).toBeInTheDocument();
  });

  it('is one tab stop; tabbing in and pressing ArrowDown reads the next bar in a tooltip', async () => {
    const { container } = draw();
    expect(tabStops(container)).toHaveLength(1);
    await userEvent.tab();
    expect(focusedName()).toBe('Cambridgeshire and Peterborough, +21.7%, 1st highest of 15 combined authorities');
    press('ArrowDown');
    expect(focusedName()).toBe('West of England Combined Authority, +18.3%, 2nd highest of 15 combined authorities');
    expect(tooltipText(container)).toBe('West of England Combined Authority+18.3%, 2nd highest of 15 combined authorities');
  });

  it('focusing the England bar names it as the reference', () => {
    const { container } = draw();
    const england = marksIn(container).find((m) => m.getAttribute('aria-label')?.startsWith('England'));
    focusOn(england);
    expect(tooltipText(container)).toBe('England+11.0% (reference)');
    fireEvent.keyDown(england as SVGElement, { key: 'Escape' });
    expect(tooltipText(container)).toBeNull();
  });
});
