import evidence from 'virtual:evidence';
import { formatChange, formatValue } from '../../charts/format';
import { percentChange } from '../../series/percentChange';
import { categoryColour } from '../colours';
import type { ChartSpec } from '../spec';
import { seriesTable } from '../tables';

export const populationByAge: ChartSpec = {
  id: 'population-by-age',
  title: 'People aged 65 and over are the fastest-growing group to 2047',
  subtitle: 'Projected population by broad age band, 2022 to 2047, persons, ONS 2022-based projections',
  sources: ['ons-snpp-2022-persons'],
  defaults: { area: 'woe' },
  controls: [
    { type: 'select', key: 'area', label: 'Area', options: evidence.populationBands.map((b) => ({ value: b.id, label: b.label })) },
  ],
  view: (c) => {
    const b = evidence.populationBands.find((x) => x.id === c.area) ?? evidence.populationBands[0];
    if (!b) return { body: { kind: 'stackedArea', layers: [], unit: 'persons' }, table: { columns: [], rows: [] }, finding: 'No data.' };
    const layers = [
      { id: 'young', label: 'Aged 0-14', points: b.young, color: categoryColour(1) },
      { id: 'working', label: 'Aged 15-64', points: b.working, color: categoryColour(4) },
      { id: 'old', label: 'Aged 65+', points: b.old, color: categoryColour(0) },
    ];
    const old = percentChange(b.old, 2022, 2047) ?? 0;
    const working = percentChange(b.working, 2022, 2047) ?? 0;
    const young = percentChange(b.young, 2022, 2047) ?? 0;
    const all = b.all.at(-1)?.[1] ?? 0;
    return {
      body: { kind: 'stackedArea', layers, unit: 'persons' },
      table: seriesTable(layers, 'persons'),
      finding: `${b.label}, 2022 to 2047: aged 65+ ${formatChange(old)}, aged 15-64 ${formatChange(working)}, aged 0-14 ${formatChange(young)}; ${formatValue(all, 'persons')} people in all by 2047.`,
      legend: layers.map((l) => ({ id: l.id, label: l.label, color: l.color, hidden: false })),
    };
  },
};
