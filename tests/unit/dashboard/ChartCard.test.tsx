import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ChartCard } from '../../../src/dashboard/ChartCard';
import { chartData, sourceCard } from '../../../src/series/chartData';
import { co2BySector } from '../../../src/units/co2BySector';
import { co2PerHead } from '../../../src/units/co2PerHead';
import { decoupling } from '../../../src/units/decoupling';
import { dependencyRatio } from '../../../src/units/dependencyRatio';
import { dependencyTrend } from '../../../src/units/dependencyTrend';
import { economy } from '../../../src/units/economy';
import { populationByAge } from '../../../src/units/populationByAge';
import { populationGrowth } from '../../../src/units/populationGrowth';
import { transportCo2 } from '../../../src/units/transportCo2';
import { universityIncome } from '../../../src/units/universityIncome';
import type { ChartUnit } from '../../../src/units/unit';
import type { TableData } from '../../../src/series/types';
import { TABS } from '../../../src/dashboard/tabs';
import { withDefaults } from '../../../src/units/withDefaults';
import type { ChartChoices } from '../../../src/units/choices';
import { renderWithStore, stubDomForCards, tableCells } from './support';

stubDomForCards();

/** What a card shows for these choices: the unit's view of the data the build shipped for it. */
const viewOf = (spec: ChartUnit, choices?: ChartChoices) => spec.view(chartData(spec.id), withDefaults(spec, choices));
const renderCard = (spec: ChartUnit) => renderWithStore(<ChartCard spec={spec} />);
const tableButton = () => screen.getByRole('button', { name: 'Table' });
/** Open the card's "Change chart" disclosure, where all but its compact choices wait. */
const changeChart = () => userEvent.click(screen.getByRole('button', { name: 'Change chart' }));
const showBox = (name: string) => within(screen.getByRole('group', { name: 'Lines' })).getByRole('checkbox', { name });
const lines = (c: HTMLElement) => c.querySelectorAll('.ee-line');
const marks = (c: HTMLElement) => [...c.querySelectorAll<SVGElement>('[data-mark]')];
const barLabels = (c: HTMLElement) => [...c.querySelectorAll('.ee-bar')].map((g) => g.querySelector('text')?.textContent);

/** Ranges with an en dash, CO₂ with its subscript: how the table prints a label written in ASCII. */
const typo = (s: string) => s.replace(/(\d)-(\d)/g, '$1–$2').replace(/CO2/g, 'CO₂');
const decimalsOf = (s: string) => (s.includes('.') ? s.length - s.indexOf('.') - 1 : 0);

/**
 * The table shows the data: labels as written (typeset), years plain, every
 * number equal to its value to the decimals shown, one number of decimals per
 * column, the minus sign, gaps as a dash.
 */
function expectTableShows(shown: string[][], t: TableData): void {
  expect(shown[0]).toEqual(t.columns.map((c) => typo(c.unit ? `${c.label} (${c.unit})` : c.label)));
  expect(shown).toHaveLength(t.rows.length + 1);
  t.columns.forEach((c, j) => {
    const numbers: string[] = [];
    t.rows.forEach((r, i) => {
      const v = r[j] ?? null;
      const cell = shown[i + 1]?.[j] ?? '';
      if (v === null) expect(cell).toBe('–');
      else if (typeof v === 'string') expect(cell).toBe(typo(v));
      else if (/year$/i.test(c.key)) expect(cell).toBe(String(v));
      else {
        expect(cell, `${c.key} row ${i}`).not.toMatch(/-/);
        const n = Number(cell.replace(/,/g, '').replace('−', '-'));
        expect(Math.abs(n - v), `${c.key} row ${i}: ${cell} for ${v}`).toBeLessThanOrEqual(0.5 * 10 ** -decimalsOf(cell) + 1e-9);
        numbers.push(cell);
      }
    });
    expect(new Set(numbers.map(decimalsOf)).size, `${c.key}: one number of decimals`).toBeLessThanOrEqual(1);
  });
}

const numericValues = (t: TableData) => t.rows.flatMap((r) => r.slice(1)).filter((v) => typeof v === 'number').length;

const SOME_SPECS = [universityIncome, decoupling, co2PerHead, populationGrowth, dependencyRatio, co2BySector, transportCo2, economy];

describe('a chart card shows what the chart says and where it comes from', () => {
  it.each(SOME_SPECS.map((s) => [s.id, s] as const))('%s: title, subtitle, finding and source line', (_, spec) => {
    const { container } = renderCard(spec);
    const view = viewOf(spec);
    expect(screen.getByRole('heading', { name: spec.title })).toBeInTheDocument();
    expect(screen.getByText(spec.subtitle)).toBeInTheDocument();
    expect(view.finding.length).toBeGreaterThan(20);
    expect(screen.getByText(view.finding)).toBeInTheDocument();
    const source = container.querySelector('.ee-source p');
    expect(source?.textContent).toMatch(/^Source: /);
    for (const id of spec.sources) {
      const s = sourceCard(id);
      expect(s, id).toBeDefined();
      expect(source?.textContent).toContain(`${s?.source} (${s?.vintage})`);
    }
  });

  it.each(SOME_SPECS.map((s) => [s.id, s] as const))('%s: the figure is named by the title and described by the finding', (_, spec) => {
    renderCard(spec);
    const figure = screen.getByRole('figure');
    expect(figure).toHaveAccessibleName(spec.title);
    expect(figure).toHaveAccessibleDescription(viewOf(spec).finding);
  });

  it('says when the data is under the Open Government Licence', () => {
    renderCard(economy);
    expect(screen.getByText(/Contains public sector information licensed under the Open Government Licence v3\.0/)).toBeInTheDocument();
  });
});

describe('the table view', () => {
  it.each([universityIncome, co2PerHead, populationGrowth, dependencyRatio, transportCo2].map((s) => [s.id, s] as const))(
    '%s: the Table button swaps the chart for a table of exactly the data shown',
    async (_, spec) => {
      const { container } = renderCard(spec);
      expect(tableButton()).toHaveAttribute('aria-pressed', 'false');
      expect(container.querySelector('svg.ee-chart')).not.toBeNull();
      expect(screen.queryByRole('table')).toBeNull();

      await userEvent.click(tableButton());

      expect(tableButton()).toHaveAttribute('aria-pressed', 'true');
      // The chart stays mounted but hidden, so switching back redraws nothing.
      expect(container.querySelector('.ee-plot')).toHaveAttribute('hidden');
      expect(container.querySelector('svg.ee-chart')).not.toBeVisible();
      expect(container.querySelector('.ee-plot')).not.toBeVisible();
      const table = screen.getByRole('table', { name: spec.title });
      expectTableShows(tableCells(table), viewOf(spec).table);
      expect(screen.queryByRole('list', { name: 'Legend' })).toBeNull();
      // the finding stays
      expect(screen.getByRole('figure')).toHaveAccessibleDescription(viewOf(spec).finding);

      await userEvent.click(tableButton());
      expect(screen.queryByRole('table')).toBeNull();
      expect(container.querySelector('svg.ee-chart')).not.toBeNull();
    },
  );

  it('prints a year a series has no value for as a dash', () => {
    // decoupling: GDP runs 1998-2019, CO2 2005-2020, greenhouse gases 2005-2023
    const { store } = renderCard(decoupling);
    act(() => store.getState().actions.toggleTable(decoupling.id));
    const t = viewOf(decoupling).table;
    const gaps = t.rows.flat().filter((v) => v === null).length;
    expect(gaps).toBeGreaterThan(0);
    const dashes = tableCells(screen.getByRole('table'))
      .flat()
      .filter((c) => c === '–').length;
    expect(dashes).toBe(gaps);
  });
});

describe('showing and hiding series', () => {
  it('a line chart names its lines at their ends and has no legend; its series are ticked under "Lines" in Change chart', async () => {
    const { container } = renderCard(co2PerHead);
    expect(screen.queryByRole('list', { name: 'Legend' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Show' })).toBeNull();
    await changeChart();
    const woe = showBox('West of England');
    expect(woe).toBeChecked();
    const before = lines(container).length;
    const marksBefore = marks(container).length;

    await userEvent.click(woe);

    expect(woe).not.toBeChecked();
    expect(lines(container)).toHaveLength(before - 1);
    expect(container.querySelector('.ee-line[data-series="woe"]')).toBeNull();
    expect(marks(container).length).toBeLessThan(marksBefore);
    expect(marks(container).some((m) => m.getAttribute('aria-label')?.startsWith('West of England,'))).toBe(false);

    await userEvent.click(woe);
    expect(woe).toBeChecked();
    expect(lines(container)).toHaveLength(before);
  });

  it('a series an area choice adds ("Compare with") is not offered again under "Lines"', async () => {
    renderCard(co2PerHead);
    await changeChart();
    const compared = within(screen.getByRole('group', { name: 'Compare with' })).getAllByRole('checkbox');
    const shown = within(screen.getByRole('group', { name: 'Lines' })).getAllByRole('checkbox');
    const names = (boxes: HTMLElement[]) => boxes.map((b) => b.closest('label')?.textContent);
    expect(names(shown).filter((n) => names(compared).includes(n))).toEqual([]);
  });

  it('a hidden series is left out of the table too', async () => {
    renderCard(decoupling);
    await changeChart();
    const gdp = within(screen.getByRole('group', { name: 'Lines' })).getAllByRole('checkbox')[0] as HTMLElement;
    const name = gdp.closest('label')?.textContent ?? '';
    await userEvent.click(gdp);
    await userEvent.click(tableButton());
    const header = tableCells(screen.getByRole('table'))[0] ?? [];
    expect(header.some((h) => h.startsWith(name.slice(0, 8)))).toBe(false);
    expect(header.length).toBeGreaterThan(1);
  });

  it('"65 and over are the fastest-growing group" is drawn as growth: lines indexed to 2022 = 100, 65+ ending highest', () => {
    const { body, table } = viewOf(populationByAge);
    expect(body.kind).toBe('line');
    if (body.kind !== 'line') return;
    expect(body.indexBase).toBe(2022);
    const last = (id: string) => table.rows.at(-1)?.[1 + body.series.findIndex((s) => s.id === id)];
    expect(Number(last('old'))).toBeGreaterThan(Number(last('working')));
    expect(Number(last('old'))).toBeGreaterThan(Number(last('young')));
    expect(table.rows[0]?.slice(1)).toEqual([100, 100, 100]);
  });

  it('the then/now of population growth gives every band, the 0–14 band from both vintages', () => {
    const tn = populationGrowth.thenAndNow?.(chartData(populationGrowth.id) as never, withDefaults(populationGrowth, undefined));
    expect(tn?.then.text).toMatch(/aged 0–14 \+15%/);
    expect(tn?.now.text).toMatch(/aged 0–14 −2\.3%/);
  });

  it('"Road transport dominates" is one chart of road beside rail for each authority, road larger in every one', () => {
    const { container } = renderCard(transportCo2);
    expect(container.querySelectorAll('.ee-panel')).toHaveLength(0);
    const { body } = viewOf(transportCo2);
    expect(body.kind).toBe('groupedBar');
    if (body.kind !== 'groupedBar') return;
    expect(body.categories).toHaveLength(4);
    for (const area of body.categories) {
      const v = (g: string) => body.data.find((d) => d.category === area && d.group === g)?.value ?? 0;
      expect(v('road'), area).toBeGreaterThan(v('rail'));
    }
    expect(viewOf(transportCo2).finding).toMatch(/road was \d+% of the two/);
  });

  it('hiding the series of the focused point removes its tooltip and keeps the chart one tab stop', async () => {
    const { container } = renderCard(co2PerHead);
    const woePoint = marks(container).find((m) => m.getAttribute('aria-label')?.startsWith('West of England,'));
    await changeChart();
    act(() => (woePoint as SVGElement).focus());
    expect(container.querySelector('.ee-tooltip')?.textContent).toContain('West of England');
    await userEvent.click(showBox('West of England'));
    expect(container.querySelector('.ee-tooltip')?.textContent ?? '').not.toContain('West of England');
    expect(marks(container).filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
  });

  it('changing a filter while a point is focused updates its tooltip to the new value', async () => {
    const { container } = renderCard(co2PerHead);
    await changeChart();
    const point = marks(container).find((m) => m.getAttribute('aria-label') === 'West of England, 2005: 8.0 t');
    act(() => (point as SVGElement).focus());
    expect(container.querySelector('.ee-tooltip')?.textContent).toContain('8.0 t');
    fireEvent.click(within(screen.getByRole('group', { name: 'Measure' })).getByRole('radio', { name: /All greenhouse gases/ }));
    expect(container.querySelector('.ee-tooltip')?.textContent).toContain('West of England');
    expect(container.querySelector('.ee-tooltip')?.textContent).not.toContain('8.0 t');
  });
});

describe('filters and reset', () => {
  it('a card with many choices keeps them behind "Change chart", with what is chosen written beside it', async () => {
    const { container } = renderCard(economy);
    const button = screen.getByRole('button', { name: 'Change chart' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(container.querySelectorAll('.ee-card-tools input, .ee-card-tools select')).toHaveLength(0);
    expect(container.querySelector('.ee-change-summary')).toHaveTextContent(
      '2025 release, 2022 money, to 2023 · Real GDP · £ million · Areas: 4 of 5 · 1998–2023',
    );
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(button.getAttribute('aria-controls') ?? '')).toContainElement(
      screen.getByRole('group', { name: 'Areas' }),
    );
    await userEvent.click(screen.getByRole('radio', { name: 'Index, first year = 100' }));
    expect(container.querySelector('.ee-change-summary')).toHaveTextContent('Index, first year = 100');
    await userEvent.click(button);
    expect(screen.queryByRole('group', { name: 'Areas' })).toBeNull();
  });

  it('a single select stays in the card, no "Change chart"', () => {
    renderCard(co2BySector);
    expect(screen.getByRole('combobox', { name: 'Area' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Change chart' })).toBeNull();
  });

  it("'Sort by: Name' orders the universities alphabetically; Reset restores the default order", async () => {
    const { container } = renderCard(universityIncome);
    const byValue = barLabels(container);
    expect(byValue[0]).toBe('University of Oxford');
    expect(screen.queryByRole('button', { name: 'Reset' })).toBeNull();

    await changeChart();
    await userEvent.click(within(screen.getByRole('group', { name: 'Sort by' })).getByRole('radio', { name: 'Name' }));

    const byName = barLabels(container);
    expect(byName).toHaveLength(byValue.length);
    expect(byName).toEqual([...byName].sort((a, b) => (a ?? '').localeCompare(b ?? '', 'en-GB')));
    expect(byName[0]).toBe('Bath Spa University');
    expect(byName).not.toEqual(byValue);

    await userEvent.click(screen.getByRole('button', { name: 'Reset' }));

    expect(barLabels(container)).toEqual(byValue);
    expect(screen.getByRole('radio', { name: 'Income' })).toBeChecked();
    expect(screen.queryByRole('button', { name: 'Reset' })).toBeNull();
  });

  it('names universities as the institutions write them, with the evidence base spelling beside them in the table', async () => {
    const { container } = renderCard(universityIncome);
    expect(barLabels(container)).toContain("King's College London");
    expect(barLabels(container)).toContain('University of the West of England, Bristol');
    await userEvent.click(tableButton());
    const rows = tableCells(screen.getByRole('table'));
    expect(rows[0]).toContain('Name in the evidence base');
    expect(rows.find((r) => r[0] === 'University College London')).toContain('The University College London');
    expect(screen.getByText(/Licence: the figures are quoted from a public document/)).toBeInTheDocument();
  });

  it("'Show: West of England only' leaves the four West of England universities", async () => {
    const { container } = renderCard(universityIncome);
    await changeChart();
    await userEvent.click(screen.getByRole('radio', { name: 'West of England only' }));
    expect(container.querySelectorAll('.ee-bar')).toHaveLength(4);
    expect(container.querySelectorAll('.ee-bar[data-highlight]')).toHaveLength(4);
  });

  it('opening the table is not a filter: it shows no Reset button, and Reset keeps the table open', async () => {
    renderCard(universityIncome);
    await userEvent.click(tableButton());
    expect(screen.queryByRole('button', { name: 'Reset' })).toBeNull();
    await changeChart();
    await userEvent.click(screen.getByRole('radio', { name: 'Name' }));
    const firstRow = () => tableCells(screen.getByRole('table'))[1]?.[0];
    expect(firstRow()).toBe('Bath Spa University');
    await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(tableButton()).toHaveAttribute('aria-pressed', 'true');
    expect(firstRow()).toBe('University of Oxford');
  });

  it('unticking an area removes its line; the ticks are the one way to hide areas (no toggling legend beside them)', async () => {
    const { container } = renderCard(economy);
    const before = lines(container).length;
    await changeChart();
    const areas = screen.getByRole('group', { name: 'Areas' });
    const bristol = within(areas).getByRole('checkbox', { name: 'Bristol' });
    expect(bristol).toBeChecked();
    await userEvent.click(bristol);
    expect(bristol).not.toBeChecked();
    expect(lines(container)).toHaveLength(before - 1);
    expect(screen.queryByRole('list', { name: 'Legend' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Reset' })).toBeInTheDocument();
  });

  it('unticking every area says "No area selected" in the chart and the finding, and Reset chart brings the areas back', async () => {
    const { container } = renderCard(dependencyTrend);
    await changeChart();
    const areas = screen.getByRole('group', { name: 'Areas' });
    for (const box of within(areas).getAllByRole('checkbox')) await userEvent.click(box);
    expect(lines(container)).toHaveLength(0);
    expect(container.querySelector('.ee-plot svg')).toBeNull();
    expect(container.querySelector('.ee-empty[role="status"]')).toHaveTextContent('No area selected');
    expect(screen.getByRole('figure')).toHaveAccessibleDescription(/^No area selected/);
    expect(screen.getByRole('figure')).not.toHaveAccessibleDescription(/\d\.\d\d/);
    await userEvent.click(screen.getByRole('button', { name: 'Reset chart' }));
    expect(lines(container).length).toBe(5);
    expect(screen.queryByText(/No area selected/)).toBeNull();
  });

  it("the dependency card's title follows the ratio chosen and words it exactly", async () => {
    renderCard(dependencyTrend);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(
      'In 2047, North Somerset has more than twice as many people aged 65 and over per person aged 15–64 as Bristol',
    );
    await changeChart();
    await userEvent.click(screen.getByRole('radio', { name: 'Total' }));
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(
      'In 2047, North Somerset has 83% more dependants (aged 0–14 and 65+) per person aged 15–64 than Bristol',
    );
    expect(screen.getByRole('heading', { level: 3 }).textContent).not.toMatch(/worker/);
  });

  it('choosing an area in a select redraws the chart and its finding for that area', async () => {
    renderCard(co2BySector);
    const select = screen.getByRole('combobox', { name: 'Area' });
    const bristol = co2BySector.choices.flatMap((c) => (c.kind === 'select' ? c.options : [])).find((a) => a.label === 'Bristol');
    const bristolId = bristol?.value;
    expect(bristol).toBeDefined();
    await userEvent.selectOptions(select, bristolId ?? '');
    expect(screen.getByRole('figure')).toHaveAccessibleDescription(viewOf(co2BySector, { area: bristolId }).finding);
    expect(viewOf(co2BySector, { area: bristolId }).finding).toMatch(/^Bristol, /);
  });
});

describe('every chart on every tab', () => {
  const specs = [...new Map(TABS.flatMap((t) => t.charts).map((s) => [s.id, s])).values()];

  it.each(specs.map((s) => [s.id, s] as const))('%s renders its chart, with no error message', (_, spec) => {
    const { container } = renderCard(spec);
    expect(container.querySelector('svg.ee-chart')).not.toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(marks(container).length).toBeGreaterThan(0);
    for (const m of marks(container)) {
      for (const attr of ['cx', 'cy'])
        expect(Number.isFinite(Number(m.getAttribute(attr))), `${m.getAttribute('aria-label')} ${attr}`).toBe(true);
    }
  });

  const countable = specs.filter((s) => ['bar', 'line', 'groupedBar', 'smallMultiples'].includes(viewOf(s).body.kind));
  it.each(countable.map((s) => [s.id, s] as const))('%s: one focusable mark per value in its table', (_, spec) => {
    const { container } = renderCard(spec);
    expect(marks(container)).toHaveLength(numericValues(viewOf(spec).table));
  });

  it('covers every chart kind that has one mark per table value', () => {
    // No card draws small multiples since transport became one grouped chart (issue 12, item 7).
    expect(new Set(countable.map((s) => viewOf(s).body.kind))).toEqual(new Set(['bar', 'line', 'groupedBar']));
  });

  it.each(specs.map((s) => [s.id, s] as const))('%s: the table button opens a table whose cells match the data', (_, spec) => {
    const { store } = renderCard(spec);
    act(() => store.getState().actions.toggleTable(spec.id));
    expectTableShows(tableCells(screen.getByRole('table')), viewOf(spec).table);
  });
});

describe('keyboard access inside a card', () => {
  it('tabbing into the chart focuses its first point and shows a tooltip; arrows move on', async () => {
    const { container } = renderCard(co2PerHead);
    const first = marks(container).find((m) => m.getAttribute('tabindex') === '0');
    expect(first).toBeDefined();
    act(() => first?.focus());
    const name = document.activeElement?.getAttribute('aria-label') ?? '';
    expect(name).toMatch(/^West of England, 2005: \d+\.\d t$/);
    expect(container.querySelector('.ee-tooltip')?.textContent).toContain('West of England');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^West of England, 2006: /);
  });
});
