import type { LoadedDatasets } from '../datasets/loadCatalog';
import type { Derivers } from './derivers';
import type { ChartUnit } from './unit';

/** A chart and its deriver that do not meet: the build stops with one line naming the chart. */
export class DeriverError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeriverError';
  }
}

/**
 * Run every chart's `derive` (at build time, from src/units/derivers.ts) and key its data by chart id.
 * A chart on several tabs is derived once; two different charts sharing an id, a chart
 * with no deriver and a deriver with no chart fail the build.
 */
export function deriveCharts(units: readonly ChartUnit[], derivers: Derivers, datasets: LoadedDatasets): Record<string, unknown> {
  const seen = new Map<string, ChartUnit>();
  for (const u of units) {
    const before = seen.get(u.id);
    if (before && before !== u) throw new DeriverError(`two charts share the id "${u.id}": chart ids must be unique`);
    seen.set(u.id, u);
  }
  const missing = [...seen.keys()].filter((id) => !Object.hasOwn(derivers, id));
  if (missing.length)
    throw new DeriverError(
      `chart${missing.length === 1 ? '' : 's'} ${missing.map((id) => `"${id}"`).join(', ')} ha${missing.length === 1 ? 's' : 've'} no deriver: add its derive (src/units/<name>.derive.ts) to src/units/derivers.ts`,
    );
  const orphans = Object.keys(derivers).filter((id) => !seen.has(id));
  if (orphans.length)
    throw new DeriverError(
      `deriver${orphans.length === 1 ? '' : 's'} ${orphans.map((id) => `"${id}"`).join(', ')} in src/units/derivers.ts ha${orphans.length === 1 ? 's' : 've'} no chart on any tab: add the chart to a tab (src/dashboard/tabs.ts) or remove its deriver`,
    );
  const out: Record<string, unknown> = {};
  for (const id of seen.keys()) out[id] = (derivers[id] as Derivers[string])(datasets);
  return out;
}
