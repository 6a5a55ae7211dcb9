import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SlopeInput, SlopeSeries } from '../../../src/charts/SlopeChart';
import { layoutSlope, SlopeChart } from '../../../src/charts/SlopeChart';
import { focusedName, focusOn, marksIn, PALETTE, press, tabStops, tooltipText } from './support';

afterEach(cleanup);

const SERIES: SlopeSeries[] = [
  { id: 'evidence-base', label: 'Evidence base (2016-based)', from: [2018, 0.54], to: [2038, 0.6], color: '#5b5b5b', dash: '6 3' },
  { id: 'snpp-2022', label: 'ONS 2022-based', from: [2022, 0.57], to: [2038, 0.56], color: '#0a5fa3', dash: '' },
];
const input = (over: Partial<SlopeInput> = {}): SlopeInput => ({
  series: SERIES,
  width: 640,
  height: 300,
  unit: 'ratio',
  leftTitle: 'Start',
  rightTitle: '2038',
  ...over,
});

describe('layoutSlope', () => {
  it('gives each series two marks, its start on the left axis and its end on the right', () => {
    const l = layoutSlope(input());
    expect(l.marks).toHaveLength(2 * SERIES.length);
    for (const s of SERIES) {
      const from = l.marks.find((m) => m.key === `${s.id}:from`);
      const to = l.marks.find((m) => m.key === `${s.id}:to`);
      expect(from?.x).toBe(l.margin.left);
      expect(to?.x).toBe(l.margin.left + l.innerW);
      expect(from?.title).toBe(s.label);
    }
    expect(l.marks.map((m) => m.detail)).toEqual(['2018: 0.54', '2038: 0.60', '2022: 0.57', '2038: 0.56']);
  });

  it('draws a higher value higher, and a rise as a line going up', () => {
    const l = layoutSlope(input());
    const eb = l.lines.find((s) => s.id === 'evidence-base');
    const now = l.lines.find((s) => s.id === 'snpp-2022');
    expect(eb?.y1).toBeLessThan(eb?.y0 ?? NaN); // 0.54 → 0.60 rises
    expect(now?.y1).toBeGreaterThan(now?.y0 ?? NaN); // 0.57 → 0.56 falls
    expect(eb?.y1).toBeLessThan(now?.y1 ?? NaN); // 0.60 above 0.56
    for (const y of l.lines.flatMap((s) => [s.y0, s.y1])) {
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(l.innerH);
    }
  });

  it('labels both ends with value and year', () => {
    const l = layoutSlope(input());
    expect(l.lines.map((s) => [s.leftText, s.rightText])).toEqual([
      ['0.54 (2018)', '0.60 (2038)'],
      ['0.57 (2022)', '0.56 (2038)'],
    ]);
  });

  it('moves labels of nearly equal values apart so they do not overlap', () => {
    const close: SlopeSeries[] = [
      { ...(SERIES[0] as SlopeSeries), from: [2018, 0.55], to: [2038, 0.6] },
      { ...(SERIES[1] as SlopeSeries), from: [2022, 0.551], to: [2038, 0.601] },
    ];
    const l = layoutSlope(input({ series: close }));
    const [a, b] = l.lines;
    expect(Math.abs((a?.leftY ?? 0) - (b?.leftY ?? 0))).toBeGreaterThanOrEqual(l.fontSize);
    expect(Math.abs((a?.rightY ?? 0) - (b?.rightY ?? 0))).toBeGreaterThanOrEqual(l.fontSize);
  });

  it('lays out an empty chart with finite margins', () => {
    const l = layoutSlope(input({ series: [] }));
    expect(Number.isFinite(l.margin.right)).toBe(true);
    expect(Number.isFinite(l.innerW)).toBe(true);
    expect(l.marks).toHaveLength(0);
  });
});

describe('<SlopeChart>', () => {
  const draw = () => render(<SlopeChart {...input()} palette={PALETTE} label="Dependency ratio" />);

  it('draws one slope and two marks per series, with titles, labels and values', () => {
    const { container } = draw();
    expect(container.querySelectorAll('.ee-slope')).toHaveLength(2);
    expect(marksIn(container)).toHaveLength(4);
    expect(screen.getByText('Start')).toBeInTheDocument();
    expect(screen.getByText('2038')).toBeInTheDocument();
    expect(screen.getByText('Evidence base (2016-based)')).toBeInTheDocument();
    expect(screen.getByText('0.54 (2018)')).toBeInTheDocument();
    expect(screen.getByText('0.56 (2038)')).toBeInTheDocument();
  });

  it('focusing an end shows the series, year and value', () => {
    const { container } = draw();
    focusOn(marksIn(container).find((m) => m.getAttribute('data-mark') === 'snpp-2022:to'));
    expect(tooltipText(container)).toBe('ONS 2022-based2038: 0.56');
  });

  it('ArrowRight goes from start to end, ArrowDown to the next series, Home back to the start', () => {
    const { container } = draw();
    expect(tabStops(container)).toHaveLength(1);
    focusOn(tabStops(container)[0]);
    expect(focusedName()).toBe('Evidence base (2016-based), 2018: 0.54');
    press('ArrowRight');
    expect(focusedName()).toBe('Evidence base (2016-based), 2038: 0.60');
    press('ArrowDown');
    expect(focusedName()).toBe('ONS 2022-based, 2038: 0.56');
    press('Home');
    expect(focusedName()).toBe('ONS 2022-based, 2022: 0.57');
    press('End');
    expect(focusedName()).toBe('ONS 2022-based, 2038: 0.56');
  });
});
