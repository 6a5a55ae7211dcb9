import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { LineInput, LineSeries } from '../../../src/charts/LineChart';
import { layoutLine, LineChart } from '../../../src/charts/LineChart';
import type { Point } from '../../../src/series/types';
import { focusedName, focusOn, marksIn, PALETTE, press, tabStops, tooltipText, yOf } from './support';

afterEach(cleanup);

const years = (from: number, to: number, f: (y: number) => number): Point[] =>
  Array.from({ length: to - from + 1 }, (_, k) => [from + k, f(from + k)] as const);

const SERIES: LineSeries[] = [
  { id: 'woe', label: 'West of England', points: years(2005, 2020, (y) => 7.9 - (y - 2005) * 0.2), color: '#0a5fa3', dash: '' },
  { id: 'sw', label: 'South West', points: years(2005, 2020, (y) => 8.4 - (y - 2005) * 0.22), color: '#5b5b5b', dash: '10 4' },
  { id: 'en', label: 'England', points: years(2005, 2020, (y) => 8.8 - (y - 2005) * 0.25), color: '#6a3d9a', dash: '4 2 1 2' },
];
// Real GDP (rising) and CO2 (falling), with GDP starting earlier than the base year.
const GDP: LineSeries = {
  id: 'gdp',
  label: 'Real GDP',
  points: years(1998, 2019, (y) => 25000 + (y - 1998) * 700),
  color: 'c1',
  dash: '6 3',
};
const CO2: LineSeries = {
  id: 'co2',
  label: 'CO2 emissions',
  points: years(2005, 2020, (y) => 6000 - (y - 2005) * 150),
  color: 'c0',
  dash: '',
};
const SHADE = { upper: 'gdp', lower: 'co2', label: 'Decoupling' };

const input = (over: Partial<LineInput> = {}): LineInput => ({ series: SERIES, width: 640, height: 360, unit: 'tperhead', ...over });
const decoupling = (width: number) => layoutLine({ series: [GDP, CO2], width, height: 320, unit: 'gbpm', indexBase: 2005, shade: SHADE });

describe('layoutLine', () => {
  it('draws one path per series', () => {
    const l = layoutLine(input());
    expect(l.lines.map((ln) => ln.id)).toEqual(['woe', 'sw', 'en']);
    for (const ln of l.lines) expect(ln.d).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){15}$/);
  });

  it('leaves out a series with no points rather than drawing an empty path', () => {
    const l = layoutLine(input({ series: [...SERIES, { id: 'none', label: 'Nothing', points: [], color: 'x', dash: '' }] }));
    expect(l.lines.map((ln) => ln.id)).toEqual(['woe', 'sw', 'en']);
    expect(l.marks.some((m) => m.title === 'Nothing')).toBe(false);
  });

  it('rebases every series to 100 in the index base year', () => {
    const l = layoutLine({ series: [GDP, CO2], width: 640, height: 320, unit: 'gbpm', indexBase: 2005 });
    expect(l.unit).toBe('index');
    expect(l.baseline).toBe(100);
    const base = l.marks.filter((m) => m.detail.startsWith('2005:'));
    expect(base.map((m) => m.detail)).toEqual(['2005: 100.0', '2005: 100.0']);
    // both series pass through the same point in the base year
    expect(base[0]?.y).toBeCloseTo(base[1]?.y ?? NaN);
    // 2019 GDP is (25000 + 21 × 700) / (25000 + 7 × 700) × 100 = 132.8
    expect(l.marks.find((m) => m.key === 'gdp:2019')?.detail).toBe('2019: 132.8');
    expect(l.yTicks.map((t) => t.value)).toContain(100);
  });

  it('starts the y axis at zero unless the chart is indexed or asks not to', () => {
    expect(layoutLine(input()).yTicks[0]?.value).toBe(0);
    expect(layoutLine(input()).baseline).toBe(0);
    const indexed = layoutLine({ series: [GDP, CO2], width: 640, height: 320, unit: 'gbpm', indexBase: 2005 });
    expect(Math.min(...indexed.yTicks.map((t) => t.value))).toBeGreaterThan(0);
    const noZero = layoutLine(input({ zero: false }));
    expect(Math.min(...noZero.yTicks.map((t) => t.value))).toBeGreaterThan(0);
  });

  it('keeps every point inside the plot', () => {
    for (const l of [layoutLine(input()), layoutLine(input({ zero: false })), decoupling(640)]) {
      for (const m of l.marks) {
        expect(m.x).toBeGreaterThanOrEqual(l.margin.left - 1e-9);
        expect(m.x).toBeLessThanOrEqual(l.margin.left + l.innerW + 1e-9);
        expect(m.y).toBeGreaterThanOrEqual(l.margin.top - 1e-9);
        expect(m.y).toBeLessThanOrEqual(l.margin.top + l.innerH + 1e-9);
      }
    }
  });

  it('draws data already indexed around a baseline of 100 without forcing zero into the axis', () => {
    const indexed: LineSeries[] = [{ ...GDP, points: years(2005, 2019, (y) => 100 + (y - 2005) * 2) }];
    const l = layoutLine({ series: indexed, width: 640, height: 320, unit: 'index', baseline: 100 });
    expect(l.baseline).toBe(100);
    const ticks = l.yTicks.map((t) => t.value);
    expect(ticks).toContain(100);
    expect(Math.min(...ticks)).toBeGreaterThan(0);
  });

  it('wraps a long end label over lines and keeps wrapped labels apart', () => {
    const long: LineSeries[] = [
      { ...SERIES[0], id: 'a', label: 'Bath and North East Somerset', points: years(2005, 2020, () => 5) } as LineSeries,
      { ...SERIES[1], id: 'b', label: 'South Gloucestershire', points: years(2005, 2020, () => 5.01) } as LineSeries,
    ];
    const l = layoutLine(input({ series: long, width: 600 }));
    const a = l.labels.find((t) => t.id === 'a');
    const b = l.labels.find((t) => t.id === 'b');
    expect(a?.lines.join(' ')).toBe('Bath and North East Somerset');
    expect(a?.lines.length).toBeGreaterThan(1);
    // whichever is on top, the one below starts after all the lines of the one above
    const [top, below] = [a, b].sort((p, q) => (p?.y ?? 0) - (q?.y ?? 0));
    expect((below?.y ?? 0) - (top?.y ?? 0)).toBeGreaterThanOrEqual((top?.lines.length ?? 1) * l.fontSize);
  });

  it('uses a shared y domain when given one', () => {
    const a = layoutLine(input({ yDomain: [0, 20] }));
    expect(Math.max(...a.yTicks.map((t) => t.value))).toBeGreaterThanOrEqual(20);
  });

  it('labels years on the x axis without separators, fewer of them on a narrow chart', () => {
    const narrow = layoutLine(input({ width: 360 }));
    const wide = layoutLine(input({ width: 1000 }));
    expect(narrow.xTicks.length).toBeLessThan(wide.xTicks.length);
    expect(narrow.xTicks.length).toBeGreaterThanOrEqual(2);
    for (const t of [...narrow.xTicks, ...wide.xTicks]) {
      expect(Number.isInteger(t.value)).toBe(true);
      expect(t.label).toMatch(/^\d{4}$/);
    }
  });

  it('shades the gap between the two series and keeps its label inside the plot at every width', () => {
    for (const width of [280, 320, 360, 480, 640, 1000, 1400]) {
      const l = decoupling(width);
      expect(l.shade, `width ${width}`).toBeDefined();
      const s = l.shade as NonNullable<typeof l.shade>;
      expect(s.d).toMatch(/^M.*Z$/);
      // the label is centred on lx; estimate its half width as the layout does (0.6 em a character)
      const half = (s.label.length * l.fontSize * 0.6) / 2;
      expect(s.lx - half, `width ${width}`).toBeGreaterThanOrEqual(0);
      expect(s.lx + half, `width ${width}`).toBeLessThanOrEqual(l.innerW);
      expect(s.ly).toBeGreaterThan(0);
      expect(s.ly).toBeLessThan(l.innerH);
    }
  });

  it('places the shade label between the two lines', () => {
    const l = decoupling(800);
    // at the widest gap (the last shared year, 2019) GDP is 132.8 and CO2 70.6 (index)
    const ly = l.shade?.ly ?? NaN;
    expect(ly).toBeGreaterThan(yOf(l.yTicks, 132.8));
    expect(ly).toBeLessThan(yOf(l.yTicks, 70.6));
  });

  it('draws no shade when one of its two series is hidden', () => {
    const l = layoutLine({ series: [GDP], width: 640, height: 320, unit: 'gbpm', indexBase: 2005, shade: SHADE });
    expect(l.shade).toBeUndefined();
  });

  it('labels line ends directly on wide charts, without overlaps, and leaves it to the legend on narrow ones', () => {
    const close: LineSeries[] = SERIES.map((s, k) => ({ ...s, points: years(2005, 2020, () => 5 + k * 0.01) }));
    const l = layoutLine(input({ series: close, width: 800 }));
    expect(l.labels.map((t) => t.lines.join(' ')).sort()).toEqual(['England', 'South West', 'West of England']);
    const ys = l.labels.map((t) => t.y).sort((a, b) => a - b);
    for (let k = 1; k < ys.length; k++) expect((ys[k] as number) - (ys[k - 1] as number)).toBeGreaterThanOrEqual(l.fontSize);
    for (const t of l.labels) {
      expect(t.x).toBeGreaterThan(l.innerW);
      expect(t.y).toBeGreaterThanOrEqual(0);
      expect(t.y).toBeLessThanOrEqual(l.innerH);
    }
    expect(layoutLine(input({ width: 400 })).labels).toEqual([]);
    expect(layoutLine(input({ width: 800, directLabels: false })).labels).toEqual([]);
  });

  it('gives every point a mark named by series, year and value', () => {
    const l = layoutLine(input());
    expect(l.marks).toHaveLength(3 * 16);
    expect(new Set(l.marks.map((m) => m.key)).size).toBe(l.marks.length);
    expect(l.marks[0]).toMatchObject({ key: 'woe:2005', title: 'West of England', detail: '2005: 7.9 t', s: 0, i: 0 });
    expect(l.marks.find((m) => m.key === 'woe:2020')?.detail).toBe('2020: 4.9 t');
  });
});

describe('<LineChart>', () => {
  const draw = (over: Partial<LineInput> = {}) => render(<LineChart {...input(over)} palette={PALETTE} label="Emissions per person" />);

  it('draws one line per series and one mark per point, with direct labels and year ticks', () => {
    const { container } = draw({ width: 800 });
    expect(container.querySelectorAll('.ee-line')).toHaveLength(3);
    expect(marksIn(container)).toHaveLength(48);
    for (const s of SERIES) expect(screen.getByText(s.label)).toBeInTheDocument();
    expect(screen.getByText('2010')).toBeInTheDocument();
    expect(container.querySelector('[data-series="sw"]')?.getAttribute('stroke-dasharray')).toBe('10 4');
  });

  it('draws the shade and its label', () => {
    const { container } = render(
      <LineChart
        series={[GDP, CO2]}
        width={640}
        height={320}
        unit="gbpm"
        indexBase={2005}
        shade={SHADE}
        palette={PALETTE}
        label="Decoupling"
      />,
    );
    expect(container.querySelector('.ee-shade path')).not.toBeNull();
    expect(screen.getByText('Decoupling', { selector: 'text' })).toBeInTheDocument();
  });

  it('focusing a point shows its series, year and value', () => {
    const { container } = draw();
    focusOn(marksIn(container).find((m) => m.getAttribute('data-mark') === 'sw:2010'));
    expect(tooltipText(container)).toContain('South West7.3 t');
    expect(tooltipText(container)?.startsWith('2010')).toBe(true);
  });

  it('arrow keys move along a line and between lines; Home and End jump to its ends', () => {
    const { container } = draw();
    expect(tabStops(container)).toHaveLength(1);
    focusOn(tabStops(container)[0]);
    expect(focusedName()).toBe('West of England, 2005: 7.9 t');
    press('ArrowRight');
    expect(focusedName()).toBe('West of England, 2006: 7.7 t');
    press('ArrowDown');
    expect(focusedName()).toBe('South West, 2006: 8.2 t');
    press('End');
    expect(focusedName()).toBe('South West, 2020: 5.1 t');
    press('ArrowRight'); // past the end: focus stays
    expect(focusedName()).toBe('South West, 2020: 5.1 t');
    press('Home');
    expect(focusedName()).toBe('South West, 2005: 8.4 t');
    expect(tooltipText(container)).toBe('2005England8.8 tSouth West8.4 tWest of England7.9 t');
    // the roving tab stop follows focus
    expect(tabStops(container).map((m) => m.getAttribute('aria-label'))).toEqual(['South West, 2005: 8.4 t']);
  });
});
