import type { HexLayout, HexMap } from '../../datasets/hexmap';

export interface HexGeometry {
  readonly layout: HexLayout;
  readonly hexes: readonly {
    readonly code: string;
    readonly name: string;
    readonly q: number;
    readonly r: number;
    readonly region: string;
  }[];
  readonly credit: string;
}

/** The hexes of English authorities (codes starting E), as HexJSON gives them, with the map's credit. */
export function hexGeometry(map: HexMap, credit: string): HexGeometry {
  return {
    layout: map.layout,
    hexes: Object.entries(map.hexes)
      .filter(([code]) => code.startsWith('E'))
      .map(([code, h]) => ({ code, name: h.n, q: h.q, r: h.r, region: h.region })),
    credit,
  };
}
