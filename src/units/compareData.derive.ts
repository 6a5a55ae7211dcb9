import type { LoadedData, LoadedDatasets } from '../datasets/loadCatalog';
import type { Compare } from '../series/compare/buildCompare';
import { buildCompare } from '../series/compare/buildCompare';
import type { LaData, LaMeasure } from './compareData';
import { RANKED_MEASURES, styleOf } from './compareData';

/*
 * The Compare charts' shared derivations: build time only (the units' derive
 * files import them; the browser gets what they return, never this code).
 */

const memo = new WeakMap<object, Compare>();

/** The national comparison, built once per loaded datasets object however many Compare units derive from it. */
export function compareOf(d: LoadedDatasets): Compare {
  let c = memo.get(d);
  if (!c) {
    // The build passes every loaded file, JSON ones (the hex map) included; the unit contract names only the tables.
    if (!('hexmapLad2023' in d))
      throw new Error('The Compare charts need the hex map (data/hexmap-lad-2023.hexjson), which was not loaded');
    c = buildCompare(d as LoadedData);
    memo.set(d, c);
  }
  return c;
}

const round = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);

/** Every English authority's value on the ranked measures and the six subnational indicators. */
export function laData(c: Compare): LaData {
  const p = c.perAuthority;
  const measures: LaMeasure[] = [
    ...RANKED_MEASURES.map((m) => {
      const def = c.measures[m];
      return {
        id: m,
        label: def.label,
        unitText: def.unit,
        period: def.from !== undefined ? `${def.from} to ${def.year}` : String(def.year),
        style: styleOf(def.unit, def.from !== undefined),
        values: p.measures[m].map(round),
        indicator: false,
      };
    }),
    ...p.indicators.map((i) => ({
      id: i.id,
      label: i.indicator.replace(' (Great Britain)', ''),
      unitText: i.unit === 'Pounds' ? '£' : i.unit === 'Percentage' ? '%' : i.unit,
      period: i.period,
      style: styleOf(i.unit === 'Pounds' ? '£' : '%', false),
      values: i.values.map(round),
      indicator: true,
    })),
  ];
  return { authorities: p.authorities.map(({ code, name, woe }) => ({ code, name, woe })), measures };
}
