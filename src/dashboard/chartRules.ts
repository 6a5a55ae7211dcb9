import { IDEA_ACTOR_IDS, KEY_THEME_IDS } from '../datasets/schemas/workshopLists';
import type { ChartRules, OptionKey } from '../state/rules';
import type { ChartSpec } from './spec';
import { TABS } from './tabs';

/** What a chart accepts from a URL, read off its controls and legend. */
export function rulesFor(spec: ChartSpec): ChartRules {
  const options: Partial<Record<OptionKey, readonly string[]>> = {};
  let areas: readonly string[] | undefined;
  let years: ChartRules['years'];
  for (const c of spec.controls ?? []) {
    if (c.type === 'segmented' || c.type === 'select') options[c.key as OptionKey] = c.options.map((o) => o.value);
    else if (c.type === 'checkboxes') areas = c.options.map((o) => o.value);
    else if (c.type === 'yearRange') years = { min: c.min, max: c.max };
  }
  const legend = spec.view(spec.defaults);
  const series = legend.legendToggles ? legend.legend?.map((l) => l.id) : undefined;
  return { id: spec.id, defaults: spec.defaults, options, areas, series, years };
}

/** The Workshop tab's search and filters: ?workshop.q=…&workshop.keyTheme=…&workshop.actor=… */
export const WORKSHOP_RULES: ChartRules = {
  id: 'workshop',
  defaults: {},
  options: { keyTheme: KEY_THEME_IDS, actor: IDEA_ACTOR_IDS },
  query: 100,
};

/** Every chart on every tab, once, and the Workshop tab. */
export const ALL_RULES: readonly ChartRules[] = [
  ...new Map(TABS.flatMap((t) => t.charts).map((s) => [s.id, rulesFor(s)])).values(),
  WORKSHOP_RULES,
];
