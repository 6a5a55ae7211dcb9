import { describe, expect, it } from 'vitest';
import { binnedScale } from '../../../src/charts/binnedScale';
import { loadCatalog } from '../../../src/datasets/loadCatalog';
import { buildCompare } from '../../../src/series/compare/buildCompare';
import { compareDistribution } from '../../../src/units/compareDistribution';
import { compareHexmap } from '../../../src/units/compareHexmap';
import { compareOf } from '../../../src/units/compareData.derive';
import { DERIVERS } from '../../../src/units/derivers';
import { compareOverTime, DEFAULT_COMPARATORS } from '../../../src/units/compareOverTime';
import { compareRanking } from '../../../src/units/compareRanking';
import type { ChartUnit } from '../../../src/units/unit';
import { withDefaults } from '../../../src/units/withDefaults';
import { DIVERGING_RAMPS, SEQUENTIAL_RAMPS } from '../../../src/themes/ramps';

const d = loadCatalog(process.cwd()).datasets!;
const c = buildCompare(d);
/** The data as shipped: derived, then through JSON. */
const shipped = (u: ChartUnit) => JSON.parse(JSON.stringify(DERIVERS[u.id]?.(d))) as unknown;
const view = (u: ChartUnit, choices = {}) => u.view(shipped(u), withDefaults(u, choices));

describe('Compare units', { timeout: 60_000 }, () => {
  it('builds the comparison once per datasets object', () => {
    expect(compareOf(d)).toBe(compareOf(d));
  });

  it('ranks the 15 combined authorities and England, WECA and the four-authority area highlighted, the rank stated', () => {
    for (const measure of ['real-gdp-growth', 'real-gdp-per-head', 'ghg-per-resident', 'ghg-per-resident-change']) {
      const v = view(compareRanking, { measure });
      if (v.body.kind !== 'ranked') throw new Error('not a ranking');
      expect(v.body.rows.filter((r) => r.ranked)).toHaveLength(15);
      expect(v.body.rows.map((r) => r.id)).toContain('E92000001');
      expect(
        v.body.rows
          .filter((r) => r.emphasis === 'hero')
          .map((r) => r.id)
          .sort(),
      ).toEqual(['E47000009', 'woe']);
      const rank = c.rankings[measure as 'real-gdp-growth'].rows.find((r) => r.id === 'E47000009')?.rank;
      expect(v.finding).toMatch(
        rank === 1 ? /the highest of the 15 combined authorities/ : new RegExp(`the ${rank}\\w\\w (highest|lowest)?`),
      );
      expect(v.table.rows).toHaveLength(17);
    }
  });

  it('says WECA’s real GDP growth 2005–2023 as the data gives it', () => {
    const weca = c.rankings['real-gdp-growth'].rows.find((r) => r.id === 'E47000009')!;
    expect(view(compareRanking).finding).toContain(`+${weca.value.toFixed(1)}%`);
  });

  it('shows all English authorities on the distribution and names where each of the four ranks', () => {
    const v = view(compareDistribution, { measure: 'gross-median-weekly-pay' });
    if (v.body.kind !== 'strip') throw new Error('not a strip');
    expect(v.body.points.length).toBeGreaterThan(280);
    expect(v.body.points.filter((p) => p.highlight)).toHaveLength(4);
    for (const name of ['Bristol', 'North Somerset', 'South Gloucestershire', 'Bath and North East Somerset'])
      expect(v.finding).toContain(name);
    expect(v.viewNotes?.join(' ')).toMatch(/never averaged/);
  });

  it('maps every English authority and tables them all', () => {
    const v = view(compareHexmap);
    if (v.body.kind !== 'hexmap') throw new Error('not a map');
    expect(v.body.hexes).toHaveLength(296);
    // Each hex named as the hex map names it, though a name the authorities list gives ships once.
    expect(v.body.hexes).toEqual(c.hexmap.hexes.map(({ code, name, q, r }) => ({ id: code, name, q, r })));
    expect(v.table.rows).toHaveLength(296);
    expect(v.body.highlight).toHaveLength(4);
  });

  it('colours the map on the robust range: real GDP growth’s outliers (up to +129%) no longer stretch it to ±150%', () => {
    const v = view(compareHexmap, { measure: 'real-gdp-growth' });
    if (v.body.kind !== 'hexmap') throw new Error('not a map');
    const values = Object.values(v.body.values);
    const s = binnedScale(values, SEQUENTIAL_RAMPS.light, DIVERGING_RAMPS.light);
    expect(Math.max(...values)).toBeGreaterThan(120);
    expect(s.kind).toBe('diverging');
    expect(s.breaks.at(-1)).toBeLessThanOrEqual(100);
    expect(s.breaks[0]).toBe(-(s.breaks.at(-1) ?? 0));
    expect(s.openHigh).toBe(true);
    // At least nine in ten authorities fall strictly inside the end bins' limits.
    const inside = values.filter((x) => x > (s.breaks[0] ?? 0) && x < (s.breaks.at(-1) ?? 0));
    expect(inside.length / values.length).toBeGreaterThan(0.9);
  });

  it('defaults to England and the three combined authorities closest to WECA, and draws the chosen ones', () => {
    expect(DEFAULT_COMPARATORS).toEqual(['E92000001', ...c.closest['real-gdp-per-head']]);
    const codes = c.areas.filter((a) => a.kind === 'combined-authority' && a.id !== 'E47000009').map((a) => a.id);
    const offered = compareOverTime.choices.flatMap((ch) => (ch.kind === 'areas' ? ch.options.map((o) => o.value) : []));
    expect(offered.slice(1).sort()).toEqual(codes.sort());
    const v = view(compareOverTime, { areas: ['E47000001', 'E92000001'] });
    if (v.body.kind !== 'line') throw new Error('not lines');
    expect(v.body.series.map((s) => s.id)).toEqual(['E47000001', 'E92000001', 'E47000009', 'woe']);
    expect(v.body.series.at(-1)?.color).toBe('series-0');
    expect(v.body.series[0]?.color).toBe('dim');
  });
});
