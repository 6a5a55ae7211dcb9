/**
 * What a user can choose on one chart card. Only choices live here; every
 * number shown is derived from them. All optional: absent means the chart's default.
 */
export interface ChartChoices {
  /** Show the table instead of the chart. */
  readonly table?: boolean;
  /** Series hidden through the legend. */
  readonly hidden?: readonly string[];
  /** Areas shown (ids from series/areas.ts). */
  readonly areas?: readonly string[];
  readonly sort?: 'value' | 'name';
  /** Universities: all, or the West of England only. */
  readonly show?: 'all' | 'woe';
  /** absolute, indexed to a base year, or per head. */
  readonly mode?: 'absolute' | 'indexed' | 'perHead';
  /** Which measure, where a chart offers more than one. */
  readonly measure?: string;
  /** Which official release (then or now), where a chart offers both. */
  readonly release?: string;
  /** Which single area, where a chart shows one at a time. */
  readonly area?: string;
  /** Workshop: a search, a key theme and who can act. */
  readonly q?: string;
  readonly keyTheme?: string;
  readonly actor?: string;
  readonly from?: number;
  readonly to?: number;
}

/** The single-choice options a chart can declare (and the Workshop tab's filters). */
export const OPTION_KEYS = ['sort', 'show', 'mode', 'measure', 'release', 'area', 'keyTheme', 'actor'] as const;
export type OptionKey = (typeof OPTION_KEYS)[number];
