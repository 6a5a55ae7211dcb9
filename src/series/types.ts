/** A point in a time series: [year, value]. */
export type Point = readonly [year: number, value: number];

/** A named time series, the unit of every line, area and slope chart. */
export interface Series {
  readonly id: string;
  readonly label: string;
  readonly points: readonly Point[];
}

/** One value in a category × group table (grouped and plain bars). */
export interface Datum {
  readonly category: string;
  readonly group: string;
  readonly value: number;
}

export type { TableData } from '../datasets/tableData';
