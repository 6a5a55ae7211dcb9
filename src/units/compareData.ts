import type { Unit } from '../charts/format';
import { formatChange, formatValue } from '../charts/format';
import type { MeasureId } from '../series/compare/types';
import type { ChoiceOption } from './unit';

/** The measures ranked across combined authorities (an aggregate can be built for each). */
export const RANKED_MEASURES: readonly MeasureId[] = [
  'real-gdp-growth',
  'real-gdp-per-head',
  'ghg-per-resident',
  'ghg-per-resident-change',
];

/** The sources every Compare card draws on (their licences are in the card's source note). */
export const COMPARE_SOURCES = ['ons-regional-gdp-2025', 'desnz-ghg-2005-2023', 'ons-lad-cauth-2025'] as const;

export const COMPARE_NOTES = [
  'Combined authorities as in the ONS lookup of May 2025 (15 combined authorities). The West of England Combined Authority (WECA) is three authorities: Bath & North East Somerset, Bristol and South Gloucestershire; the evidence-base area, “West of England (4)”, adds North Somerset, which is not a member. It is shown but not ranked.',
  'Barnsley and Sheffield changed code between the 2023-based statistics (E08000016, E08000019) and the May 2025 lookup (E08000038, E08000039): the build matches them through one reconciliation table.',
];

/** How a measure's values are written: its chart unit, and whether it is a change (signed). */
export interface ValueStyle {
  readonly unit: Unit;
  readonly change: boolean;
}

export function styleOf(unitText: string, change: boolean): ValueStyle {
  if (change) return { unit: 'percent', change: true };
  if (unitText.startsWith('£')) return { unit: 'gbp', change: false };
  if (unitText.startsWith('t ')) return { unit: 'tperhead', change: false };
  return { unit: 'percent', change: false };
}

/** A value in a sentence or a table. */
export function fmt(v: number, s: ValueStyle): string {
  if (s.change) return formatChange(v);
  if (s.unit === 'tperhead') return `${formatValue(v, 'tperhead')} CO2e`;
  if (s.unit === 'gbp' && Math.abs(v) < 100) return `£${v.toFixed(2)}`;
  return formatValue(v, s.unit);
}

/** One measure a per-authority chart offers: ranked measures and the published indicators. */
export interface LaMeasure {
  readonly id: string;
  readonly label: string;
  /** Unit as words, for the legend and table. */
  readonly unitText: string;
  /** The period, as the source gives it. */
  readonly period: string;
  readonly style: ValueStyle;
  /** Aligned with the authorities list; null where there is no value. */
  readonly values: readonly (number | null)[];
  /** A published rate for each authority, never averaged into an area figure. */
  readonly indicator: boolean;
}

export interface LaData {
  readonly authorities: readonly { readonly code: string; readonly name: string; readonly woe: boolean }[];
  readonly measures: readonly LaMeasure[];
}

export const laOptions = (d: LaData): ChoiceOption[] => d.measures.map((m) => ({ value: m.id, label: m.label }));

/** The per-authority figures never averaged: said on the distribution and the map. */
export const PER_AUTHORITY_NOTE =
  'The six subnational indicators (GVA per hour worked, employment rate, NVQ level 3+, median weekly pay, gigabit broadband, household income per head) are published per authority as rates: they are shown per authority only and never averaged into a West of England or combined-authority figure.';
