import { describe, expect, it } from 'vitest';
import type { LoadedDatasets } from '../../../src/datasets/loadCatalog';
import { loadCatalog } from '../../../src/datasets/loadCatalog';
import { ALL_RULES } from '../../../src/dashboard/tabs';
import { decodeUrl } from '../../../src/state/url';
import { co2PerHead } from '../../../src/units/co2PerHead';
import { derive as co2PerHeadData } from '../../../src/units/co2PerHead.derive';
import { economy } from '../../../src/units/economy';
import { derive as economyData } from '../../../src/units/economy.derive';
import { gdpPerHead } from '../../../src/units/gdpPerHead';
import { derive as gdpPerHeadData } from '../../../src/units/gdpPerHead.derive';

/**
 * Reference values computed independently with Python's csv module from the
 * official files in /work/shared/data-sources (sum over sum of the authorities' rows):
 *  - ONS 2025 release Table 10 / Table 6, 2023: West of England (4 LAs) £41,534.78;
 *    England (296 English LAs) £37,568.62; South West (27 LAs, ITL1 region) £33,232.73;
 *    Greater Manchester (10 LAs of the May 2025 lookup) £34,699.81.
 *  - Four-LA real GDP growth 2005-2019: 29.113% (2021 release Table 10), 27.993% (2025 release);
 *    2005-2023: 40.960% (2025 release).
 *  - DESNZ 2005-2023, 2023, territorial kt CO2e / population thousands: West of England 4.0325,
 *    England 4.7770, South West 4.9067, Greater Manchester 3.8365 t per resident.
 */
const loaded = loadCatalog(process.cwd());
if (!loaded.datasets) throw new Error('the real data does not load');
const d: LoadedDatasets = loaded.datasets;
const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const choicesFrom = (search: string, id: string) => decodeUrl('/business/', search, ALL_RULES).charts[id] ?? {};
const lastOf = (series: readonly { id: string; points: readonly (readonly [number, number])[] }[], id: string) =>
  series.find((s) => s.id === id)?.points.at(-1);

describe('economy card: 2021 and 2025 releases', () => {
  const data = json(economyData(d));
  it('shows the 2025 release by default, to 2023, and the 2021 release to 2019 when chosen', () => {
    const areas = ['woe'];
    const now = economy.view(data, { areas });
    expect(now.finding).toContain('2023');
    expect(now.finding).toContain('2025 release');
    const then = economy.view(data, { areas, release: 'r2021' });
    expect(then.finding).toContain('2019');
    expect(then.finding).toContain('2021 release');
    expect(then.table.rows.at(-1)?.[0]).toBe(2019);
    expect(now.table.rows.at(-1)?.[0]).toBe(2023);
  });
  it('then/now labels each release and says where they disagree on 2005-2019', () => {
    const tn = economy.thenAndNow?.(data, {});
    expect(tn?.then.vintage).toMatch(/2021/);
    expect(tn?.now.vintage).toMatch(/17 April 2025/);
    expect(tn?.then.text).toContain('+29.1%');
    expect(tn?.now.text).toContain('+41.0%');
    expect(tn?.now.text).toContain('disagree');
    expect(tn?.now.text).toContain('+28.0%');
    expect(tn?.now.text).toMatch(/COVID/);
    expect(tn?.now.text).toMatch(/approximation/);
  });
  it('the 2025 release choice round-trips through the URL', () => {
    expect(choicesFrom('?economy.release=r2021', 'economy').release).toBe('r2021');
    expect(choicesFrom('?economy.release=bogus', 'economy').release).toBeUndefined();
  });
});

describe('GDP per head with comparators (2025 release, sum over sum)', () => {
  const data = json(gdpPerHeadData(d));
  it('computes the West of England, England, the South West and Greater Manchester as sum over sum', () => {
    expect(lastOf(data.r2025, 'woe')?.[1]).toBeCloseTo(41534.78, 0);
    expect(lastOf(data.comparators, 'E92000001')?.[1]).toBeCloseTo(37568.62, 0);
    expect(lastOf(data.comparators, 'E12000009')?.[1]).toBeCloseTo(33232.73, 0);
    expect(lastOf(data.comparators, 'E47000001')?.[1]).toBeCloseTo(34699.81, 0);
  });
  it('draws England by default, muted and dashed, with the West of England in the hero colour', () => {
    const v = gdpPerHead.view(data, {});
    if (v.body.kind !== 'line') throw new Error('a line chart');
    const en = v.body.series.find((s) => s.id === 'E92000001');
    expect(en).toMatchObject({ color: 'muted', dash: '6 3', label: 'England' });
    expect(v.body.series.find((s) => s.id === 'woe')?.color).toBe('series-0');
    expect(v.finding).toContain('£37,569 in England');
  });
  it('a comparator chosen in the URL restores its line and table column', () => {
    const c = choicesFrom('?gdp-per-head.areas=E47000001', 'gdp-per-head');
    expect(c.areas).toEqual(['E47000001']);
    const v = gdpPerHead.view(data, c);
    if (v.body.kind !== 'line') throw new Error('a line chart');
    expect(v.body.series.map((s) => s.id)).toContain('E47000001');
    expect(v.body.series.map((s) => s.id)).not.toContain('E92000001');
    expect(v.table.columns.map((col) => col.label).join(' ')).toContain('Greater Manchester');
  });
});

describe('emissions per head with comparators', () => {
  const data = json(co2PerHeadData(d));
  it('computes DESNZ greenhouse gases per resident in 2023 as sum over sum', () => {
    expect(lastOf(data.ghg, 'woe')?.[1]).toBeCloseTo(4.0325, 3);
    expect(lastOf(data.ghg, 'E92000001')?.[1]).toBeCloseTo(4.777, 3);
    expect(lastOf(data.ghg, 'E12000009')?.[1]).toBeCloseTo(4.9067, 3);
    expect(lastOf(data.ghg, 'E47000001')?.[1]).toBeCloseTo(3.8365, 3);
  });
  it('defaults to England and the South West; a combined authority chosen via the URL shows its line', () => {
    const byDefault = co2PerHead.view(data, { measure: 'ghg' });
    if (byDefault.body.kind !== 'line') throw new Error('a line chart');
    expect(byDefault.body.series.map((s) => s.id).sort()).toEqual(['E12000009', 'E92000001', 'woe']);
    const c = choicesFrom('?co2-per-head.measure=ghg&co2-per-head.areas=E47000001,E92000001', 'co2-per-head');
    const v = co2PerHead.view(data, c);
    if (v.body.kind !== 'line') throw new Error('a line chart');
    expect(v.body.series.map((s) => s.id)).toEqual(['woe', 'E92000001', 'E47000001']);
    expect(v.finding).toBe(
      'In 2023 the West of England emitted 4.0 t CO2e per person, against 4.8 t in England, 3.8 t in Greater Manchester.',
    );
  });
});
