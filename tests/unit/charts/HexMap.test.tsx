import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { binnedScale } from '../../../src/charts/binnedScale';
import { parseHexJson, layoutHexGrid } from '../../../src/charts/hexGrid';
import { HexMap } from '../../../src/charts/HexMap';
import type { HexMapInput } from '../../../src/charts/layoutHexMap';
import { layoutHexMap } from '../../../src/charts/layoutHexMap';
import { COLORS, ENGLISH_CODES, HEXJSON, WOE_CODES } from './compareFixtures';
import { focusedName, PALETTE, press, tabStops, tooltipText } from './support';

afterEach(cleanup);

const GRID = parseHexJson(HEXJSON, 'fixture.hexjson');
/** Made-up values; Manchester has none. */
const VALUES = new Map<string, number>([
  ['E06000022', 6.1],
  ['E06000023', 3.9],
  ['E06000024', 5.2],
  ['E06000025', 5.6],
  ['E06000054', 7.4],
  ['E06000066', 8.8],
  ['E07000080', 6.7],
  ['E06000052', 5.0],
  ['E09000001', 1.3],
  ['W06000015', 4.0],
]);
const input = (over: Partial<HexMapInput> = {}): HexMapInput => ({
  grid: GRID,
  values: VALUES,
  highlight: WOE_CODES,
  width: 720,
  unit: 'tperhead',
  legendTitle: 'Tonnes CO₂e per resident, 2023',
  colors: COLORS,
  rankNoun: 'English authorities',
  ...over,
});

describe('parseHexJson', () => {
  it('reads every hex with its name and coordinates', () => {
    expect(GRID.hexes).toHaveLength(Object.keys(HEXJSON.hexes).length);
    expect(GRID.hexes.find((h) => h.id === 'E06000023')).toEqual({ id: 'E06000023', name: 'Bristol, City of', q: 0, r: 3 });
  });

  it('fails with a message naming the file and the hex', () => {
    expect(() => parseHexJson({ layout: 'odd-q', hexes: {} }, 'x.hexjson')).toThrow('x.hexjson: layout must be "odd-r" or "even-r"');
    expect(() => parseHexJson({ layout: 'odd-r', hexes: { E1: { n: 'A', q: 'a', r: 1 } } }, 'x.hexjson')).toThrow(
      'x.hexjson: hex E1: q and r must be integers',
    );
  });
});

describe('layoutHexGrid', () => {
  it('shifts odd rows half a hex right and puts north at the top', () => {
    const g = layoutHexGrid(GRID, 600);
    const at = (id: string) => g.hexes.find((h) => h.id === id);
    const bristol = at('E06000023');
    const nsom = at('E06000024');
    const sglos = at('E06000025');
    const w = g.radius * Math.sqrt(3);
    // Bristol (r 3, odd) sits half a hex right of North Somerset (r 2, even), one row above it.
    expect((bristol?.cx ?? 0) - (nsom?.cx ?? 0)).toBeCloseTo(w / 2, 0);
    expect(bristol?.cy).toBeLessThan(nsom?.cy ?? 0);
    expect(sglos?.cy).toBeLessThan(bristol?.cy ?? 0);
  });

  it('keeps its aspect ratio and fits the width or the height', () => {
    const a = layoutHexGrid(GRID, 360);
    const b = layoutHexGrid(GRID, 1280);
    expect(b.height / a.height).toBeCloseTo(1280 / 360, 1);
    const c = layoutHexGrid(GRID, 1280, 300);
    expect(c.height).toBeLessThanOrEqual(300);
    for (const h of c.hexes) {
      expect(h.cx - c.radius).toBeGreaterThanOrEqual(0);
      expect(h.cx + c.radius).toBeLessThanOrEqual(1280);
    }
  });
});

describe('binnedScale', () => {
  const seq = COLORS.sequential;
  const div = COLORS.diverging;

  it('bins positive values into round breaks that cover them, at most one colour per ramp step', () => {
    const s = binnedScale([1.3, 3.9, 8.8], seq, div);
    expect(s.kind).toBe('sequential');
    expect(s.breaks[0]).toBeLessThanOrEqual(1.3);
    expect(s.breaks.at(-1)).toBeGreaterThanOrEqual(8.8);
    expect(s.colors.length).toBe(s.breaks.length - 1);
    expect(s.colors.length).toBeLessThanOrEqual(seq.length);
    expect(s.colorOf(1.3)).toBe(s.colors[0]);
    expect(s.colorOf(8.8)).toBe(s.colors.at(-1));
    expect(s.colors[0]).toBe(seq[0]);
    expect(s.colors.at(-1)).toBe(seq.at(-1));
  });

  it('uses the diverging ramp, symmetric about zero, when values straddle zero', () => {
    const s = binnedScale([-42, -5, 3, 12], seq, div);
    expect(s.kind).toBe('diverging');
    expect(s.breaks).toContain(0);
    expect(s.breaks[0]).toBe(-(s.breaks.at(-1) ?? 0));
    expect(s.breaks[0]).toBeLessThanOrEqual(-42);
    expect(div.slice(0, 3)).toContain(s.colorOf(-5));
    expect(div.slice(3)).toContain(s.colorOf(3));
  });
});

describe('binnedScale: a robust domain, so outliers do not wash out the map', () => {
  const seq = COLORS.sequential;
  const div = COLORS.diverging;
  /** 100 changes spread evenly from −20% to +40%, and two outliers at −150% and +150%. */
  const spread = Array.from({ length: 100 }, (_, i) => -20 + (i * 60) / 99);
  const withOutliers = [-150, ...spread, 150];

  it('spans the 2nd to the 98th percentile, symmetric about zero for changes, with the end bins open', () => {
    const s = binnedScale(withOutliers, seq, div);
    expect(s.kind).toBe('diverging');
    expect(s.breaks[0]).toBe(-(s.breaks.at(-1) ?? 0));
    // The 98th percentile is about +39%: the scale ends at the first round break above it, not at ±150%.
    expect(s.breaks.at(-1)).toBeGreaterThanOrEqual(39);
    expect(s.breaks.at(-1)).toBeLessThanOrEqual(60);
    expect(s).toMatchObject({ openLow: true, openHigh: true });
    expect(s.colorOf(150)).toBe(s.colors.at(-1));
    expect(s.colorOf(-150)).toBe(s.colors[0]);
    // The bulk spreads over most of the ramp (at ±150% it would get two of six colours).
    expect(new Set(spread.map(s.colorOf)).size).toBeGreaterThanOrEqual(4);
  });

  it('does the same for a sequential measure with one huge value (the City of London)', () => {
    const s = binnedScale([...spread.map((v) => v + 40), 7_000], seq, div);
    expect(s.kind).toBe('sequential');
    expect(s.breaks.at(-1)).toBeLessThanOrEqual(100);
    expect(s.openHigh).toBe(true);
    expect(s.colorOf(7_000)).toBe(s.colors.at(-1));
  });

  it('keeps every value inside the breaks when there are fewer than 50 of them, or no outlier', () => {
    expect(binnedScale([-42, -5, 3, 12], seq, div)).toMatchObject({ openLow: false, openHigh: false });
    const s = binnedScale(spread, seq, div);
    expect(s.breaks[0]).toBeLessThanOrEqual(-20);
    expect(s.breaks.at(-1)).toBeGreaterThanOrEqual(40);
    expect(s).toMatchObject({ openLow: false, openHigh: false });
  });

  it('labels the open end bins "≤ x" and "≥ y" in the map legend, on a wide card and a phone', () => {
    const hexes = withOutliers.map((_, i) => ({
      id: `E0700${String(i).padStart(4, '0')}`,
      name: `Authority ${i}`,
      q: i % 10,
      r: Math.floor(i / 10),
    }));
    const values = new Map(hexes.map((h, i) => [h.id, withOutliers[i] as number]));
    for (const width of [1280, 360]) {
      const l = layoutHexMap(input({ grid: { layout: 'odd-r', hexes }, values, highlight: [], unit: 'percent', width }));
      const labels = l.legend.ticks.map((t) => t.label);
      expect(labels[0]).toMatch(/^≤ −\d+%$/);
      expect(labels.at(-1)).toMatch(/^≥ \d+%$/);
      expect(labels).toContain('0%');
      const shown = l.legend.ticks.filter((t) => t.label);
      for (let i = 1; i < shown.length; i++) {
        const a = shown[i - 1]!;
        const b = shown[i]!;
        expect(b.x - a.x).toBeGreaterThanOrEqual(((a.label.length + b.label.length) / 2) * 13 * 0.6);
      }
    }
  });
});

describe('layoutHexMap', () => {
  it('draws one hex per English authority in the file, none for Scotland, Wales or Northern Ireland', () => {
    const l = layoutHexMap(input());
    expect(l.hexes.map((h) => h.key).sort()).toEqual([...ENGLISH_CODES].sort());
  });

  it('colours hexes from the sequential ramp and hatches the one without a value', () => {
    const l = layoutHexMap(input());
    const manchester = l.hexes.find((h) => h.key === 'E08000003');
    expect(manchester).toMatchObject({ missing: true, value: undefined });
    for (const h of l.hexes.filter((x) => !x.missing)) expect(COLORS.sequential).toContain(h.fill);
    expect(l.legend.noData?.label).toBe('No data');
  });

  it('has a legend titled with the unit and a tick at every break, formatted', () => {
    const l = layoutHexMap(input());
    expect(l.legend.titleLines.join(' ')).toBe('Tonnes CO₂e per resident, 2023');
    expect(l.legend.ticks.map((t) => t.value)).toEqual(l.scale.breaks);
    expect(l.legend.swatches).toHaveLength(l.scale.colors.length);
    expect(l.scale.breaks[0]).toBeLessThanOrEqual(1.3);
    expect(l.scale.breaks.at(-1)).toBeGreaterThanOrEqual(8.8);
  });

  it('puts the legend beside the map on a wide card and above it on a phone, never over a hex', () => {
    const wide = layoutHexMap(input({ width: 1280 }));
    const hexLeft = Math.min(...wide.hexes.map((h) => h.cx)) - wide.radius;
    expect(wide.legend.x + 260).toBeLessThanOrEqual(hexLeft);
    const narrow = layoutHexMap(input({ width: 360 }));
    const hexTop = Math.min(...narrow.hexes.map((h) => h.cy)) - narrow.radius;
    expect(narrow.legend.swatchY + 12 + 13).toBeLessThanOrEqual(hexTop);
    expect(narrow.legend.x + narrow.legend.swatches.reduce((w, s) => w + s.w, 0)).toBeLessThanOrEqual(360.5);
  });

  it('labels legend breaks without letting them touch on a phone', () => {
    const change = new Map([...VALUES].map(([k, v]) => [k, v * 10 - 50]));
    const l = layoutHexMap(input({ values: change, unit: 'percent', width: 360 }));
    const shown = l.legend.ticks.filter((t) => t.label);
    for (let i = 1; i < shown.length; i++) {
      const a = shown[i - 1]!;
      const b = shown[i]!;
      expect(b.x - a.x).toBeGreaterThanOrEqual(((a.label.length + b.label.length) / 2) * 13 * 0.6);
    }
  });

  it('uses a diverging legend for falls and rises', () => {
    const change = new Map([...VALUES].map(([k, v]) => [k, v * 10 - 50]));
    const l = layoutHexMap(input({ values: change, unit: 'percent' }));
    expect(l.scale.kind).toBe('diverging');
    expect(l.legend.ticks.map((t) => t.label)).toContain('0%');
    expect(l.legend.ticks[0]?.label).toMatch(/^−\d+%$/);
  });

  it('outlines the four West of England hexes as one shape, without their shared edges', () => {
    const l = layoutHexMap(input());
    const segments = l.outline.split('M').filter(Boolean);
    // Four hexes have 24 edges; in this layout they share 4, so 16 outer edges remain.
    expect(segments).toHaveLength(16);
    expect(
      l.hexes
        .filter((h) => h.highlight)
        .map((h) => h.key)
        .sort(),
    ).toEqual(WOE_CODES);
  });

  it('names, values and ranks each hex in its mark; the first tab stop is in the West of England', () => {
    const l = layoutHexMap(input());
    expect(l.marks).toHaveLength(ENGLISH_CODES.length);
    expect(WOE_CODES).toContain(l.marks[0]?.key);
    const detail = (id: string) => l.marks.find((m) => m.key === id)?.detail;
    expect(detail('E06000066')).toBe('8.8 t, 1st highest of 9 English authorities');
    expect(detail('E09000001')).toBe('1.3 t, 9th highest of 9 English authorities');
    expect(detail('E08000003')).toBe('No data');
  });

  it.each([360, 1280])('fits %i px wide', (width) => {
    const l = layoutHexMap(input({ width }));
    for (const h of l.hexes) {
      // A pointy-top hex is √3/2 of its radius either side of its centre.
      expect(h.cx - (l.radius * Math.sqrt(3)) / 2).toBeGreaterThanOrEqual(-0.1);
      expect(h.cx + (l.radius * Math.sqrt(3)) / 2).toBeLessThanOrEqual(width + 0.1);
      expect(h.cy + l.radius).toBeLessThanOrEqual(l.height + 0.1);
    }
    expect(l.height).toBeLessThanOrEqual(640);
  });
});

describe('<HexMap>', () => {
  const draw = () => render(<HexMap {...input()} palette={PALETTE} label="Greenhouse gas emissions per resident, 2023" />);

  it('draws the hexes, the legend with its unit and "No data", and the outline', () => {
    const { container } = draw();
    // One path a colour class, a hex a subpath: every authority drawn once, the one without data hatched.
    const hexesIn = (sel: string) =>
      [...container.querySelectorAll(sel)].reduce((n, p) => n + (p.getAttribute('d')?.match(/M/g)?.length ?? 0), 0);
    expect(hexesIn('path.ee-hex')).toBe(ENGLISH_CODES.length);
    expect(hexesIn('path.ee-hex[data-missing]')).toBe(1);
    expect(container.querySelectorAll('path.ee-hex').length).toBeLessThanOrEqual(12);
    expect(screen.getByText('Tonnes CO₂e per resident, 2023')).toBeInTheDocument();
    expect(screen.getByText('No data')).toBeInTheDocument();
    expect(screen.getByText('West of England')).toBeInTheDocument();
    expect(container.querySelector('.ee-hex-outline path')?.getAttribute('d')).toMatch(/^M/);
    expect(screen.getByRole('list', { name: 'Greenhouse gas emissions per resident, 2023: local authorities' })).toBeInTheDocument();
  });

  it('tabbing in lands on a West of England hex; arrow keys move to neighbours, each with a tooltip', async () => {
    const { container } = draw();
    expect(tabStops(container)).toHaveLength(1);
    await userEvent.tab();
    expect(focusedName()).toBe('South Gloucestershire, 5.6 t, 5th highest of 9 English authorities');
    expect(tooltipText(container)).toBe('South Gloucestershire5.6 t, 5th highest of 9 English authorities');
    press('ArrowDown');
    expect(focusedName()).toMatch(/^Bath and North East Somerset, 6.1 t/);
    press('ArrowLeft');
    expect(focusedName()).toMatch(/^Bristol, City of, 3.9 t/);
    press('ArrowDown');
    expect(focusedName()).toMatch(/^North Somerset, 5.2 t/);
    expect(tooltipText(container)).toContain('North Somerset');
    press('Escape');
    expect(tooltipText(container)).toBeNull();
  });
});
