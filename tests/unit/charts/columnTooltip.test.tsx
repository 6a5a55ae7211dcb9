/**
 * Line and area charts: hovering or arrowing to a year shows a crosshair at
 * that year and one tooltip listing every series drawn, highest value first,
 * each with its colour key and its value in the chart's formatter.
 */
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { LineSeries } from '../../../src/charts/LineChart';
import { LineChart, layoutLine } from '../../../src/charts/LineChart';
import { SmallMultiples } from '../../../src/charts/SmallMultiples';
import type { AreaLayer } from '../../../src/charts/StackedAreaChart';
import { StackedAreaChart } from '../../../src/charts/StackedAreaChart';
import type { Point } from '../../../src/series/types';
import { focusOn, hover, marksIn, PALETTE, press, tooltipRows, tooltipText } from './support';

afterEach(cleanup);

const years = (f: (y: number) => number): Point[] => Array.from({ length: 11 }, (_, k) => [2010 + k, f(2010 + k)] as const);

// England starts highest and ends lowest: the order of the rows follows the year.
const SERIES: LineSeries[] = [
  { id: 'woe', label: 'West of England', points: years((y) => 7 - (y - 2010) * 0.2), color: '#0a5fa3', dash: '' },
  { id: 'sw', label: 'South West', points: years((y) => 6.5 - (y - 2010) * 0.1), color: '#5b5b5b', dash: '10 4' },
  { id: 'en', label: 'England', points: years((y) => 7.5 - (y - 2010) * 0.35), color: '#6a3d9a', dash: '4 2' },
];

const drawLines = (series = SERIES) =>
  render(<LineChart series={series} width={720} height={360} unit="tperhead" palette={PALETTE} label="Emissions per person" />);

const markOf = (container: HTMLElement, key: string) => marksIn(container).find((m) => m.getAttribute('data-mark') === key);

describe('the tooltip of a line chart', () => {
  it('lists every series at the focused year, highest first, with the chart formatter', () => {
    const { container } = drawLines();
    focusOn(markOf(container, 'sw:2010'));
    expect(container.querySelector('.ee-tooltip strong')?.textContent).toBe('2010');
    expect(tooltipRows(container)).toEqual([
      ['England', '7.5 t'],
      ['West of England', '7.0 t'],
      ['South West', '6.5 t'],
    ]);
    // The focused series is marked in bold; every row has its colour key, dashed as drawn.
    expect(container.querySelector('.ee-tooltip-active th')?.textContent).toBe('South West');
    const keys = [...container.querySelectorAll('.ee-tooltip-key line')];
    expect(keys.map((k) => k.getAttribute('stroke'))).toEqual(['#6a3d9a', '#0a5fa3', '#5b5b5b']);
    expect(keys[2]?.getAttribute('stroke-dasharray')).toBe('10 4');
  });

  it('ArrowRight moves the year: the crosshair follows, and the rows re-sort by the new year', () => {
    const { container } = drawLines();
    focusOn(markOf(container, 'en:2019'));
    press('ArrowRight');
    expect(container.querySelector('.ee-tooltip strong')?.textContent).toBe('2020');
    expect(tooltipRows(container)).toEqual([
      ['South West', '5.5 t'],
      ['West of England', '5.0 t'],
      ['England', '4.0 t'],
    ]);
    const layout = layoutLine({ series: SERIES, width: 720, height: 360, unit: 'tperhead' });
    const x2020 = layout.marks.find((m) => m.key === 'en:2020')?.x;
    const cross = container.querySelector('.ee-crosshair line');
    expect(Number(cross?.getAttribute('x1'))).toBeCloseTo(x2020 ?? NaN);
    expect(Number(cross?.getAttribute('x2'))).toBeCloseTo(x2020 ?? NaN);
    // It runs the plot's height, from the top gridline to the baseline.
    expect(Number(cross?.getAttribute('y1'))).toBe(layout.margin.top);
    expect(Number(cross?.getAttribute('y2'))).toBe(layout.margin.top + layout.innerH);
    // A dot on each of the other series at that year.
    expect(container.querySelectorAll('.ee-crosshair circle')).toHaveLength(2);
  });

  it('hovering near a year shows that year', () => {
    const { container } = drawLines();
    const target = layoutLine({ series: SERIES, width: 720, height: 360, unit: 'tperhead' }).marks.find((m) => m.key === 'woe:2016');
    hover(container, (target?.x ?? 0) + 3, (target?.y ?? 0) - 20);
    expect(container.querySelector('.ee-tooltip strong')?.textContent).toBe('2016');
    expect(tooltipRows(container).map((r) => r[0])).toEqual(['South West', 'West of England', 'England']);
    expect(container.querySelector('.ee-crosshair line')).not.toBeNull();
    // Leaving the chart hides both.
    fireEvent.pointerLeave(container.querySelector('.ee-hit') as Element);
    expect(tooltipText(container)).toBeNull();
    expect(container.querySelector('.ee-crosshair')).toBeNull();
  });

  it('a hidden series is not listed', () => {
    const { container, rerender } = drawLines();
    focusOn(markOf(container, 'woe:2012'));
    expect(tooltipRows(container)).toHaveLength(3);
    // Hidden through the legend: the card draws the chart without it.
    const shown = SERIES.filter((s) => s.id !== 'en');
    rerender(<LineChart series={shown} width={720} height={360} unit="tperhead" palette={PALETTE} label="Emissions per person" />);
    expect(tooltipRows(container).map((r) => r[0])).toEqual(['West of England', 'South West']);
  });

  it('a series without a value at the year is left out of that year, not shown as zero', () => {
    const short = [...SERIES.slice(0, 2), { ...(SERIES[2] as LineSeries), points: years((y) => y).filter(([y]) => y < 2015) }];
    const { container } = drawLines(short);
    focusOn(markOf(container, 'woe:2018'));
    expect(tooltipRows(container).map((r) => r[0])).toEqual(['South West', 'West of England']);
  });
});

describe('the tooltip of a stacked area chart', () => {
  const pts = (vs: number[]): Point[] => vs.map((v, k) => [2005 + k, v] as const);
  const LAYERS: AreaLayer[] = [
    { id: 'industry', label: 'Industry', points: pts([1500, 900]), color: '#c2410c' },
    { id: 'domestic', label: 'Domestic', points: pts([1200, 1150]), color: '#007a5a' },
    { id: 'transport', label: 'Transport', points: pts([1400, 1450]), color: '#6a3d9a' },
  ];

  it("lists each layer's own value (not the running total), highest first", () => {
    const { container } = render(<StackedAreaChart layers={LAYERS} width={720} height={360} unit="kt" palette={PALETTE} label="CO2" />);
    focusOn(markOf(container, 'domestic:2005'));
    expect(tooltipRows(container)).toEqual([
      ['Industry', '1,500 kt'],
      ['Transport', '1,400 kt'],
      ['Domestic', '1,200 kt'],
    ]);
    press('ArrowRight');
    expect(tooltipRows(container)).toEqual([
      ['Transport', '1,450 kt'],
      ['Domestic', '1,150 kt'],
      ['Industry', '900 kt'],
    ]);
    expect(container.querySelector('.ee-crosshair line')).not.toBeNull();
  });
});

describe('the tooltip of small multiples', () => {
  it("lists the series of the focused panel only, headed by the panel's name and the year", () => {
    const pair = (road: number, rail: number): LineSeries[] => [
      { id: 'road', label: 'Road', points: years(() => road), color: '#0a5fa3', dash: '' },
      { id: 'rail', label: 'Rail (diesel)', points: years(() => rail), color: '#c2410c', dash: '6 3' },
    ];
    const { container } = render(
      <SmallMultiples
        panels={[
          { id: 'bristol', label: 'Bristol', series: pair(900, 20) },
          { id: 'ns', label: 'North Somerset', series: pair(500, 12) },
        ]}
        width={720}
        panelHeight={160}
        unit="kt"
        palette={PALETTE}
        label="Transport CO2"
      />,
    );
    focusOn(markOf(container, 'ns:rail:2013'));
    expect(container.querySelector('.ee-tooltip strong')?.textContent).toBe('North Somerset, 2013');
    expect(tooltipRows(container)).toEqual([
      ['Road', '500 kt'],
      ['Rail (diesel)', '12 kt'],
    ]);
  });
});
