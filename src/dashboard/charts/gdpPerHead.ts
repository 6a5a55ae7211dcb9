import evidence from 'virtual:evidence';
import { formatValue } from '../../charts/format';
import { clipYears } from '../../series/clipYears';
import { areaColour, areaDash, areaLabel } from '../colours';
import type { ChartSpec } from '../spec';
import { seriesTable } from '../tables';

export const gdpPerHead: ChartSpec = {
  id: 'gdp-per-head',
  title: 'Output per resident is highest in South Gloucestershire and Bristol',
  subtitle: 'Real GDP per resident, £ in 2018 prices, 1998 to 2019, by local authority and the West of England',
  sources: ['ons-regional-gdp-2021'],
  defaults: {},
  controls: [{ type: 'yearRange', label: 'Years', min: 1998, max: 2019 }],
  notes: ['GDP is counted where people work, population where they live: areas many people commute into look richer per head.'],
  view: (c) => {
    const hidden = c.hidden ?? [];
    const all = evidence.gdpPerHead.map((s) => ({
      ...s,
      points: clipYears(s.points, c.from, c.to),
      label: areaLabel(s.id),
      color: areaColour(s.id),
      dash: areaDash(s.id),
    }));
    const shown = all.filter((s) => !hidden.includes(s.id));
    const ranked = all.filter((s) => s.id !== 'woe').sort((a, b) => (b.points.at(-1)?.[1] ?? 0) - (a.points.at(-1)?.[1] ?? 0));
    const hi = ranked[0];
    const lo = ranked[ranked.length - 1];
    const woe = all.find((s) => s.id === 'woe')?.points.at(-1);
    return {
      body: { kind: 'line', series: shown, unit: 'gbp' },
      table: seriesTable(shown, '£ per resident, 2018 prices'),
      finding:
        hi && lo && woe
          ? `In ${woe[0]} real GDP per resident was ${formatValue(woe[1], 'gbp')} across the West of England, from ${formatValue(lo.points.at(-1)?.[1] ?? 0, 'gbp')} in ${lo.label} to ${formatValue(hi.points.at(-1)?.[1] ?? 0, 'gbp')} in ${hi.label}.`
          : 'No data.',
      legend: all.map((s) => ({ id: s.id, label: s.label, color: s.color, dash: s.dash, hidden: hidden.includes(s.id) })),
      legendToggles: true,
    };
  },
};
