import type { LoadedDatasets } from '../datasets/loadCatalog';
import { WOE_AUTHORITIES } from '../series/areas';
import { beisArea, BEIS_SECTORS, beisWoeSum } from '../series/beis';
import { r6, series } from '../series/ship';

/** The co2BySector chart's data, derived from the loaded datasets at build time (never shipped to the browser). */
export const derive = (d: LoadedDatasets) => {
  const beis = d.beisCo2Territorial.rows;
  return [
    { id: 'woe', series: BEIS_SECTORS.map(([f, label]) => series(f, r6(beisWoeSum(beis, (r) => r[f])), label)) },
    ...WOE_AUTHORITIES.map((code) => ({
      id: code,
      series: BEIS_SECTORS.map(([f, label]) => series(f, r6(beisArea(beis, code, (r) => r[f])), label)),
    })),
  ];
};

export type Co2BySectorData = ReturnType<typeof derive>;
