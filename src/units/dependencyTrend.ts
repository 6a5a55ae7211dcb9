import { formatValue } from '../charts/format';
import { populationBands } from '../series/populationBands';
import { series } from '../series/ship';
import { areaSeries } from './areaSeries';
import { areaOptions, WOE_AND_AUTHORITIES } from './colours';
import { defineUnit } from './unit';

const MEASURES = { total: 'Total dependency ratio', oldAge: 'Old-age dependency ratio' } as const;

export const dependencyTrend = defineUnit({
  id: 'dependency-trend',
  title: 'North Somerset has more than twice as many older people per worker as Bristol',
  subtitle: 'Dependants per person aged 15-64, projected each year 2022 to 2047, ONS 2022-based projections',
  sources: ['ons-snpp-2022-persons'],
  choices: [
    {
      kind: 'segmented',
      key: 'measure',
      label: 'Ratio',
      options: Object.entries(MEASURES).map(([value, label]) => ({ value, label: label.replace(' dependency ratio', '') })),
      default: 'oldAge',
    },
    { kind: 'areas', label: 'Areas', options: areaOptions(WOE_AND_AUTHORITIES), default: WOE_AND_AUTHORITIES },
    { kind: 'years', label: 'Years', min: 2022, max: 2047 },
    { kind: 'hide', series: WOE_AND_AUTHORITIES },
  ],
  derive: (d) => {
    const bands = populationBands(d.snpp2022.rows);
    return {
      total: bands.map((b) => series(b.id, b.totalRatio)),
      oldAge: bands.map((b) => series(b.id, b.oldAgeRatio)),
    };
  },
  view: (data, c) => {
    const measure = c.measure === 'total' ? 'total' : 'oldAge';
    const { all, view } = areaSeries(data[measure], c, 'dependants per person aged 15-64', c.areas ?? []);
    const woe = all.find((s) => s.id === 'woe');
    const first = woe?.points[0];
    const last = woe?.points.at(-1);
    const latest = (s: (typeof all)[number]) => s.points.at(-1)?.[1] ?? 0;
    const high = [...all].sort((x, y) => latest(y) - latest(x))[0];
    return {
      ...view('ratio', { zero: false }),
      finding:
        first && last && high
          ? `West of England ${MEASURES[measure].toLowerCase()}: ${formatValue(first[1], 'ratio')} in ${first[0]}, ${formatValue(last[1], 'ratio')} by ${last[0]}; ${high.label} ends highest at ${formatValue(latest(high), 'ratio')}.`
          : 'No area selected.',
    };
  },
});
