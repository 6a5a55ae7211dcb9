import { formatValue } from '../charts/format';
import { isWoeAuthority } from '../series/areas';
import { beisTotal, beisWoeSum } from '../series/beis';
import { desnzPerHead } from '../series/desnz';
import { divideSeries } from '../series/divideSeries';
import { r6, series } from '../series/ship';
import { COMPARATOR_METHOD, comparatorPerHead } from '../series/compare/comparators';
import { areaSeries } from './areaSeries';
import { checkComparators, COMPARATORS, compareChoice, comparatorStyle } from './comparators';
import { defineUnit } from './unit';

const MEASURES = {
  co2: { label: 'CO2 (BEIS, to 2020)', unit: 't CO2 per person' },
  ghg: { label: 'All greenhouse gases (DESNZ, to 2023)', unit: 't CO2e per person' },
} as const;
const DEFAULT_COMPARE = ['E12000009', 'E92000001'];

export const co2PerHead = defineUnit({
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
  derive: (d) => {
    const beis = d.beisCo2Territorial.rows;
    const ghg = d.desnzGhg2023.rows;
    const national = comparatorPerHead(d);
    checkComparators('co2-per-head', national.comparators);
    return {
      co2: [
        series(
          'woe',
          r6(
            divideSeries(
              beisWoeSum(beis, (r) => r.grandTotal),
              beisWoeSum(beis, (r) => r.populationThousands),
            ),
          ),
        ),
        series('E12000009', r6(beisTotal(beis, 'South West Total', (r) => r.perCapitaEmissions))),
        series('E92000001', r6(beisTotal(beis, 'England Total', (r) => r.perCapitaEmissions))),
      ],
      ghg: [
        series('woe', r6(desnzPerHead(ghg, (r) => isWoeAuthority(r.ladCode)))),
        series('E12000009', r6(desnzPerHead(ghg, (r) => r.region === 'South West'))),
        series('E92000001', r6(desnzPerHead(ghg, (r) => r.country === 'England'))),
        ...national.ghg.filter((s) => s.id.startsWith('E47')),
      ],
    };
  },
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
