import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ChartCard } from '../../../src/dashboard/ChartCard';
import { addChartData } from '../../../src/series/chartData';
import { ALL_RULES, ALL_UNITS } from '../../../src/dashboard/tabs';
import type { LoadedDatasets } from '../../../src/datasets/loadCatalog';
import { loadCatalog } from '../../../src/datasets/loadCatalog';
import { decodeUrl, encodeUrl } from '../../../src/state/url';
import { INITIAL } from '../../../src/state/store';
import { areaColour } from '../../../src/units/colours';
import { deriveCharts } from '../../../src/units/deriveCharts';
import { DERIVERS, deriver } from '../../../src/units/derivers';
import { rulesOf } from '../../../src/units/rules';
import { defineUnit } from '../../../src/units/unit';
import { renderWithStore, stubDomForCards } from '../dashboard/support';

stubDomForCards();

/*
 * Adding a chart is its unit, its derive, one line in the derivers' registry
 * and one line in its tab (docs/ARCHITECTURE.md). This chart exists only here:
 * nothing else in src/ knows about it, yet the build derives its data, the URL
 * accepts its choices and a card draws it.
 */
// Step 1: src/units/<name>.derive.ts, build time only.
const derive = (d: LoadedDatasets) =>
  d.universityIncome.rows.map((u) => ({ name: u.university, income: u.incomeGbpM, woe: u.westOfEngland }));
type UniversitiesData = ReturnType<typeof derive>;

// Step 2: src/units/<name>.ts, what the browser holds: typed by its data, no derive.
const universitiesByCount = defineUnit<UniversitiesData>({
  id: 'test-universities',
  title: 'Four of the twelve universities shown are in the West of England',
  subtitle: 'Universities in the business-services income table, 2016/17',
  sources: ['university-income'],
  choices: [
    {
      kind: 'segmented',
      key: 'sort',
      label: 'Sort by',
      options: [
        { value: 'value', label: 'Income' },
        { value: 'name', label: 'Name' },
      ],
      default: 'value',
    },
  ],
  view: (data, c) => {
    const rows = [...data]
      .sort((a, b) => (c.sort === 'name' ? a.name.localeCompare(b.name, 'en-GB') : b.income - a.income))
      .map((u) => ({ label: u.name, value: u.income, highlight: u.woe }));
    const woe = data.filter((u) => u.woe).length;
    return {
      body: { kind: 'bar', rows, unit: 'gbpm', color: areaColour('woe') },
      table: { columns: [{ key: 'name', label: 'University' }], rows: rows.map((r) => [r.label]) },
      finding: `${woe} of the ${data.length} universities shown are in the West of England.`,
    };
  },
});

const loaded = loadCatalog(process.cwd());
if (!loaded.datasets) throw new Error('the real data does not load');
const datasets: LoadedDatasets = loaded.datasets;

describe('a chart added as one unit', () => {
  // Steps 3 and 4: its line in src/units/derivers.ts and in a tab. The build derives every chart of every tab.
  const derivers = { ...DERIVERS, ...deriver(universitiesByCount, derive) };
  const shipped = JSON.parse(JSON.stringify(deriveCharts([...ALL_UNITS, universitiesByCount], derivers, datasets))) as Record<
    string,
    unknown
  >;

  it('has its data derived by the build and shipped under its id, beside every other chart', () => {
    expect(Object.keys(shipped)).toEqual([...ALL_UNITS.map((u) => u.id), 'test-universities']);
    expect(shipped['test-universities']).toEqual(derive(datasets));
    expect(shipped['test-universities']).toHaveLength(12);
  });

  it('a second chart with the same id fails the build, naming it', () => {
    expect(() => deriveCharts([...ALL_UNITS, universitiesByCount, { ...universitiesByCount }], derivers, datasets)).toThrow(
      /^two charts share the id "test-universities"/,
    );
  });

  it('a chart without a deriver fails the build with one line naming it and the registry', () => {
    expect(() => deriveCharts([...ALL_UNITS, universitiesByCount], DERIVERS, datasets)).toThrow(
      /^chart "test-universities" has no deriver: add its derive \(src\/units\/<name>\.derive\.ts\) to src\/units\/derivers\.ts$/,
    );
  });

  it('a deriver without a chart on any tab fails the build with one line naming it', () => {
    expect(() => deriveCharts(ALL_UNITS, derivers, datasets)).toThrow(
      /^deriver "test-universities" in src\/units\/derivers\.ts has no chart on any tab: .*$/,
    );
  });

  it('every chart on the tabs has exactly one deriver, and every deriver a chart', () => {
    expect(Object.keys(DERIVERS).sort()).toEqual(ALL_UNITS.map((u) => u.id).sort());
  });

  it('offers in the URL exactly the choices it declares', () => {
    const rules = [...ALL_RULES, rulesOf(universitiesByCount)];
    expect(decodeUrl('/innovation/', '?test-universities.sort=name', rules).charts).toEqual({ 'test-universities': { sort: 'name' } });
    expect(decodeUrl('/innovation/', '?test-universities.sort=bogus&test-universities.mode=indexed', rules).charts).toEqual({});
    const choices = { ...INITIAL, charts: { 'test-universities': { sort: 'name' as const } } };
    expect(encodeUrl('/', choices, rules)).toBe('/?test-universities.sort=name');
    // The default is not written.
    expect(encodeUrl('/', { ...INITIAL, charts: { 'test-universities': { sort: 'value' as const } } }, rules)).toBe('/');
  });

  it('is drawn by a card with its controls, bars in the West of England colour and its finding', async () => {
    // What the browser receives from the build: this chart's data under its id.
    addChartData('test-universities', shipped['test-universities']);
    const { container } = renderWithStore(<ChartCard spec={universitiesByCount} />);
    expect(screen.getByRole('heading', { name: universitiesByCount.title })).toBeInTheDocument();
    expect(screen.getByRole('figure')).toHaveAccessibleDescription('4 of the 12 universities shown are in the West of England.');
    const bars = () => [...container.querySelectorAll('.ee-bar')];
    expect(bars()).toHaveLength(12);
    const highlighted = container.querySelectorAll('.ee-bar[data-highlight] rect');
    expect(highlighted).toHaveLength(4);
    for (const r of highlighted) expect(r.getAttribute('fill')).toBe('var(--ee-s0)');
    const labels = () => bars().map((g) => g.querySelector('text')?.textContent ?? '');
    await userEvent.click(within(screen.getByRole('group', { name: 'Sort by' })).getByRole('radio', { name: 'Name' }));
    expect(labels()).toEqual([...labels()].sort((a, b) => a.localeCompare(b, 'en-GB')));
  });
});
