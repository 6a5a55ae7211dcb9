import evidence from 'virtual:evidence';
import { formatValue } from '../../charts/format';
import { DASHES, seriesVar } from '../../charts/theme';
import type { Point } from '../../series/types';
import type { ChartSpec } from '../spec';

const at = (pts: readonly Point[], year: number) => pts.find((p) => p[0] === year);

/** The evidence base's 0.54 → 0.60 beside the 2022-based projection for the same end year. */
export const dependencyRatio: ChartSpec = {
  id: 'dependency-ratio',
  title: 'Newer projections no longer show the dependency ratio rising',
  subtitle: 'Dependants (aged 0-14 and 65+) per person aged 15-64, West of England: the evidence base against the 2022-based projections',
  sources: ['headline-figures', 'ons-snpp-2022-persons'],
  defaults: {},
  view: () => {
    const eb = evidence.dependencyEvidenceBase;
    const woe = evidence.populationBands.find((b) => b.id === 'woe');
    const from22 = woe ? at(woe.totalRatio, 2022) : undefined;
    const to22 = woe ? at(woe.totalRatio, 2038) : undefined;
    const series = [
      ...(eb
        ? [
            {
              id: 'evidence-base',
              label: 'Evidence base (2016-based)',
              from: eb.from,
              to: eb.to,
              color: seriesVar(5),
              dash: DASHES[1] ?? '',
            },
          ]
        : []),
      ...(from22 && to22 ? [{ id: 'snpp-2022', label: 'ONS 2022-based', from: from22, to: to22, color: seriesVar(0), dash: '' }] : []),
    ];
    const finding =
      eb && from22 && to22
        ? `The evidence base projected the dependency ratio rising from ${formatValue(eb.from[1], 'ratio')} in ${eb.from[0]} to ${formatValue(eb.to[1], 'ratio')} in ${eb.to[0]}; the 2022-based projections have it falling slightly, from ${formatValue(from22[1], 'ratio')} in 2022 to ${formatValue(to22[1], 'ratio')} in 2038.`
        : 'One of the two projections is missing.';
    return {
      body: { kind: 'slope', series, unit: 'ratio', leftTitle: 'Start', rightTitle: '2038' },
      table: {
        columns: [
          { key: 'projection', label: 'Projection' },
          { key: 'startYear', label: 'Start year' },
          { key: 'start', label: 'Dependency ratio at start', unit: 'dependants per person aged 15-64' },
          { key: 'endYear', label: 'End year' },
          { key: 'end', label: 'Dependency ratio at end', unit: 'dependants per person aged 15-64' },
        ],
        rows: series.map((s) => [s.label, s.from[0], s.from[1], s.to[0], s.to[1]]),
      },
      finding,
    };
  },
  thenAndNow: () => {
    const eb = evidence.dependencyEvidenceBase;
    const woe = evidence.populationBands.find((b) => b.id === 'woe');
    const a = woe ? at(woe.totalRatio, 2022) : undefined;
    const b = woe ? at(woe.totalRatio, 2038) : undefined;
    return {
      then: {
        vintage: 'Evidence base (2019), 2016-based projections',
        text: eb ? `${formatValue(eb.from[1], 'ratio')} → ${formatValue(eb.to[1], 'ratio')} (2018 → 2038): rising.` : 'Not stated.',
      },
      now: {
        vintage: 'ONS 2022-based projections (June 2025)',
        text:
          a && b
            ? `${formatValue(a[1], 'ratio')} → ${formatValue(b[1], 'ratio')} (2022 → 2038): falling slightly. Computed here from single years of age.`
            : 'Not available.',
      },
    };
  },
};
