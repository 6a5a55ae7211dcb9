import evidence from 'virtual:evidence';
import { formatChange } from '../../charts/format';
import { DASHES, seriesVar } from '../../charts/theme';
import { indexTo } from '../../series/indexTo';
import { clipYears } from '../../series/clipYears';
import { percentChange } from '../../series/percentChange';
import type { ChartSpec } from '../spec';
import { seriesTable } from '../tables';

const BASE = 2005;

export const decoupling: ChartSpec = {
  id: 'decoupling',
  title: 'The economy grew while carbon emissions fell',
  subtitle: 'Territorial CO2 emissions and real GDP, four West of England authorities together, index 2005 = 100',
  sources: ['beis-co2-territorial-2005-2020', 'ons-regional-gdp-2021', 'desnz-ghg-2005-2023', 'headline-figures'],
  defaults: {},
  controls: [{ type: 'yearRange', label: 'Years', min: 1998, max: 2023 }],
  notes: [
    'The shaded gap is the distance between real GDP and CO2 emissions, both indexed to 2005 = 100: the wider it is, the more growth has come without emissions.',
  ],
  view: (c) => {
    const { co2, gdp, ghg } = evidence.decoupling;
    const hidden = c.hidden ?? [];
    const all = [
      { ...gdp, color: seriesVar(1), dash: DASHES[1] ?? '' },
      { ...co2, color: seriesVar(0), dash: '' },
      { ...ghg, color: seriesVar(2), dash: DASHES[2] ?? '' },
    ];
    // Index on the full series first, so a later start year keeps 2005 = 100.
    const shown = all
      .filter((s) => !hidden.includes(s.id))
      .map((s) => ({ ...s, points: clipYears(indexTo(s.points, BASE), c.from, c.to) }));
    const co2Change = percentChange(co2.points, BASE, 2019);
    const gdpChange = percentChange(gdp.points, BASE, 2019);
    return {
      body: { kind: 'line', series: shown, unit: 'index', baseline: 100, shade: { upper: 'gdp', lower: 'co2', label: 'Decoupling' } },
      table: seriesTable(shown, 'index, 2005 = 100'),
      finding:
        co2Change !== undefined && gdpChange !== undefined
          ? `From 2005 to 2019 the four authorities' territorial CO2 emissions fell ${formatChange(co2Change).replace('−', '')} while real GDP grew ${formatChange(gdpChange).replace('+', '')}.`
          : 'A series is missing.',
      legend: all.map((s) => ({ id: s.id, label: s.label, color: s.color, dash: s.dash, hidden: hidden.includes(s.id) })),
      legendToggles: true,
    };
  },
  thenAndNow: () => {
    const { co2, gdp, ghg, claim } = evidence.decoupling;
    const co2End = co2.points.at(-1);
    const ghgEnd = ghg.points.at(-1);
    return {
      then: {
        vintage: 'Our strategy (West of England LEP, April 2019)',
        text: `Carbon emissions ${claim.co2 !== undefined ? formatChange(claim.co2, 0) : '−30%'} since 2005, economy ${claim.economy !== undefined ? formatChange(claim.economy, 0) : '+30%'} over the same period; end year and measures not stated.`,
      },
      now: {
        vintage: 'BEIS 2005-2020, ONS GDP (May 2021), DESNZ 2005-2023',
        text: `2005 to 2019: CO2 ${formatChange(percentChange(co2.points, BASE, 2019) ?? 0)}, real GDP ${formatChange(percentChange(gdp.points, BASE, 2019) ?? 0)}. CO2 to ${co2End?.[0]}: ${formatChange(percentChange(co2.points, BASE, co2End?.[0] ?? 0) ?? 0)}; all greenhouse gases to ${ghgEnd?.[0]}: ${formatChange(percentChange(ghg.points, BASE, ghgEnd?.[0] ?? 0) ?? 0)}.`,
      },
    };
  },
};
