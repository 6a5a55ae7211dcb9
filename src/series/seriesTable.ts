import type { Point } from '../series/types';
import type { TableData } from './types';

/** A year-by-series table: one row per year, one column per series, empty where a series has no value. */
export function seriesTable(
  series: readonly { id: string; label: string; points: readonly Point[] }[],
  unit: string,
  yearLabel = 'Year',
): TableData {
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p[0])))].sort((a, b) => a - b);
  const maps = series.map((s) => new Map(s.points));
  return {
    columns: [{ key: 'year', label: yearLabel }, ...series.map((s) => ({ key: s.id, label: s.label, unit }))],
    rows: years.map((y) => [y, ...maps.map((m) => m.get(y) ?? null)]),
  };
}
