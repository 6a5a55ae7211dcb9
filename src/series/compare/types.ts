import type { Series } from '../types';

/** One figure with what it is for: the year (and base year for a change) and unit. */
export interface Figure {
  readonly value: number;
  readonly year: number;
  /** For a change: the year it is measured from. */
  readonly from?: number;
  readonly unit: string;
}

/** The measures the Compare tab ranks and maps; the same ids go into links. */
export type MeasureId = 'real-gdp-growth' | 'real-gdp-per-head' | 'gdp-per-head' | 'ghg-per-resident' | 'ghg-per-resident-change';

export interface MeasureDef {
  readonly id: MeasureId;
  readonly label: string;
  readonly unit: string;
  readonly year: number;
  readonly from?: number;
  /** The dataset id the figures come from. */
  readonly source: string;
  /** How an aggregate (combined authority, West of England, England) is made from its authorities. */
  readonly method: string;
}

/** Every figure for one area (aggregate or authority), each series in years with the unit stated. */
export interface AreaFigures {
  readonly id: string;
  readonly realGdp: Series;
  readonly realGdpPerHead: Series;
  readonly ghgPerResident: Series;
  readonly latest: { readonly [M in MeasureId]: Figure | null };
}

export interface RankRow {
  readonly id: string;
  readonly label: string;
  readonly short: string;
  readonly value: number;
  /** 1 = highest value among the 15 combined authorities; null for England and the four-authority West of England (not combined authorities). */
  readonly rank: number | null;
  readonly isCombinedAuthority: boolean;
}

export interface Ranking {
  readonly measure: MeasureId;
  readonly unit: string;
  readonly year: number;
  readonly from?: number;
  /** How many combined authorities are ranked. */
  readonly of: number;
  /** Sorted by value, highest first. */
  readonly rows: readonly RankRow[];
}
