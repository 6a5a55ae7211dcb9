import type { LoadedDatasets } from '../datasets/loadCatalog';
import type { ChartUnit } from './unit';

/**
 * Run every chart's `derive` (at build time) and key its data by chart id.
 * A chart on several tabs is derived once; two different charts sharing an id fail the build.
 */
export function deriveCharts(units: readonly ChartUnit[], datasets: LoadedDatasets): Record<string, unknown> {
  const seen = new Map<string, ChartUnit>();
  const out: Record<string, unknown> = {};
  for (const u of units) {
    const before = seen.get(u.id);
    if (before === u) continue;
    if (before) throw new Error(`two charts share the id "${u.id}": chart ids must be unique`);
    seen.set(u.id, u);
    out[u.id] = u.derive(datasets);
  }
  return out;
}
