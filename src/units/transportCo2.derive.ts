import type { LoadedDatasets } from '../datasets/loadCatalog';
import { WOE_AUTHORITIES } from '../series/areas';
import { beisArea } from '../series/beis';
import { r6, series } from '../series/ship';

/** The transportCo2 chart's data, derived from the loaded datasets at build time (never shipped to the browser). */
export const derive = (d: LoadedDatasets) => {
  const beis = d.beisCo2Territorial.rows;
  return WOE_AUTHORITIES.map((code) => ({
    id: code,
    series: [
      series('road', r6(beisArea(beis, code, (r) => r.roadARoads + r.roadMotorways + r.roadMinorRoads)), 'Road'),
      series('rail', r6(beisArea(beis, code, (r) => r.dieselRailways)), 'Rail (diesel)'),
    ],
  }));
};

export type TransportCo2Data = ReturnType<typeof derive>;
