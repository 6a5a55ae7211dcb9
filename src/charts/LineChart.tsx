import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import { indexTo } from '../series/indexTo';
import type { Point } from '../series/types';
import { AxisBottom, GridY, xAxisHeight, yAxisHeadroom } from './Axis';
import { ChartFrame } from './ChartFrame';
import { SeriesPaths } from './SeriesPaths';
import type { Unit } from './format';
import { formatTicks, formatValue, formatYear, typeset, yearTicks } from './format';
import { niceAxis, yTickCount } from './niceAxis';
import { placeLabels, wrapLabel } from './placeLabels';
import type { FocusMark } from './marks';
import type { Palette } from '../themes/palette';

export interface LineSeries {
  readonly id: string;
  readonly label: string;
  readonly points: readonly Point[];
  readonly color: string;
  readonly dash: string;
}

export interface LineInput {
  readonly series: readonly LineSeries[];
  readonly width: number;
  readonly height: number;
  readonly unit: Unit;
  /** Rebase every series to 100 in this year. */
  readonly indexBase?: number;
  /** Shade the gap between two series (by id), with a label: the decoupling chart. */
  readonly shade?: { readonly upper: string; readonly lower: string; readonly label: string };
  /** A value drawn as the axis line (100 for data already indexed). */
  readonly baseline?: number;
  /** Start the y axis at zero (default true unless indexed). */
  readonly zero?: boolean;
  /** Shared y domain, for small multiples. */
  readonly yDomain?: readonly [number, number];
  readonly fontSize?: number;
  /** Draw labels at line ends; off lets a legend do it on narrow screens. */
  readonly directLabels?: boolean;
}

const LINE_DEFAULTS = { fontSize: 13, directLabels: true } as const;

/** Pure layout of a line chart: scales, paths, labels, focusable marks. */
export function layoutLine(input: LineInput) {
  const fontSize = input.fontSize ?? LINE_DEFAULTS.fontSize;
  const unit: Unit = input.indexBase !== undefined ? 'index' : input.unit;
  const baseline = input.indexBase !== undefined ? 100 : (input.baseline ?? 0);
  const series = input.series
    .map((s) => ({
      ...s,
      label: typeset(s.label),
      points: input.indexBase !== undefined ? indexTo(s.points, input.indexBase) : [...s.points],
    }))
    .filter((s) => s.points.length > 0);
  const all = series.flatMap((s) => s.points);
  const [x0 = 0, x1 = 1] = extent(all, (p) => p[0]);
  let [y0 = 0, y1 = 1] = input.yDomain ?? extent(all, (p) => p[1]);
  const zero = input.zero ?? (input.indexBase === undefined && baseline === 0);
  if (zero) y0 = Math.min(0, y0);
  if (input.indexBase !== undefined || input.baseline !== undefined) [y0, y1] = [Math.min(y0, baseline), Math.max(y1, baseline)];

  const direct = (input.directLabels ?? LINE_DEFAULTS.directLabels) && input.width >= 420;
  const longest = Math.max(0, ...series.map((s) => s.label.length));
  // Labels are bold: about 0.66 em a character (wide capitals included), 8 px from the line's end.
  const charW = fontSize * 0.66;
  const right = direct ? Math.min(input.width * 0.3, 16 + longest * charW) : 12;
  const margin = { top: yAxisHeadroom(fontSize), right, bottom: xAxisHeight(fontSize), left: 0 };
  const innerH = Math.max(10, input.height - margin.top - margin.bottom);
  // Few gridlines (a projector's axis reads at a glance).
  const axis = niceAxis(y0, y1, yTickCount(innerH), baseline);
  const yLabels = formatTicks(axis.ticks, unit);
  margin.left = Math.max(36, Math.max(...yLabels.map((t) => t.length)) * fontSize * 0.6 + 12);
  const innerW = Math.max(10, input.width - margin.left - margin.right);

  const x = scaleLinear().domain([x0, x1]).range([0, innerW]);
  const y = scaleLinear().domain(axis.domain).range([innerH, 0]);
  const xTicks = yearTicks(x.ticks(Math.max(2, Math.floor(innerW / (fontSize * 5)))), x0).map((v) => ({
    value: v,
    pos: x(v),
    label: formatYear(v),
  }));
  const yTicks = axis.ticks.map((v, i) => ({ value: v, pos: y(v), label: yLabels[i] as string }));

  const path = line<Point>()
    .x((p) => x(p[0]))
    .y((p) => y(p[1]));
  const lines = series.map((s) => ({
    id: s.id,
    label: s.label,
    color: s.color,
    dash: s.dash,
    d: path(s.points) ?? '',
    last: s.points[s.points.length - 1] as Point,
  }));

  let shade: { d: string; label: string; lx: number; ly: number } | undefined;
  if (input.shade) {
    const up = series.find((s) => s.id === input.shade?.upper);
    const lo = series.find((s) => s.id === input.shade?.lower);
    if (up && lo) {
      const lower = new Map(lo.points);
      const both = up.points.filter(([yr]) => lower.has(yr)).map(([yr, v]) => [yr, v, lower.get(yr) as number] as const);
      const a = area<readonly [number, number, number]>()
        .x((p) => x(p[0]))
        .y0((p) => y(p[2]))
        .y1((p) => y(p[1]));
      const widest = both.reduce((best, p) => (p[1] - p[2] > best[1] - best[2] ? p : best), both[0] ?? [0, 0, 0]);
      const half = (input.shade.label.length * fontSize * 0.6) / 2 + 4;
      const lx = Math.max(half, Math.min(innerW - half, x(widest[0]) - half));
      shade = { d: a(both) ?? '', label: input.shade.label, lx, ly: y((widest[1] + widest[2]) / 2) };
    }
  }

  const maxChars = Math.max(8, Math.floor((right - 12) / charW));
  const wrapped = new Map(lines.map((l) => [l.id, wrapLabel(l.label, maxChars)]));
  const labels = direct
    ? placeLabels(
        lines.map((l) => ({ id: l.id, y: y(l.last[1]), lines: wrapped.get(l.id)?.length ?? 1 })),
        fontSize + 3,
        0,
        innerH,
      ).map((p) => {
        const l = lines.find((ln) => ln.id === p.id);
        return { id: p.id, lines: wrapped.get(p.id) ?? [], color: l?.color ?? '', x: innerW + 8, y: p.y };
      })
    : [];

  const marks: FocusMark[] = series.flatMap((s, si) =>
    s.points.map(([yr, v], i) => ({
      key: `${s.id}:${yr}`,
      s: si,
      i,
      x: margin.left + x(yr),
      y: margin.top + y(v),
      title: s.label,
      detail: `${formatYear(yr)}: ${formatValue(v, unit)}`,
      color: s.color,
      series: s.id,
      column: {
        key: formatYear(yr),
        heading: formatYear(yr),
        label: s.label,
        value: v,
        text: formatValue(v, unit),
        dash: s.dash,
        top: margin.top,
        bottom: margin.top + innerH,
      },
    })),
  );

  return {
    margin,
    innerW,
    innerH,
    xTicks,
    yTicks,
    lines,
    shade,
    labels,
    marks,
    unit,
    fontSize,
    baseline,
  };
}

interface Props extends LineInput {
  readonly palette: Palette;
  readonly label: string;
}

/** A line chart: React draws what layoutLine computed. */
export function LineChart(props: Props) {
  const { width, height, palette, label } = props;
  const l = layoutLine(props);
  return (
    <ChartFrame width={width} height={height} label={label} marksLabel="data points" marks={l.marks} palette={palette}>
      {(active) => (
        <>
          <g transform={`translate(${l.margin.left},${l.margin.top})`}>
            <GridY ticks={l.yTicks} x0={0} x1={l.innerW} palette={palette} fontSize={l.fontSize} baseline={l.baseline} />
            <AxisBottom ticks={l.xTicks} y={l.innerH} palette={palette} fontSize={l.fontSize} />
            {l.shade && (
              <g className="ee-shade" aria-hidden="true">
                <path d={l.shade.d} fill={palette.shade} fillOpacity={0.16} />
                <text
                  x={l.shade.lx}
                  y={l.shade.ly}
                  dy="0.32em"
                  textAnchor="middle"
                  fontSize={l.fontSize}
                  fontWeight={600}
                  fill={palette.text}
                >
                  {l.shade.label}
                </text>
              </g>
            )}
            <SeriesPaths lines={l.lines} active={active} strokeWidth={2.5} />
            <g className="ee-direct-labels" aria-hidden="true" fontSize={l.fontSize} fontWeight={600}>
              {l.labels.map((t) => (
                <text key={t.id} x={t.x} y={t.y} fill={t.color}>
                  {t.lines.map((line, i) => (
                    <tspan key={i} x={t.x} dy={i === 0 ? '0.32em' : l.fontSize + 3}>
                      {line}
                    </tspan>
                  ))}
                </text>
              ))}
            </g>
          </g>
        </>
      )}
    </ChartFrame>
  );
}
