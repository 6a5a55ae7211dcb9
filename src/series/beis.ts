import type { LoadedDatasets } from '../datasets/loadCatalog';
import type { AuthorityId } from './areas';
import { isWoeAuthority, WOE_AUTHORITIES } from './areas';
import { sumByYear } from './sumByYear';
import type { Point } from './types';

type BeisRow = LoadedDatasets['beisCo2Territorial']['rows'][number];
type Value = (r: BeisRow) => number;

/** The BEIS sector totals, in the order the stack draws them. */
export const BEIS_SECTORS = [
  ['industryTotal', 'Industry'],
  ['commercialTotal', 'Commercial'],
  ['publicSectorTotal', 'Public sector'],
  ['domesticTotal', 'Domestic'],
  ['transportTotal', 'Transport'],
  ['agricultureTotal', 'Agriculture'],
  ['wasteManagementTotal', 'Waste management'],
  ['lulucfNetEmissions', 'Land use (LULUCF, net)'],
] as const;

/** The four authorities summed, year by year: only years where all four report. */
export const beisWoeSum = (rows: readonly BeisRow[], value: Value): Point[] =>
  sumByYear(
    rows,
    (r) => isWoeAuthority(r.laCode),
    (r) => r.year,
    value,
    (r) => r.laCode ?? '',
    WOE_AUTHORITIES.length,
  );

const yearly = (rows: readonly BeisRow[], keep: (r: BeisRow) => boolean, value: Value): Point[] =>
  rows
    .filter(keep)
    .sort((a, b) => a.year - b.year)
    .map((r) => [r.year, value(r)] as const);

/** One authority's values. */
export const beisArea = (rows: readonly BeisRow[], code: AuthorityId, value: Value): Point[] =>
  yearly(rows, (r) => r.laCode === code, value);

/** A published total row ("South West Total", "England Total"). */
export const beisTotal = (rows: readonly BeisRow[], name: string, value: Value): Point[] =>
  yearly(rows, (r) => r.localAuthority === name, value);
