import { max, min } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import type { Datum } from '../series/types';
import { GridY } from './Axis';
import { ChartFrame } from './ChartFrame';
import type { Unit } from './format';
import { formatTicks, formatValue } from './format';
import type { FocusMark } from './marks';
import { niceAxis, yTickCount } from './niceAxis';
import { wrapLabel } from './placeLabels';
import type { Palette } from '../themes/palette';

export interface GroupedBarInput {
  readonly data: readonly Datum[];
  readonly categories: readonly string[];
  readonly groups: readonly { readonly id: string; readonly label: string; readonly color: string }[];
  readonly width: number;
  readonly height: number;
  readonly unit: Unit;
  readonly fontSize?: number;
  /** Word for a category in accessible names: "aged". */
  readonly categoryPrefix?: string;
}

/** Pure layout of vertical bars grouped by category (x) and coloured by group. */
export function layoutGroupedBars(input: GroupedBarInput) {
  const fontSize = input.fontSize ?? 13;
  const values = input.data.map((d) => d.value);
  const margin = { top: fontSize + 10, right: 8, bottom: 0, left: fontSize * 3 + 8 };
  const innerW = Math.max(10, input.width - margin.left - margin.right);
  const x = scaleBand<string>().domain(input.categories).range([0, innerW]).paddingInner(0.22).paddingOuter(0.06);
  // Category names wrap to their group's width (bold, about 0.66 em a character).
  const lineH = Math.round(fontSize * 1.2);
  const names = new Map(input.categories.map((c) => [c, wrapLabel(c, Math.max(6, Math.floor(x.step() / (fontSize * 0.66))))]));
  const nameLines = Math.max(1, ...[...names.values()].map((n) => n.length));
  margin.bottom = fontSize + 14 + (nameLines - 1) * lineH;
  const innerH = Math.max(10, input.height - margin.top - margin.bottom);
  const inner = scaleBand<string>()
    .domain(input.groups.map((g) => g.id))
    .range([0, x.bandwidth()])
    .padding(0.08);
  // Few gridlines, the top from the data (at most five ticks).
  const axis = niceAxis(Math.min(0, min(values) ?? 0), Math.max(0, max(values) ?? 1), yTickCount(innerH));
  const y = scaleLinear().domain(axis.domain).range([innerH, 0]);
  const showValues = inner.bandwidth() >= fontSize * 2.6;
  const bars = input.categories.flatMap((c, ci) =>
    input.groups.flatMap((g, gi) => {
      const d = input.data.find((v) => v.category === c && v.group === g.id);
      if (!d) return [];
      const x0 = (x(c) ?? 0) + (inner(g.id) ?? 0);
      const top = y(Math.max(0, d.value));
      return [
        {
          key: `${c}|${g.id}`,
          category: c,
          group: g,
          ci,
          gi,
          x: x0,
          y: top,
          w: inner.bandwidth(),
          h: Math.abs(y(d.value) - y(0)),
          value: d.value,
          text: formatValue(d.value, input.unit),
        },
      ];
    }),
  );
  const yLabels = formatTicks(axis.ticks, input.unit);
  const yTicks = axis.ticks.map((v, i) => ({ value: v, pos: y(v), label: yLabels[i] as string }));
  const xTicks = input.categories.map((c) => ({ value: c, pos: (x(c) ?? 0) + x.bandwidth() / 2, label: c, lines: names.get(c) ?? [c] }));
  const marks: FocusMark[] = bars.map((b) => ({
    key: b.key,
    s: b.gi,
    i: b.ci,
    x: margin.left + b.x + b.w / 2,
    y: margin.top + b.y,
    title: b.group.label,
    detail: `${input.categoryPrefix ? `${input.categoryPrefix} ` : ''}${b.category}: ${b.text}`,
    color: b.group.color,
    series: b.group.id,
  }));
  return { margin, innerW, innerH, bars, yTicks, xTicks, marks, showValues, fontSize, lineH, zeroY: y(0) };
}

interface Props extends GroupedBarInput {
  readonly palette: Palette;
  readonly label: string;
}

export function GroupedBarChart(props: Props) {
  const l = layoutGroupedBars(props);
  const { width, height, palette, label } = props;
  return (
    <ChartFrame width={width} height={height} label={label} marksLabel="bars" marks={l.marks} palette={palette}>
      {(active) => (
        <>
          <g transform={`translate(${l.margin.left},${l.margin.top})`}>
            <GridY ticks={l.yTicks} x0={0} x1={l.innerW} palette={palette} fontSize={l.fontSize} baseline={0} />
            <g aria-hidden="true" fontSize={l.fontSize} fill={palette.text} textAnchor="middle" fontWeight={600}>
              {l.xTicks.map((t) => (
                <text key={t.value} x={t.pos} y={l.innerH + l.fontSize + 6}>
                  {t.lines.map((line, i) => (
                    <tspan key={i} x={t.pos} dy={i === 0 ? 0 : l.lineH}>
                      {line}
                    </tspan>
                  ))}
                </text>
              ))}
            </g>
            <g className="ee-bars" aria-hidden="true" fontSize={l.fontSize}>
              {l.bars.map((b) => (
                <g key={b.key} className={active?.series !== undefined && active.series !== b.group.id ? 'ee-bar ee-dimmed' : 'ee-bar'}>
                  <rect x={b.x} y={b.y} width={b.w} height={b.h} fill={b.group.color} rx={1.5} />
                  {l.showValues && (
                    <text x={b.x + b.w / 2} y={b.y - 4} textAnchor="middle" fill={palette.text}>
                      {b.text}
                    </text>
                  )}
                </g>
              ))}
            </g>
            <line x1={0} x2={l.innerW} y1={l.zeroY} y2={l.zeroY} stroke={palette.axis} strokeWidth={1.5} aria-hidden="true" />
          </g>
        </>
      )}
    </ChartFrame>
  );
}
