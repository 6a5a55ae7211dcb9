import { formatChange } from '../charts/format';
import { clipYears } from '../series/clipYears';
import { grewOrFell } from '../series/describeChange';
import { indexTo } from '../series/indexTo';
import { percentChange } from '../series/percentChange';
import { seriesTable } from '../series/seriesTable';
import { seriesStyle } from './colours';
import { defineUnit } from './unit';
import type { DecouplingData } from './decoupling.derive';

const BASE = 2005;
const END = 2019;
const SERIES = ['gdp', 'co2', 'ghg'] as const;

/** A change as words without its sign: "fell 38.8%". */
const moved = (pct: number) => `${grewOrFell(pct)} ${formatChange(Math.abs(pct)).replace('+', '')}`;

/** The dataset each line is drawn from: the picture's footer names only those shown. */
const SERIES_SOURCE: Readonly<Record<string, string>> = {
  co2: 'beis-co2-territorial-2005-2020',
  gdp: 'ons-regional-gdp-2021',
  ghg: 'desnz-ghg-2005-2023',
};

export const decoupling = defineUnit<DecouplingData>({
  id: 'decoupling',
  title: 'The economy grew while carbon emissions fell',
  subtitle: 'Territorial CO2 emissions and real GDP, four West of England authorities together, index 2005 = 100',
  sources: ['beis-co2-territorial-2005-2020', 'ons-regional-gdp-2021', 'desnz-ghg-2005-2023', 'headline-figures'],
  choices: [
    { kind: 'years', label: 'Years', min: 1998, max: 2023 },
    { kind: 'hide', series: SERIES },
  ],
  notes: [
    'The shaded gap is the distance between real GDP and CO2 emissions, both indexed to 2005 = 100: the wider it is, the more growth has come without emissions.',
  ],
  view: (data, c) => {
    const hidden = c.hidden ?? [];
    const all = [
      { ...data.gdp, ...seriesStyle(1) },
      { ...data.co2, ...seriesStyle(0), dash: '' },
      { ...data.ghg, ...seriesStyle(2) },
    ];
    // Index on the full series first, so a later start year keeps 2005 = 100.
    const shown = all
      .filter((s) => !hidden.includes(s.id))
      .map((s) => ({ ...s, points: clipYears(indexTo(s.points, BASE), c.from, c.to) }));
    const co2Change = percentChange(data.co2.points, BASE, END);
    const gdpChange = percentChange(data.gdp.points, BASE, END);
    return {
      body: { kind: 'line', series: shown, unit: 'index', baseline: 100, shade: { upper: 'gdp', lower: 'co2', label: 'Decoupling' } },
      table: seriesTable(shown, 'index, 2005 = 100'),
      finding:
        co2Change !== undefined && gdpChange !== undefined
          ? `From ${BASE} to ${END} the four authorities' territorial CO2 emissions ${moved(co2Change)} while real GDP ${moved(gdpChange)}.`
          : 'A series is missing.',
      legend: all.map((s) => ({ id: s.id, label: s.label, color: s.color, dash: s.dash, hidden: hidden.includes(s.id) })),
      legendToggles: true,
      sources: shown.map((s) => SERIES_SOURCE[s.id]).filter((id) => id !== undefined),
    };
  },
  thenAndNow: ({ co2, gdp, ghg, claim }) => {
    const co2End = co2.points.at(-1)?.[0] ?? 0;
    const ghgEnd = ghg.points.at(-1)?.[0] ?? 0;
    const change = (points: typeof co2.points, to: number) => formatChange(percentChange(points, BASE, to) ?? 0);
    return {
      then: {
        vintage: 'Our strategy (West of England LEP, April 2019)',
        text: `Carbon emissions ${claim.co2 !== undefined ? formatChange(claim.co2, 0) : '−30%'} since 2005, economy ${claim.economy !== undefined ? formatChange(claim.economy, 0) : '+30%'} over the same period; end year and measures not stated.`,
      },
      now: {
        vintage: 'BEIS 2005-2020, ONS GDP (May 2021), DESNZ 2005-2023',
        text: `${BASE} to ${END}: CO2 ${change(co2.points, END)}, real GDP ${change(gdp.points, END)}. CO2 to ${co2End}: ${change(co2.points, co2End)}; all greenhouse gases to ${ghgEnd}: ${change(ghg.points, ghgEnd)}.`,
      },
    };
  },
});
