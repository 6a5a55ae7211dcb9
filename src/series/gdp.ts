import type { LoadedDatasets } from '../datasets/loadCatalog';
import type { AuthorityId } from './areas';
import { WOE_AUTHORITIES } from './areas';
import { sumByYear } from './sumByYear';
import type { Point } from './types';

type GdpRow = LoadedDatasets['onsRegionalGdp2021']['rows'][number];
export type GdpMeasure = GdpRow['measure'];

/** One authority's values of one measure. */
export const gdpArea = (rows: readonly GdpRow[], code: AuthorityId, measure: GdpMeasure): Point[] =>
  rows
    .filter((r) => r.laCode === code && r.measure === measure)
    .sort((a, b) => a.year - b.year)
    .map((r) => [r.year, r.value] as const);

/** The four authorities summed (the file holds only them): only years where all four report. */
export const gdpSum = (rows: readonly GdpRow[], measure: GdpMeasure): Point[] =>
  sumByYear(
    rows,
    (r) => r.measure === measure,
    (r) => r.year,
    (r) => r.value,
    (r) => r.laCode,
    WOE_AUTHORITIES.length,
  );
