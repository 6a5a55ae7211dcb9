import type { LoadedDatasets } from '../datasets/loadCatalog';
import { divideSeries } from './divideSeries';
import { sumByYear } from './sumByYear';
import type { Point } from './types';

type DesnzRow = LoadedDatasets['desnzGhg2023']['rows'][number];

/** Sum a DESNZ column over the authorities `pick` keeps, only in years where every one of them reports. */
function desnzSum(rows: readonly DesnzRow[], pick: (r: DesnzRow) => boolean, value: (r: DesnzRow) => number): Point[] {
  const members = new Set(rows.filter(pick).map((r) => r.ladCode)).size;
  return sumByYear(
    rows,
    pick,
    (r) => r.year,
    value,
    (r) => r.ladCode,
    members,
  );
}

/** Territorial greenhouse gases, kt CO2e, summed over an area. */
export const desnzTotal = (rows: readonly DesnzRow[], pick: (r: DesnzRow) => boolean): Point[] =>
  desnzSum(rows, pick, (r) => r.territorialKtCo2e);

/** Tonnes CO2e per resident: sum over sum (kt over thousands of people). */
export const desnzPerHead = (rows: readonly DesnzRow[], pick: (r: DesnzRow) => boolean): Point[] =>
  divideSeries(
    desnzTotal(rows, pick),
    desnzSum(rows, pick, (r) => r.populationThousands),
  );
