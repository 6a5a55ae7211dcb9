import type { LoadedDatasets } from '../datasets/loadCatalog';
import { compareOf, laData } from './compareData.derive';

/** A hex's place; `name` only where it differs from the authorities list's. */
export interface HexPlace {
  readonly id: string;
  readonly q: number;
  readonly r: number;
  readonly name?: string;
}

/** The compareHexmap chart's data, derived from the loaded datasets at build time (never shipped to the browser). */
export const derive = (d: LoadedDatasets) => {
  const c = compareOf(d);
  const { layout, hexes, credit } = c.hexmap;
  if (layout !== 'odd-r' && layout !== 'even-r')
    throw new Error(`data/hexmap-lad-2023.hexjson: layout must be odd-r or even-r, found ${layout}`);
  const la = laData(c);
  const named = new Map(la.authorities.map((a) => [a.code, a.name]));
  return {
    ...la,
    layout: layout as 'odd-r' | 'even-r',
    // A hex's name only where the authorities list does not already give it (shipped once).
    hexes: hexes.map(({ code, name, q, r }): HexPlace => (named.get(code) === name ? { id: code, q, r } : { id: code, name, q, r })),
    credit,
  };
};

export type CompareHexmapData = ReturnType<typeof derive>;
