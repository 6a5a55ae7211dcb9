import evidence from 'virtual:evidence';
import { formatValue } from '../../charts/format';
import { clipYears } from '../../series/clipYears';
import { areaColour, areaDash, areaLabel } from '../colours';
import type { ChartSpec } from '../spec';
import { seriesTable } from '../tables';

const MEASURES = { total: 'Total dependency ratio', oldAge: 'Old-age dependency ratio' } as const;

export const dependencyTrend: ChartSpec = {
  id: 'dependency-trend',
  title: 'North Somerset has more than twice as many older people per worker as Bristol',
  subtitle: 'Dependants per person aged 15-64, projected each year 2022 to 2047, ONS 2022-based projections',
  sources: ['ons-snpp-2022-persons'],
  defaults: { measure: 'oldAge', areas: ['woe', 'E06000022', 'E06000023', 'E06000024', 'E06000025'] },
  controls: [
    {
      type: 'segmented',
      key: 'measure',
      label: 'Ratio',
      options: Object.entries(MEASURES).map(([value, label]) => ({ value, label: label.replace(' dependency ratio', '') })),
    },
    { type: 'checkboxes', key: 'areas', label: 'Areas', options: evidence.populationBands.map((b) => ({ value: b.id, label: b.label })) },
    { type: 'yearRange', label: 'Years', min: 2022, max: 2047 },
  ],
  view: (c) => {
    const measure = c.measure === 'total' ? 'total' : 'oldAge';
    const areas = c.areas ?? [];
    const all = evidence.populationBands.map((b) => ({
      id: b.id,
      label: areaLabel(b.id),
      points: clipYears(measure === 'total' ? b.totalRatio : b.oldAgeRatio, c.from, c.to),
    }));
    const shown = all.filter((s) => areas.includes(s.id) && !(c.hidden ?? []).includes(s.id));
    const woe = all.find((s) => s.id === 'woe');
    const v = (year: number) => woe?.points.find((p) => p[0] === year)?.[1];
    const firstYear = woe?.points[0]?.[0] ?? 2022;
    const lastYear = woe?.points.at(-1)?.[0] ?? 2047;
    const a = v(firstYear);
    const b = v(lastYear);
    const high = [...all].sort((x, y) => (y.points.at(-1)?.[1] ?? 0) - (x.points.at(-1)?.[1] ?? 0))[0];
    return {
      body: {
        kind: 'line',
        series: shown.map((s) => ({ ...s, color: areaColour(s.id), dash: areaDash(s.id) })),
        unit: 'ratio',
        zero: false,
      },
      table: seriesTable(shown, 'dependants per person aged 15-64'),
      finding:
        a !== undefined && b !== undefined && high
          ? `West of England ${MEASURES[measure].toLowerCase()}: ${formatValue(a, 'ratio')} in ${firstYear}, ${formatValue(b, 'ratio')} by ${lastYear}; ${high.label} ends highest at ${formatValue(high.points.at(-1)?.[1] ?? 0, 'ratio')}.`
          : 'No area selected.',
      legend: all
        .filter((s) => areas.includes(s.id))
        .map((s) => ({ id: s.id, label: s.label, color: areaColour(s.id), dash: areaDash(s.id), hidden: (c.hidden ?? []).includes(s.id) })),
      legendToggles: true,
    };
  },
};
