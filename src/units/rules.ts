import type { ChartChoices, OptionKey } from './choices';
import type { ChartUnit } from './unit';
import { defaultsOf } from './withDefaults';

/** What one chart accepts from a URL: read off its declared choices, so the URL can never ask for what the chart lacks. */
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

export function rulesOf(unit: ChartUnit): ChartRules {
  const options: Partial<Record<OptionKey, readonly string[]>> = {};
  let areas: readonly string[] | undefined;
  let series: readonly string[] | undefined;
  let years: ChartRules['years'];
  for (const c of unit.choices) {
    if (c.kind === 'segmented' || c.kind === 'select') options[c.key] = c.options.map((o) => o.value);
    else if (c.kind === 'areas') areas = c.options.map((o) => o.value);
    else if (c.kind === 'years') years = { min: c.min, max: c.max };
    else if (c.kind === 'hide') series = c.series;
  }
  return { id: unit.id, defaults: defaultsOf(unit), options, areas, series, years };
}
