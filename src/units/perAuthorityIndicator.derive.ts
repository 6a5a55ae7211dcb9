import type { LoadedDatasets } from '../datasets/loadCatalog';
import { AREAS } from '../series/areas';
import { periodWords } from '../series/compare/periodWords';
import { compareOf } from './compareData.derive';
import type { IndicatorCardSpec } from './perAuthorityIndicator';
import { DECIMALS } from './perAuthorityIndicator';

/** A name short enough for a label: "Bristol" for "Bristol, City of", "Kingston upon Hull" for "Kingston upon Hull, City of". */
const shortName = (code: string, name: string): string => AREAS[code as keyof typeof AREAS] ?? name.replace(/, (City|County) of$/, '');

/**
 * The build-time data of one per-authority card: one published indicator
 * (ONS subnational indicators, `real`) for every English authority, values
 * aligned with the authority list (the same list, in the same order, for
 * every such card, so a tab with two of them compresses the second list
 * away) and rounded to the precision shown. Never an area figure.
 */
export function deriveIndicator(indicatorId: string, decimals: number) {
  return (d: LoadedDatasets) => {
    const p = compareOf(d).perAuthority;
    const ind = p.indicators.find((i) => i.id === indicatorId);
    if (!ind)
      throw new Error(
        `data/ons-subnational-indicators-2024-03.csv: no indicator "${indicatorId}" (known: ${p.indicators.map((i) => i.id).join(', ')})`,
      );
    const f = 10 ** decimals;
    // Why a value is missing, with the authorities it applies to (a handful: the reasons are few).
    const missing: Record<string, string[]> = {};
    for (const [code, why] of Object.entries(ind.missing)) (missing[why] ??= []).push(code);
    return {
      period: periodWords(ind.period),
      codes: p.authorities.map((a) => a.code),
      names: p.authorities.map((a) => shortName(a.code, a.name)),
      values: ind.values.map((v) => (v === null ? null : Math.round(v * f) / f)),
      missing: Object.entries(missing).map(([why, codes]) => ({ why, codes })),
    };
  };
}

export type PerAuthorityIndicatorData = ReturnType<ReturnType<typeof deriveIndicator>>;

/** One card's derive, from its spec (src/units/authorityIndicators.ts): listed in src/units/derivers.ts. */
export const deriveFor = (spec: IndicatorCardSpec) => deriveIndicator(spec.indicator, DECIMALS[spec.unit]);
