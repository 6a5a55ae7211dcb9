import evidence from 'virtual:evidence';
import { formatChange, formatValue } from '../../charts/format';
import { indexTo } from '../../series/indexTo';
import { clipYears } from '../../series/clipYears';
import { percentChange } from '../../series/percentChange';
import { areaColour, areaDash, areaLabel } from '../colours';
import type { ChartSpec } from '../spec';
import { seriesTable } from '../tables';

const MEASURES = {
  gdpReal: { label: 'Real GDP (2018 prices)', unit: '£m, 2018 prices' },
  gva: { label: 'GVA (current prices)', unit: '£m, current prices' },
} as const;

export const economy: ChartSpec = {
  id: 'economy',
  title: 'Bristol and South Gloucestershire drive the region’s output',
  subtitle: 'Gross domestic product in 2018 prices, or gross value added at current prices, £ million, 1998 to 2019, by local authority',
  sources: ['ons-regional-gdp-2021'],
  defaults: { measure: 'gdpReal', mode: 'absolute', areas: ['E06000022', 'E06000023', 'E06000024', 'E06000025'] },
  controls: [
    {
      type: 'segmented',
      key: 'measure',
      label: 'Measure',
      options: Object.entries(MEASURES).map(([value, m]) => ({ value, label: m.label })),
    },
    {
      type: 'segmented',
      key: 'mode',
      label: 'Show',
      options: [
        { value: 'absolute', label: '£ million' },
        { value: 'indexed', label: 'Index, first year = 100' },
      ],
    },
    { type: 'checkboxes', key: 'areas', label: 'Areas', options: evidence.gdpReal.map((s) => ({ value: s.id, label: areaLabel(s.id) })) },
    { type: 'yearRange', label: 'Years', min: 1998, max: 2019 },
  ],
  view: (c) => {
    const key = c.measure === 'gva' ? 'gva' : 'gdpReal';
    const indexed = c.mode === 'indexed';
    const areas = c.areas ?? [];
    const hidden = c.hidden ?? [];
    const first = c.from ?? 1998;
    const last = c.to ?? 2019;
    const all = evidence[key].map((s) => ({
      ...s,
      points: clipYears(s.points, first, last),
      label: areaLabel(s.id),
      color: areaColour(s.id),
      dash: areaDash(s.id),
    }));
    const shown = all.filter((s) => areas.includes(s.id) && !hidden.includes(s.id));
    const unit = indexed ? `index, ${first} = 100` : MEASURES[key].unit;
    const byGrowth = [...all]
      .filter((s) => s.id !== 'woe')
      .sort((a, b) => (percentChange(b.points, first, last) ?? 0) - (percentChange(a.points, first, last) ?? 0));
    const biggest = [...all].filter((s) => s.id !== 'woe').sort((a, b) => (b.points.at(-1)?.[1] ?? 0) - (a.points.at(-1)?.[1] ?? 0))[0];
    const fastest = byGrowth[0];
    return {
      body: { kind: 'line', series: shown, unit: 'gbpm', indexBase: indexed ? first : undefined },
      table: seriesTable(indexed ? shown.map((s) => ({ ...s, points: indexTo(s.points, first) })) : shown, unit),
      finding:
        biggest && fastest
          ? `${MEASURES[key].label} in ${last}: ${biggest.label} largest at ${formatValue(biggest.points.at(-1)?.[1] ?? 0, 'gbpm')}; ${fastest.label} grew fastest from ${first} to ${last}, ${formatChange(percentChange(fastest.points, first, last) ?? 0)}.`
          : 'No data.',
      legend: all
        .filter((s) => areas.includes(s.id))
        .map((s) => ({ id: s.id, label: s.label, color: s.color, dash: s.dash, hidden: hidden.includes(s.id) })),
      legendToggles: true,
    };
  },
};
