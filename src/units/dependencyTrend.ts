import { formatValue } from '../charts/format';
import { WOE_AUTHORITIES } from '../series/areas';
import type { Series } from '../series/types';
import { areaSeries } from './areaSeries';
import { areaLabel, areaOptions, WOE_AND_AUTHORITIES } from './colours';
import { defineUnit } from './unit';
import type { DependencyTrendData } from './dependencyTrend.derive';

const MEASURES = {
  total: { label: 'Total dependency ratio', who: 'dependants (aged 0–14 and 65+)' },
  oldAge: { label: 'Old-age dependency ratio', who: 'people aged 65 and over' },
} as const;

/** "more than twice as many", "83% more": the highest authority against the lowest, worded exactly. */
function compareWord(high: number, low: number): string {
  const times = high / low;
  if (times >= 3) return `more than ${Math.floor(times)} times as many`;
  if (times >= 2) return 'more than twice as many';
  return `${Math.round((times - 1) * 100)}% more`;
}

/** The title states the gap between the authorities for the measure chosen, in the last year projected. */
function titleFor(data: readonly Series[], measure: keyof typeof MEASURES): string | undefined {
  const last = (s: Series) => s.points.at(-1);
  const authorities = data.filter((s) => (WOE_AUTHORITIES as readonly string[]).includes(s.id) && last(s));
  const ranked = [...authorities].sort((a, b) => (last(b)?.[1] ?? 0) - (last(a)?.[1] ?? 0));
  const [high, low] = [ranked[0], ranked.at(-1)];
  const [h, l] = [high && last(high), low && last(low)];
  if (!high || !low || !h || !l || high === low) return undefined;
  const more = compareWord(h[1], l[1]);
  const as = more.endsWith('as many') ? 'as' : 'than';
  return `In ${h[0]}, ${areaLabel(high.id)} has ${more} ${MEASURES[measure].who} per person aged 15–64 ${as} ${areaLabel(low.id)}`;
}

export const dependencyTrend = defineUnit<DependencyTrendData>({
  id: 'dependency-trend',
  title: 'North Somerset has more than twice as many people aged 65 and over per person aged 15–64 as Bristol',
  subtitle: 'Dependants per person aged 15–64, projected each year 2022 to 2047, ONS 2022-based projections',
  sources: ['ons-snpp-2022-persons'],
  choices: [
    {
      kind: 'segmented',
      key: 'measure',
      label: 'Ratio',
      options: Object.entries(MEASURES).map(([value, m]) => ({ value, label: m.label.replace(' dependency ratio', '') })),
      default: 'oldAge',
    },
    { kind: 'areas', label: 'Areas', options: areaOptions(WOE_AND_AUTHORITIES), default: WOE_AND_AUTHORITIES },
    { kind: 'years', label: 'Years', min: 2022, max: 2047 },
  ],
  view: (data, c) => {
    const measure = c.measure === 'total' ? 'total' : 'oldAge';
    const { shown, view } = areaSeries(data[measure], c, 'dependants per person aged 15–64', c.areas ?? []);
    const woe = shown.find((s) => s.id === 'woe');
    const first = woe?.points[0];
    const last = woe?.points.at(-1);
    const latest = (s: (typeof shown)[number]) => s.points.at(-1)?.[1] ?? 0;
    const high = [...shown].sort((x, y) => latest(y) - latest(x))[0];
    const name = MEASURES[measure].label.toLowerCase();
    const ends = high ? `${high.label} ends highest of the areas shown at ${formatValue(latest(high), 'ratio')}` : '';
    const finding =
      shown.length === 0
        ? 'No area selected: the chart shows nothing.'
        : first && last
          ? `West of England ${name} (${MEASURES[measure].who} per person aged 15–64): ${formatValue(first[1], 'ratio')} in ${first[0]}, ${formatValue(last[1], 'ratio')} by ${last[0]}; ${ends}.`
          : `${name[0]?.toUpperCase()}${name.slice(1)}: ${ends}.`;
    return { ...view('ratio', { zero: false }), title: titleFor(data[measure], measure), finding };
  },
});
