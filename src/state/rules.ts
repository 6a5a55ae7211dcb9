import type { ChartChoices } from './choices';

/** What one chart accepts from a URL: derived from its spec, so the URL can never ask for what the chart lacks. */
export interface ChartRules {
  readonly id: string;
  readonly defaults: ChartChoices;
  /** Allowed values of single-choice options (sort, show, mode, measure, area). */
  readonly options: Readonly<Partial<Record<OptionKey, readonly string[]>>>;
  /** Allowed areas for the areas checkbox group, in display order. */
  readonly areas?: readonly string[];
  /** Series that can be hidden through the legend. */
  readonly series?: readonly string[];
  readonly years?: { readonly min: number; readonly max: number };
  /** Accepts free text (a search) under `q`, up to this many characters. */
  readonly query?: number;
}

export const OPTION_KEYS = ['sort', 'show', 'mode', 'measure', 'area', 'keyTheme', 'actor'] as const;
export type OptionKey = (typeof OPTION_KEYS)[number];
