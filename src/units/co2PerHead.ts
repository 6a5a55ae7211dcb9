import { formatValue } from '../charts/format';
import { isWoeAuthority } from '../series/areas';
import { beisTotal, beisWoeSum } from '../series/beis';
import { desnzPerHead } from '../series/desnz';
import { divideSeries } from '../series/divideSeries';
import { r6, series } from '../series/ship';
import { areaSeries } from './areaSeries';
import { defineUnit } from './unit';

const MEASURES = {
  co2: { label: 'CO2 (BEIS, to 2020)', unit: 't CO2 per person' },
  ghg: { label: 'All greenhouse gases (DESNZ, to 2023)', unit: 't CO2e per person' },
} as const;
const AREA_IDS = ['woe', 'E12000009', 'E92000001'] as const;

export const co2PerHead = defineUnit({
  id: 'co2-per-head',
  title: 'Emissions per person are lower in the West of England than in England',
  subtitle: 'Territorial emissions per resident, tonnes a year, West of England against the South West and England',
  sources: ['beis-co2-territorial-2005-2020', 'desnz-ghg-2005-2023'],
  choices: [
    {
      kind: 'segmented',
      key: 'measure',
      label: 'Measure',
      options: Object.entries(MEASURES).map(([value, m]) => ({ value, label: m.label })),
      default: 'co2',
    },
    { kind: 'years', label: 'Years', min: 2005, max: 2023 },
    { kind: 'hide', series: AREA_IDS },
  ],
  derive: (d) => {
    const beis = d.beisCo2Territorial.rows;
    const ghg = d.desnzGhg2023.rows;
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
      ],
    };
  },
  view: (data, c) => {
    const key = c.measure === 'ghg' ? 'ghg' : 'co2';
    const { all, view } = areaSeries(data[key], c, MEASURES[key].unit);
    const last = (id: string) => all.find((s) => s.id === id)?.points.at(-1);
    const [w, sw, en] = AREA_IDS.map(last);
    return {
      ...view('tperhead'),
      sources: [key === 'ghg' ? 'desnz-ghg-2005-2023' : 'beis-co2-territorial-2005-2020'],
      finding:
        w && sw && en
          ? `In ${w[0]} the West of England emitted ${formatValue(w[1], 'tperhead')} ${key === 'ghg' ? 'CO2e' : 'CO2'} per person, against ${formatValue(sw[1], 'tperhead')} in the South West and ${formatValue(en[1], 'tperhead')} in England.`
          : 'A series is missing.',
    };
  },
});
