import evidence from 'virtual:evidence';
import { formatValue } from '../../charts/format';
import { clipYears } from '../../series/clipYears';
import { areaColour, areaDash, areaLabel } from '../colours';
import type { ChartSpec } from '../spec';
import { seriesTable } from '../tables';

const MEASURES = {
  co2: { label: 'CO2 (BEIS, to 2020)', unit: 't CO2 per person' },
  ghg: { label: 'All greenhouse gases (DESNZ, to 2023)', unit: 't CO2e per person' },
} as const;

export const co2PerHead: ChartSpec = {
  id: 'co2-per-head',
  title: 'Emissions per person are lower in the West of England than in England',
  subtitle: 'Territorial emissions per resident, tonnes a year, West of England against the South West and England',
  sources: ['beis-co2-territorial-2005-2020', 'desnz-ghg-2005-2023'],
  defaults: { measure: 'co2' },
  controls: [
    {
      type: 'segmented',
      key: 'measure',
      label: 'Measure',
      options: Object.entries(MEASURES).map(([value, m]) => ({ value, label: m.label })),
    },
    { type: 'yearRange', label: 'Years', min: 2005, max: 2023 },
  ],
  view: (c) => {
    const key = c.measure === 'ghg' ? 'ghg' : 'co2';
    const src = key === 'ghg' ? evidence.ghgPerHead : evidence.co2PerHead;
    const hidden = c.hidden ?? [];
    const all = src.map((s) => ({
      ...s,
      points: clipYears(s.points, c.from, c.to),
      label: areaLabel(s.id),
      color: areaColour(s.id),
      dash: areaDash(s.id),
    }));
    const shown = all.filter((s) => !hidden.includes(s.id));
    const last = (id: string) => all.find((s) => s.id === id)?.points.at(-1);
    const w = last('woe');
    const sw = last('E12000009');
    const en = last('E92000001');
    return {
      body: { kind: 'line', series: shown, unit: 'tperhead' },
      table: seriesTable(shown, MEASURES[key].unit),
      finding:
        w && sw && en
          ? `In ${w[0]} the West of England emitted ${formatValue(w[1], 'tperhead')} ${key === 'ghg' ? 'CO2e' : 'CO2'} per person, against ${formatValue(sw[1], 'tperhead')} in the South West and ${formatValue(en[1], 'tperhead')} in England.`
          : 'A series is missing.',
      legend: all.map((s) => ({ id: s.id, label: s.label, color: s.color, dash: s.dash, hidden: hidden.includes(s.id) })),
      legendToggles: true,
    };
  },
};
