import { formatValue } from '../charts/format';
import { COMPARATOR_METHOD } from '../series/compare/notes';
import { areaSeries } from './areaSeries';
import { COMPARATORS, compareChoice, comparatorStyle } from './comparators';
import { defineUnit } from './unit';
import type { Co2PerHeadData } from './co2PerHead.derive';

const MEASURES = {
  co2: { label: 'CO2 (BEIS, to 2020)', unit: 't CO2 per person' },
  ghg: { label: 'All greenhouse gases (DESNZ, to 2023)', unit: 't CO2e per person' },
} as const;
const DEFAULT_COMPARE = ['E12000009', 'E92000001'];

export const co2PerHead = defineUnit<Co2PerHeadData>({
  id: 'co2-per-head',
  title: 'Emissions per person are lower in the West of England than in England',
  subtitle: 'Territorial emissions per resident, tonnes a year, West of England against England, the South West or a combined authority',
  notes: [
    COMPARATOR_METHOD,
    'Combined authorities are drawn with the DESNZ measure only: the BEIS file holds regional totals, not every authority.',
  ],
  sources: ['beis-co2-territorial-2005-2020', 'desnz-ghg-2005-2023'],
  choices: [
    {
      kind: 'segmented',
      key: 'measure',
      label: 'Measure',
      options: Object.entries(MEASURES).map(([value, m]) => ({ value, label: m.label })),
      default: 'co2',
    },
    compareChoice(DEFAULT_COMPARE),
    { kind: 'years', label: 'Years', min: 2005, max: 2023 },
    { kind: 'hide', series: ['woe', ...COMPARATORS.map((a) => a.id)] },
  ],
  view: (data, c) => {
    const key = c.measure === 'ghg' ? 'ghg' : 'co2';
    const chosen = c.areas ?? DEFAULT_COMPARE;
    const src = data[key].filter((s) => s.id === 'woe' || chosen.includes(s.id));
    const { all, view } = areaSeries(src, c, MEASURES[key].unit, undefined, comparatorStyle());
    const w = all.find((s) => s.id === 'woe')?.points.at(-1);
    const against = all
      .filter((s) => s.id !== 'woe')
      .flatMap((s) => {
        const p = s.points.at(-1);
        return p ? [`${formatValue(p[1], 'tperhead')} in ${s.label}`] : [];
      });
    const missing = key === 'co2' && chosen.some((id) => id.startsWith('E47'));
    return {
      ...view('tperhead'),
      sources: [key === 'ghg' ? 'desnz-ghg-2005-2023' : 'beis-co2-territorial-2005-2020'],
      viewNotes: missing ? ['Combined authorities are shown with the DESNZ greenhouse-gas measure: choose “All greenhouse gases”.'] : [],
      finding: w
        ? `In ${w[0]} the West of England emitted ${formatValue(w[1], 'tperhead')} ${key === 'ghg' ? 'CO2e' : 'CO2'} per person${against.length ? `, against ${against.join(', ')}` : ''}.`
        : 'A series is missing.',
    };
  },
});
