import { extent, max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { area, stack, stackOrderNone } from 'd3-shape';
import type { Point } from '../series/types';
import { AxisBottom, GridY, xAxisHeight, yAxisHeadroom } from './Axis';
import { niceAxis, yTickCount } from './niceAxis';
import { placeLabels } from './placeLabels';
import { ChartFrame } from './ChartFrame';
import type { Unit } from './format';
import { formatTicks, formatValue, formatYear, yearTicks } from './format';
import type { FocusMark } from './marks';
import type { Palette } from '../themes/palette';

export interface AreaLayer {
  readonly id: string;
  readonly label: string;
  readonly points: readonly Point[];
  readonly color: string;
}

export interface StackedAreaInput {
  readonly layers: readonly AreaLayer[];
  readonly width: number;
  readonly height: number;
  readonly unit: Unit;
  readonly fontSize?: number;
  /**
   * Label the thick layers at their right ends (wide charts only). Off by default:
   * thin layers cannot carry a label, so the card keys every layer in one legend
   * instead of a legend and labels both.
   */
  readonly directLabels?: boolean;
}

/**
 * Pure layout of stacked areas over years. Layers with any negative value
 * cannot stack honestly: they are returned in `excluded` for the card to name.
 */
export function layoutStackedArea(input: StackedAreaInput) {
  const fontSize = input.fontSize ?? 13;
  const layers = input.layers.filter((l) => l.points.every((p) => p[1] >= 0) && l.points.length > 0);
  const excluded = input.layers.filter((l) => !layers.includes(l));
  const years = [...new Set(layers.flatMap((l) => l.points.map((p) => p[0])))].sort((a, b) => a - b);
  const table = years.map(
    (yr) =>
      Object.fromEntries([['year', yr], ...layers.map((l) => [l.id, l.points.find((p) => p[0] === yr)?.[1] ?? 0])]) as Record<
        string,
        number
      >,
  );
  const stacked = stack<Record<string, number>>()
    .keys(layers.map((l) => l.id))
    .order(stackOrderNone)(table);
  const top = max(stacked.flatMap((s) => s.map((d) => d[1]))) ?? 1;
  const direct = input.directLabels === true && input.width >= 520;
  // Bold labels: about 0.66 em a character, 8 px from the plot.
  // Without labels: room for half the last year on the axis (four digits, about 0.6 em each).
  const right = direct
    ? Math.min(input.width * 0.3, 12 + Math.max(0, ...layers.map((l) => l.label.length)) * fontSize * 0.66)
    : Math.max(12, fontSize * 1.3 + 4);
  const margin = { top: yAxisHeadroom(fontSize), right, bottom: xAxisHeight(fontSize), left: 0 };
  const innerH = Math.max(10, input.height - margin.top - margin.bottom);
  // Few gridlines (at most five), the top from the data: 0–9,000 for a peak of 8,150, not 0–10,000.
  const axis = niceAxis(0, top, yTickCount(innerH));
  const yLabels = formatTicks(axis.ticks, input.unit);
  margin.left = Math.max(40, Math.max(...yLabels.map((t) => t.length)) * fontSize * 0.6 + 14);
  const innerW = Math.max(10, input.width - margin.left - margin.right);
  const [x0 = 0, x1 = 1] = extent(years);
  const x = scaleLinear().domain([x0, x1]).range([0, innerW]);
  const y = scaleLinear().domain(axis.domain).range([innerH, 0]);
  const shape = area<[number, number] & { data: Record<string, number> }>()
    .x((d) => x(d.data.year as number))
    .y0((d) => y(d[0]))
    .y1((d) => y(d[1]));
  const bands = stacked.map((s, i) => {
    const layer = layers[i] as AreaLayer;
    const last = s[s.length - 1];
    return {
      id: layer.id,
      label: layer.label,
      color: layer.color,
      d: shape(s as never) ?? '',
      labelY: last ? y((last[0] + last[1]) / 2) : 0,
      thick: last ? y(last[0]) - y(last[1]) : 0,
    };
  });
  // Direct labels for bands thick enough to carry one, spread so none overlaps the next.
  const labelled = direct ? bands.filter((b) => b.thick >= fontSize) : [];
  const placed = new Map(
    placeLabels(
      labelled.map((b) => ({ id: b.id, y: b.labelY })),
      fontSize + 3,
      0,
      innerH,
    ).map((p) => [p.id, p.y]),
  );
  const labels = labelled.map((b) => ({ id: b.id, label: b.label, y: placed.get(b.id) ?? b.labelY }));
  const marks: FocusMark[] = stacked.flatMap((s, si) =>
    s.map((d, i) => {
      const layer = layers[si] as AreaLayer;
      return {
        key: `${layer.id}:${d.data.year}`,
        s: si,
        i,
        x: margin.left + x(d.data.year as number),
        y: margin.top + y(d[1]),
        title: layer.label,
        detail: `${formatYear(d.data.year as number)}: ${formatValue(d[1] - d[0], input.unit)}`,
        color: layer.color,
        series: layer.id,
        column: {
          key: formatYear(d.data.year as number),
          heading: formatYear(d.data.year as number),
          label: layer.label,
          value: d[1] - d[0],
          text: formatValue(d[1] - d[0], input.unit),
          top: margin.top,
          bottom: margin.top + innerH,
        },
      };
    }),
  );
  const xTicks = yearTicks(x.ticks(Math.max(2, Math.floor(innerW / (fontSize * 5)))), x0).map((v) => ({
    value: v,
    pos: x(v),
    label: formatYear(v),
  }));
  const yTicks = axis.ticks.map((v, i) => ({ value: v, pos: y(v), label: yLabels[i] as string }));
  return { margin, innerW, innerH, bands, labels, excluded, marks, xTicks, yTicks, direct, fontSize };
}

interface Props extends StackedAreaInput {
  readonly palette: Palette;
  readonly label: string;
}

export function StackedAreaChart(props: Props) {
  const l = layoutStackedArea(props);
  const { width, height, palette, label } = props;
  return (
    <ChartFrame width={width} height={height} label={label} marksLabel="data points" marks={l.marks} palette={palette}>
      {(active) => (
        <>
          <g transform={`translate(${l.margin.left},${l.margin.top})`}>
            <GridY ticks={l.yTicks} x0={0} x1={l.innerW} palette={palette} fontSize={l.fontSize} baseline={0} />
            <AxisBottom ticks={l.xTicks} y={l.innerH} palette={palette} fontSize={l.fontSize} />
            <g className="ee-areas" aria-hidden="true">
              {l.bands.map((b) => (
                <path
                  key={b.id}
                  className={active?.series !== undefined && active.series !== b.id ? 'ee-area ee-dimmed' : 'ee-area'}
                  data-series={b.id}
                  d={b.d}
                  fill={b.color}
                  fillOpacity={0.85}
                  stroke={palette.surface}
                  strokeWidth={1}
                />
              ))}
            </g>
            {l.direct && (
              <g aria-hidden="true" fontSize={l.fontSize} fontWeight={600}>
                {l.labels.map((b) => (
                  <text key={b.id} x={l.innerW + 8} y={b.y} dy="0.32em" fill={palette.text}>
                    {b.label}
                  </text>
                ))}
              </g>
            )}
          </g>
        </>
      )}
    </ChartFrame>
  );
}
