import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AreaLayer, StackedAreaInput } from '../../../src/charts/StackedAreaChart';
import { layoutStackedArea, StackedAreaChart } from '../../../src/charts/StackedAreaChart';
import type { Point } from '../../../src/series/types';
import { focusedName, focusOn, marksIn, PALETTE, press, tabStops, tooltipText, yOf } from './support';

afterEach(cleanup);

const YEARS = [2005, 2006, 2007, 2008];
const pts = (vs: number[]): Point[] => vs.map((v, k) => [YEARS[k] as number, v] as const);
const LAYERS: AreaLayer[] = [
  { id: 'transport', label: 'Transport', points: pts([1500, 1450, 1400, 1350]), color: '#c2410c' },
  { id: 'domestic', label: 'Domestic', points: pts([1200, 1150, 1100, 1000]), color: '#007a5a' },
  { id: 'industry', label: 'Industry', points: pts([900, 850, 800, 700]), color: '#8a6100' },
];
const LULUCF: AreaLayer = { id: 'lulucf', label: 'Land use', points: pts([20, 5, -10, -15]), color: '#a8457f' };
const input = (over: Partial<StackedAreaInput> = {}): StackedAreaInput => ({
  layers: [...LAYERS, LULUCF],
  width: 720,
  height: 360,
  unit: 'kt',
  ...over,
});

describe('layoutStackedArea', () => {
  it('leaves out a layer that is negative in any year and reports it in excluded', () => {
    const l = layoutStackedArea(input());
    expect(l.bands.map((b) => b.id)).toEqual(['transport', 'domestic', 'industry']);
    expect(l.excluded.map((x) => x.id)).toEqual(['lulucf']);
    expect(l.marks.some((m) => m.title === 'Land use')).toBe(false);
  });

  it('excludes nothing when every layer is positive', () => {
    expect(layoutStackedArea(input({ layers: LAYERS })).excluded).toEqual([]);
  });

  it('stacks the layers: the top of the stack is the sum of the layers shown', () => {
    const l = layoutStackedArea(input());
    YEARS.forEach((year, k) => {
      const sum = LAYERS.reduce((s, layer) => s + (layer.points[k]?.[1] ?? 0), 0);
      const top = l.marks.find((m) => m.key === `industry:${year}`);
      expect(top?.y, `${year}`).toBeCloseTo(l.margin.top + yOf(l.yTicks, sum), 6);
      // and each layer's top is the running sum
      const domestic = l.marks.find((m) => m.key === `domestic:${year}`);
      expect(domestic?.y).toBeCloseTo(l.margin.top + yOf(l.yTicks, (LAYERS[0]?.points[k]?.[1] ?? 0) + (LAYERS[1]?.points[k]?.[1] ?? 0)), 6);
    });
  });

  it('starts the y axis at zero and reaches the tallest stack', () => {
    const l = layoutStackedArea(input());
    expect(l.yTicks[0]?.value).toBe(0);
    expect(Math.max(...l.yTicks.map((t) => t.value))).toBeGreaterThanOrEqual(3600);
    for (const m of l.marks) expect(m.y).toBeGreaterThanOrEqual(l.margin.top - 1e-9);
  });

  it("names each layer's own value in its mark, not the running total", () => {
    const l = layoutStackedArea(input());
    expect(l.marks.find((m) => m.key === 'domestic:2006')).toMatchObject({ title: 'Domestic', detail: '2006: 1,150 kt', s: 1, i: 1 });
    expect(l.marks).toHaveLength(LAYERS.length * YEARS.length);
  });

  it('labels layers beside the chart only when asked and wide; by default the legend names them', () => {
    expect(layoutStackedArea(input({ width: 720, directLabels: true })).direct).toBe(true);
    expect(layoutStackedArea(input({ width: 400, directLabels: true })).direct).toBe(false);
    expect(layoutStackedArea(input({ width: 720 })).direct).toBe(false);
  });

  it('labels the x axis with years', () => {
    const l = layoutStackedArea(input());
    expect(l.xTicks.map((t) => t.label)).toEqual(['2005', '2006', '2007', '2008']);
  });

  it('lays out a chart with nothing to stack with finite margins', () => {
    const l = layoutStackedArea(input({ layers: [] }));
    expect(Number.isFinite(l.margin.right)).toBe(true);
    expect(Number.isFinite(l.innerW)).toBe(true);
    expect(l.bands).toHaveLength(0);
  });
});

describe('<StackedAreaChart>', () => {
  const draw = (over: Partial<StackedAreaInput> = {}) =>
    render(<StackedAreaChart {...input(over)} palette={PALETTE} label="CO2 by sector" />);

  it('draws one area per stacked layer and one mark per layer and year', () => {
    const { container } = draw();
    expect(container.querySelectorAll('.ee-area')).toHaveLength(3);
    expect(container.querySelector('[data-series="lulucf"]')).toBeNull();
    expect(marksIn(container)).toHaveLength(12);
    expect(screen.queryByText('Transport'), 'layers are named by the card legend, not beside the chart').toBeNull();
    expect(screen.getByText('2007')).toBeInTheDocument();
  });

  it('focusing a point shows the layer, year and its value', () => {
    const { container } = draw();
    focusOn(marksIn(container).find((m) => m.getAttribute('data-mark') === 'industry:2008'));
    expect(tooltipText(container)).toBe('2008Transport1,350 ktDomestic1,000 ktIndustry700 kt');
  });

  it('ArrowRight moves along a layer, ArrowDown to the layer stacked on it', () => {
    const { container } = draw();
    expect(tabStops(container)).toHaveLength(1);
    focusOn(tabStops(container)[0]);
    expect(focusedName()).toBe('Transport, 2005: 1,500 kt');
    press('ArrowRight');
    expect(focusedName()).toBe('Transport, 2006: 1,450 kt');
    press('ArrowDown');
    expect(focusedName()).toBe('Domestic, 2006: 1,150 kt');
    press('End');
    expect(focusedName()).toBe('Domestic, 2008: 1,000 kt');
    press('Home');
    expect(focusedName()).toBe('Domestic, 2005: 1,200 kt');
  });
});
