import type { LoadedDatasets } from '../datasets/loadCatalog';
import { ageBands, dependencyRatios } from './ageBands';
import type { AreaId } from './areas';
import { AREAS, WOE_AUTHORITIES } from './areas';
import { r6 } from './ship';
import type { Point } from './types';

type SnppRow = LoadedDatasets['snpp2022']['rows'][number];

export interface PopulationBands {
  readonly id: AreaId;
  readonly label: string;
  readonly young: Point[];
  readonly working: Point[];
  readonly old: Point[];
  readonly all: Point[];
  readonly totalRatio: Point[];
  readonly oldAgeRatio: Point[];
}

/** Broad age bands and dependency ratios, 2022-based, for the four authorities together and each. */
export function populationBands(snpp: readonly SnppRow[]): PopulationBands[] {
  const areas: { id: AreaId; codes: readonly string[] }[] = [
    { id: 'woe', codes: WOE_AUTHORITIES },
    ...WOE_AUTHORITIES.map((c) => ({ id: c as AreaId, codes: [c] })),
  ];
  return areas.map(({ id, codes }) => {
    const b = ageBands(
      snpp.filter((r) => codes.includes(r.areaCode)),
      2022,
    );
    const ratios = dependencyRatios(b);
    const pts = (xs: readonly number[]): Point[] => b.years.map((y, i) => [y, xs[i] as number] as const);
    return {
      id,
      label: AREAS[id],
      young: r6(pts(b.young)),
      working: r6(pts(b.working)),
      old: r6(pts(b.old)),
      all: r6(pts(b.all)),
      totalRatio: r6(ratios.total),
      oldAgeRatio: r6(ratios.oldAge),
    };
  });
}
