import type { LoadedDatasets } from '../datasets/loadCatalog';
import { isWoeAuthority } from '../series/areas';
import { beisTotal, beisWoeSum } from '../series/beis';
import { comparatorPerHead } from '../series/compare/comparators';
import { desnzPerHead } from '../series/desnz';
import { divideSeries } from '../series/divideSeries';
import { r6, series } from '../series/ship';
import { checkComparators } from './comparators';

/** The co2PerHead chart's data, derived from the loaded datasets at build time (never shipped to the browser). */
export const derive = (d: LoadedDatasets) => {
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
};

export type Co2PerHeadData = ReturnType<typeof derive>;
