import { formatValue } from '../charts/format';
import { changeWord } from '../series/describeChange';
import type { Point } from '../series/types';
import { seriesStyle } from './colours';
import { defineUnit } from './unit';
import type { DependencyRatioData } from './dependencyRatio.derive';

export const at = (pts: readonly Point[], year: number) => pts.find((p) => p[0] === year);
export const END = 2038;
/** Ratios within this of each other read as level (the third decimal is noise in a projection). */
const LEVEL = 0.005;
const trend = (from: Point, to: Point) => changeWord(from[1], to[1], { up: 'rising', down: 'falling', same: 'level' }, LEVEL);
const slightly = (from: Point, to: Point) => (Math.abs(to[1] - from[1]) < 0.02 ? ' slightly' : '');

/** The evidence base's 0.54 → 0.60 beside the 2022-based projection for the same end year. */
export const dependencyRatio = defineUnit<DependencyRatioData>({
  id: 'dependency-ratio',
  title: 'Newer projections no longer show the dependency ratio rising',
  subtitle: 'Dependants (aged 0–14 and 65+) per person aged 15–64, West of England: the evidence base against the 2022-based projections',
  sources: ['headline-figures', 'ons-snpp-2022-persons'],
  choices: [],
  view: ({ evidenceBase: eb, snpp2022: now }) => {
    const series = [
      ...(eb ? [{ id: 'evidence-base', label: 'Evidence base (2016-based)', ...eb, ...seriesStyle(5), dash: seriesStyle(1).dash }] : []),
      ...(now ? [{ id: 'snpp-2022', label: 'ONS 2022-based', ...now, ...seriesStyle(0) }] : []),
    ];
    const finding =
      eb && now
        ? `The evidence base projected the dependency ratio ${trend(eb.from, eb.to)} from ${formatValue(eb.from[1], 'ratio')} in ${eb.from[0]} to ${formatValue(eb.to[1], 'ratio')} in ${eb.to[0]}; the 2022-based projections have it ${trend(now.from, now.to)}${slightly(now.from, now.to)}, from ${formatValue(now.from[1], 'ratio')} in ${now.from[0]} to ${formatValue(now.to[1], 'ratio')} in ${now.to[0]}.`
        : 'One of the two projections is missing.';
    return {
      body: { kind: 'slope', series, unit: 'ratio', leftTitle: 'Start', rightTitle: String(END) },
      table: {
        columns: [
          { key: 'projection', label: 'Projection' },
          { key: 'startYear', label: 'Start year' },
          { key: 'start', label: 'Dependency ratio at start', unit: 'dependants per person aged 15–64' },
          { key: 'endYear', label: 'End year' },
          { key: 'end', label: 'Dependency ratio at end', unit: 'dependants per person aged 15–64' },
        ],
        rows: series.map((s) => [s.label, s.from[0], s.from[1], s.to[0], s.to[1]]),
      },
      finding,
    };
  },
  thenAndNow: ({ evidenceBase: eb, snpp2022: now }) => ({
    then: {
      vintage: 'Evidence base (2019), 2016-based projections',
      text: eb
        ? `${formatValue(eb.from[1], 'ratio')} → ${formatValue(eb.to[1], 'ratio')} (2018 → ${END}): ${trend(eb.from, eb.to)}.`
        : 'Not stated.',
    },
    now: {
      vintage: 'ONS 2022-based projections (June 2025)',
      text: now
        ? `${formatValue(now.from[1], 'ratio')} → ${formatValue(now.to[1], 'ratio')} (2022 → ${END}): ${trend(now.from, now.to)}${slightly(now.from, now.to)}. Computed here from single years of age.`
        : 'Not available.',
    },
  }),
});
