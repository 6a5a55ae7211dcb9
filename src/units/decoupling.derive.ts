import type { LoadedDatasets } from '../datasets/loadCatalog';
import { isWoeAuthority } from '../series/areas';
import { beisWoeSum } from '../series/beis';
import { desnzTotal } from '../series/desnz';
import { gdpSum } from '../series/gdp';
import { r6, series } from '../series/ship';

/** The decoupling chart's data, derived from the loaded datasets at build time (never shipped to the browser). */
export const derive = (d: LoadedDatasets) => {
  const headline = (id: string) => d.headlineFigures.rows.find((h) => h.id === id)?.value;
  return {
    co2: series('co2', r6(beisWoeSum(d.beisCo2Territorial.rows, (r) => r.grandTotal)), 'Territorial CO2 (BEIS 2005-2020)'),
    gdp: series('gdp', r6(gdpSum(d.onsRegionalGdp2021.rows, 'gdp_cvm_2018_money_gbp_million')), 'Real GDP (ONS, 2018 prices)'),
    ghg: series('ghg', r6(desnzTotal(d.desnzGhg2023.rows, (r) => isWoeAuthority(r.ladCode))), 'Greenhouse gases (DESNZ 2005-2023)'),
    claim: { co2: headline('carbon-emissions-change'), economy: headline('economy-growth') },
  };
};

export type DecouplingData = ReturnType<typeof derive>;
