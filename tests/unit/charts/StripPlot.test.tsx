import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { beeswarm } from '../../../src/charts/beeswarm';
import type { StripInput } from '../../../src/charts/layoutStrip';
import { layoutStrip } from '../../../src/charts/layoutStrip';
import { placeTiers } from '../../../src/charts/placeTiers';
import { StripPlot } from '../../../src/charts/StripPlot';
import { COLORS, STRIP } from './compareFixtures';
import { focusedName, marksIn, PALETTE, press, tabStops, tooltipText } from './support';

afterEach(cleanup);

const input = (over: Partial<StripInput> = {}): StripInput => ({
  points: STRIP,
  references: [
    { id: 'england', label: 'England', value: 30.2 },
    { id: 'median', label: 'Median', value: 29.0 },
  ],
  width: 720,
  unit: 'percent',
  colors: COLORS,
  rankNoun: 'authorities',
  ...over,
});

const overlaps = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('beeswarm', () => {
  it('keeps every x and lets no two dots overlap (property, seeded)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 80 }), fc.integer({ min: 2, max: 6 }), (xs, r) => {
        const ys = beeswarm(xs, r);
        expect(ys).toHaveLength(xs.length);
        for (let i = 0; i < xs.length; i++)
          for (let j = i + 1; j < xs.length; j++) {
            const d = Math.hypot((xs[i] ?? 0) - (xs[j] ?? 0), (ys[i] ?? 0) - (ys[j] ?? 0));
            expect(d).toBeGreaterThanOrEqual(2 * r - 1e-6);
          }
      }),
      { seed: 11, numRuns: 60 },
    );
  });

  it('is deterministic and keeps isolated dots on the centre line', () => {
    const xs = [0, 100, 100, 100, 200];
    expect(beeswarm(xs, 4)).toEqual(beeswarm(xs, 4));
    const ys = beeswarm(xs, 4);
    expect(ys[0]).toBe(0);
    expect(ys[4]).toBe(0);
    expect(new Set(ys.slice(1, 4)).size).toBe(3);
  });
});

describe('placeTiers', () => {
  it('moves a label that would overlap to the next row out and keeps labels inside the width', () => {
    const t = placeTiers(
      [
        { id: 'a', x: 100, width: 80 },
        { id: 'b', x: 120, width: 80 },
        { id: 'c', x: 300, width: 80 },
        { id: 'd', x: 395, width: 80 },
      ],
      400,
      8,
    );
    const by = Object.fromEntries(t.map((p) => [p.id, p]));
    expect([by.a?.tier, by.b?.tier, by.c?.tier]).toEqual([0, 1, 0]);
    expect(by.d?.x).toBe(360); // clamped: its right edge at 400
  });
});

describe('layoutStrip', () => {
  it('puts every point on the value axis in order, within the plot', () => {
    const l = layoutStrip(input());
    expect(l.dots).toHaveLength(STRIP.length);
    const sorted = [...l.dots].sort((a, b) => a.value - b.value);
    const cxs = sorted.map((d) => d.cx);
    expect(cxs).toEqual([...cxs].sort((a, b) => a - b));
    for (const d of l.dots) {
      expect(d.cx).toBeGreaterThanOrEqual(0);
      expect(d.cx).toBeLessThanOrEqual(l.innerW);
    }
  });

  it('spans a nice axis that holds every value and the references', () => {
    const l = layoutStrip(input());
    const values = l.ticks.map((t) => t.value);
    expect(values[0]).toBeLessThanOrEqual(20);
    expect(values.at(-1)).toBeGreaterThanOrEqual(44);
    expect(l.ticks[0]?.label).toMatch(/%$/);
  });

  it('colours and labels only the four West of England authorities, with name and value', () => {
    const l = layoutStrip(input());
    expect(l.dots.filter((d) => d.color === COLORS.hero).map((d) => d.key)).toEqual(['E06000022', 'E06000023', 'E06000024', 'E06000025']);
    expect(l.labels.map((t) => t.text).sort()).toEqual([
      'Bath and North East Somerset 31%',
      'Bristol, City of 31.5%',
      'North Somerset 24%',
      'South Gloucestershire 32%',
    ]);
    expect(new Set(l.labels.map((t) => t.side))).toEqual(new Set(['above', 'below']));
  });

  it.each([360, 390, 720, 1280])('at %i px the four labels overlap neither each other nor the swarm, and stay inside', (width) => {
    const l = layoutStrip(input({ width }));
    for (const a of l.labels) {
      expect(a.box.left).toBeGreaterThanOrEqual(0);
      expect(a.box.right).toBeLessThanOrEqual(l.innerW);
      for (const b of l.labels) if (a !== b) expect(overlaps(a.box, b.box)).toBe(false);
      for (const d of l.dots) expect(d.cy - l.r >= a.box.bottom || d.cy + l.r <= a.box.top).toBe(true);
    }
  });

  it('keeps the four labels apart among 296 crowded authorities at 360 px', () => {
    const crowded = [
      ...Array.from({ length: 292 }, (_, i) => ({ id: `E${i}`, label: `A${i}`, value: 20 + ((i * 7919) % 130) / 10, highlight: false })),
      ...STRIP.filter((p) => p.highlight),
    ];
    const l = layoutStrip(input({ points: crowded, width: 360 }));
    expect(l.labels).toHaveLength(4);
    for (const a of l.labels) {
      expect(a.box.left).toBeGreaterThanOrEqual(0);
      expect(a.box.right).toBeLessThanOrEqual(l.innerW);
      for (const b of l.labels) if (a !== b) expect(overlaps(a.box, b.box)).toBe(false);
      for (const d of l.dots) expect(d.cy - l.r >= a.box.bottom || d.cy + l.r <= a.box.top).toBe(true);
    }
  });

  it('joins each label to its dot with a leader line', () => {
    const l = layoutStrip(input());
    for (const t of l.labels) {
      const dot = l.dots.find((d) => d.key === t.id);
      expect(t.leader.x1).toBe(dot?.cx);
      expect(t.side === 'above' ? t.leader.y2 < t.leader.y1 : t.leader.y2 > t.leader.y1).toBe(true);
    }
  });

  it('draws reference lines at their values, labelled with name and value', () => {
    const l = layoutStrip(input());
    expect(l.references.map((r) => r.text)).toEqual(['England 30.2%', 'Median 29%']);
    const [eng, med] = l.references;
    expect(eng?.x).toBeGreaterThan(med?.x ?? Infinity);
    expect(eng?.y2).toBe(l.axisY);
  });

  it('shrinks the dots when the swarm would grow taller than allowed, deterministically', () => {
    const crowded = Array.from({ length: 296 }, (_, i) => ({ id: `E${i}`, label: `A${i}`, value: (i * 7919) % 50, highlight: false }));
    const l = layoutStrip(input({ points: crowded, width: 360, swarmHeight: 30 }));
    expect(l.r).toBeLessThan(3.5);
    expect(layoutStrip(input({ points: crowded, width: 360, swarmHeight: 30 })).dots).toEqual(l.dots);
  });

  it('gives every dot a mark, ordered by value, with its rank', () => {
    const l = layoutStrip(input());
    expect(l.marks).toHaveLength(STRIP.length);
    const bristol = l.marks.find((m) => m.key === 'E06000023');
    expect(bristol?.detail).toMatch(/^31\.5%, \d+(st|nd|rd|th) highest of 40 authorities$/);
    expect(l.marks.find((m) => m.key === 'E06000025')?.detail).toContain('highest of 40');
  });

  it('gives equal values one rank, called joint, as the findings do', () => {
    const points = [
      { id: 'a', label: 'A', value: 5, highlight: false },
      { id: 'b', label: 'B', value: 3, highlight: true },
      { id: 'c', label: 'C', value: 3, highlight: false },
      { id: 'd', label: 'D', value: 1, highlight: false },
    ];
    const detail = (id: string) => layoutStrip(input({ points, references: [] })).marks.find((m) => m.key === id)?.detail;
    expect(detail('a')).toBe('5%, 1st highest of 4 authorities');
    expect(detail('b')).toBe('3%, joint 2nd highest of 4 authorities');
    expect(detail('c')).toBe('3%, joint 2nd highest of 4 authorities');
    expect(detail('d')).toBe('1%, 4th highest of 4 authorities');
  });
});

describe('<StripPlot>', () => {
  const draw = () => render(<StripPlot {...input()} palette={PALETTE} label="Employment rate by authority" />);

  it('draws every dot, the four highlighted ones labelled, and the reference lines', () => {
    const { container } = draw();
    // The muted dots share one path (a circle a subpath); the four highlighted are circles of their own.
    const subpaths = [...container.querySelectorAll('path.ee-dot')].reduce(
      (n, p) => n + (p.getAttribute('d')?.match(/M/g)?.length ?? 0),
      0,
    );
    expect(subpaths).toBe(STRIP.length - 4);
    expect(container.querySelectorAll('circle.ee-dot[data-highlight]')).toHaveLength(4);
    expect(screen.getByText('North Somerset 24%')).toBeInTheDocument();
    expect(screen.getByText('England 30.2%')).toBeInTheDocument();
    expect(marksIn(container)).toHaveLength(STRIP.length);
    expect(screen.getByRole('list', { name: 'Employment rate by authority: areas' })).toBeInTheDocument();
  });

  it('is one tab stop, landing on the lowest West of England dot; arrow keys walk the dots by value with tooltips', async () => {
    const { container } = draw();
    expect(tabStops(container)).toHaveLength(1);
    await userEvent.tab();
    expect(focusedName()).toBe('North Somerset, 24%, joint 32nd highest of 40 authorities');
    expect(tooltipText(container)).toBe('North Somerset24%, joint 32nd highest of 40 authorities');
    press('Home');
    expect(focusedName()).toMatch(/^Authority \d+, 20%, 40th highest of 40 authorities$/);
    press('End');
    expect(focusedName()).toContain('1st highest of 40 authorities');
    expect(tooltipText(container)).toContain('1st highest of 40 authorities');
  });
});
