import type { LoadedDatasets } from '../datasets/loadCatalog';
import { compareOf, laData } from './compareData.derive';

/** The compareHexmap chart's data, derived from the loaded datasets at build time (never shipped to the browser). */
export const derive = (d: LoadedDatasets) => {
  const c = compareOf(d);
  const { layout, hexes, credit } = c.hexmap;
  if (layout !== 'odd-r' && layout !== 'even-r')
    throw new Error(`data/hexmap-lad-2023.hexjson: layout must be odd-r or even-r, found ${layout}`);
  return {
    ...laData(c),
    layout: layout as 'odd-r' | 'even-r',
    hexes: hexes.map(({ code, name, q, r }) => ({ id: code, name, q, r })),
    credit,
  };
};

export type CompareHexmapData = ReturnType<typeof derive>;
