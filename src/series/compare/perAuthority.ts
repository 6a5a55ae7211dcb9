import type { LoadedDatasets } from '../../datasets/loadCatalog';
import type { Indicator } from '../../datasets/schemas/subnationalIndicators';
import { INDICATORS, subnationalIndicators } from '../../datasets/schemas/subnationalIndicators';
import { missingReason } from '../../datasets/schema';
import type { AreaDef } from '../areas';
import { WECA_AUTHORITIES, WOE_AUTHORITIES } from '../areas';
import { toDataCode } from './laCodes';
import { MEASURE_IDS } from './measures';
import type { AreaFigures, MeasureId } from './types';

/** One English authority, in the order every per-authority value list follows. */
export interface AuthorityRow {
  readonly code: string;
  readonly name: string;
  readonly region: string;
  readonly combinedAuthority: string | null;
  /** One of the four West of England authorities (the evidence-base area). */
  readonly woe: boolean;
  /** One of WECA's three authorities. */
  readonly weca: boolean;
}

/** A published indicator for each English authority: never averaged into an area figure. */
export interface IndicatorValues {
  readonly id: string;
  readonly indicator: Indicator;
  readonly period: string;
  readonly unit: string;
  /** Aligned with `authorities`; null where there is no value. */
  readonly values: readonly (number | null)[];
  /** Why a value is null, by authority code. */
  readonly missing: Readonly<Record<string, string>>;
}

export interface PerAuthority {
  readonly authorities: readonly AuthorityRow[];
  /** Each measure's latest value for every English authority, aligned with `authorities`. */
  readonly measures: { readonly [M in MeasureId]: readonly (number | null)[] };
  readonly indicators: readonly IndicatorValues[];
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/\(great britain\)/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const NO_ROW = 'formed in 2023, after the boundaries the ONS file uses (it has rows for the former districts instead)';

/** Every English authority's value on every measure and indicator, with the West of England's flagged. */
export function perAuthority(
  d: Pick<LoadedDatasets, 'subnationalIndicators'>,
  areas: readonly AreaDef[],
  figures: ReadonlyMap<string, AreaFigures>,
): PerAuthority {
  const las = areas.filter((a) => a.kind === 'authority');
  const authorities = las.map((a) => ({
    code: a.id,
    name: a.label,
    region: a.region ?? '',
    combinedAuthority: a.combinedAuthority ?? null,
    woe: (WOE_AUTHORITIES as readonly string[]).includes(a.id),
    weca: (WECA_AUTHORITIES as readonly string[]).includes(a.id),
  }));
  const measures = Object.fromEntries(
    MEASURE_IDS.map((m) => [m, las.map((a) => figures.get(a.id)?.latest[m]?.value ?? null)]),
  ) as unknown as PerAuthority['measures'];
  const realColumn = subnationalIndicators.columns.find((c) => c.field === 'value');
  const indicators = INDICATORS.map((indicator): IndicatorValues => {
    const rows = new Map(d.subnationalIndicators.rows.filter((r) => r.indicator === indicator).map((r) => [toDataCode(r.areaCode), r]));
    const first = rows.values().next().value;
    const missing: Record<string, string> = {};
    const values = las.map((a) => {
      const r = rows.get(a.id);
      if (!r) missing[a.id] = NO_ROW;
      else if (r.value === null) missing[a.id] = (realColumn && missingReason(realColumn, 'NA')) ?? 'not available';
      return r?.value ?? null;
    });
    return { id: slug(indicator), indicator, period: first?.period ?? '', unit: first?.unit ?? '', values, missing };
  });
  return { authorities, measures, indicators };
}
