import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { Point } from '../series/types';
import { ChartFrame } from './ChartFrame';
import type { Unit } from './format';
import { formatValue, formatYear } from './format';
import type { FocusMark } from './marks';
import { placeLabels } from './placeLabels';
import type { Palette } from '../themes/palette';

export interface SlopeSeries {
  readonly id: string;
  readonly label: string;
  readonly from: Point;
  readonly to: Point;
  readonly color: string;
  readonly dash: string;
}

export interface SlopeInput {
  readonly series: readonly SlopeSeries[];
  readonly width: number;
  readonly height: number;
  readonly unit: Unit;
  readonly leftTitle: string;
  readonly rightTitle: string;
  readonly fontSize?: number;
}

/** Pure layout of a slope chart: each series a line from its start value to its end value, both labelled with year and value. */
export function layoutSlope(input: SlopeInput) {
  const fontSize = input.fontSize ?? 13;
  const values = input.series.flatMap((s) => [s.from[1], s.to[1]]);
  const [lo = 0, hi = 1] = extent(values);
  const pad = (hi - lo) * 0.12 || 0.05;
  const narrow = input.width < 520;
  const leftText = (s: SlopeSeries) => `${formatValue(s.from[1], input.unit)} (${formatYear(s.from[0])})`;
  const rightText = (s: SlopeSeries) => `${formatValue(s.to[1], input.unit)} (${formatYear(s.to[0])})`;
  // About 0.66 em a character for the bold names, 0.6 em for the values.
  const sideLabel = Math.min(
    input.width * (narrow ? 0.3 : 0.36),
    16 + Math.max(0, ...input.series.map((s) => Math.max(s.label.length * 0.66, rightText(s).length * 0.6))) * fontSize,
  );
  const valueRoom = Math.max(fontSize * 6.2, 16 + Math.max(0, ...input.series.map((s) => leftText(s).length)) * fontSize * 0.6);
  const margin = { top: fontSize * 2 + 8, right: sideLabel + 8, bottom: Math.round(fontSize * 0.7) + 4, left: valueRoom };
  const innerW = Math.max(40, input.width - margin.left - margin.right);
  const innerH = Math.max(20, input.height - margin.top - margin.bottom);
  const y = scaleLinear()
    .domain([lo - pad, hi + pad])
    .range([innerH, 0]);
  const lines = input.series.map((s, si) => ({ ...s, si, y0: y(s.from[1]), y1: y(s.to[1]) }));
  const gap = Math.round(fontSize * 1.25);
  const left = placeLabels(
    lines.map((l) => ({ id: l.id, y: l.y0 })),
    gap,
    0,
    innerH,
  );
  // On the right each series has two lines: its name and its value.
  const right = placeLabels(
    lines.map((l) => ({ id: l.id, y: l.y1, lines: 2 })),
    gap,
    0,
    innerH - gap,
  );
  const at = (arr: { id: string; y: number }[], id: string) => arr.find((p) => p.id === id)?.y ?? 0;
  const labelled = lines.map((l) => ({
    ...l,
    leftY: at(left, l.id),
    rightY: at(right, l.id),
    leftText: leftText(l),
    rightText: rightText(l),
  }));
  const marks: FocusMark[] = labelled.flatMap((l) => [
    {
      key: `${l.id}:from`,
      s: l.si,
      i: 0,
      x: margin.left,
      y: margin.top + l.y0,
      title: l.label,
      detail: `${formatYear(l.from[0])}: ${formatValue(l.from[1], input.unit)}`,
      color: l.color,
      series: l.id,
    },
    {
      key: `${l.id}:to`,
      s: l.si,
      i: 1,
      x: margin.left + innerW,
      y: margin.top + l.y1,
      title: l.label,
      detail: `${formatYear(l.to[0])}: ${formatValue(l.to[1], input.unit)}`,
      color: l.color,
      series: l.id,
    },
  ]);
  return { margin, innerW, innerH, lines: labelled, marks, fontSize, gap };
}

interface Props extends SlopeInput {
  readonly palette: Palette;
  readonly label: string;
}

export function SlopeChart(props: Props) {
  const l = layoutSlope(props);
  const { width, height, palette, label } = props;
  return (
    <ChartFrame width={width} height={height} label={label} marksLabel="start and end values" marks={l.marks} palette={palette}>
      {(active) => (
        <>
          <g transform={`translate(${l.margin.left},${l.margin.top})`} fontSize={l.fontSize}>
            <g aria-hidden="true" fill={palette.muted} fontWeight={600}>
              <text x={0} y={-l.fontSize} textAnchor="middle">
                {props.leftTitle}
              </text>
              <text x={l.innerW} y={-l.fontSize} textAnchor="middle">
                {props.rightTitle}
              </text>
              <line x1={0} x2={0} y1={-4} y2={l.innerH} stroke={palette.grid} />
              <line x1={l.innerW} x2={l.innerW} y1={-4} y2={l.innerH} stroke={palette.grid} />
            </g>
            <g aria-hidden="true">
              {l.lines.map((s) => (
                <g
                  key={s.id}
                  className={active?.series !== undefined && active.series !== s.id ? 'ee-slope ee-dimmed' : 'ee-slope'}
                  data-series={s.id}
                >
                  <line
                    x1={0}
                    x2={l.innerW}
                    y1={s.y0}
                    y2={s.y1}
                    stroke={s.color}
                    strokeWidth={3}
                    strokeDasharray={s.dash || undefined}
                    strokeLinecap="round"
                  />
                  <circle cx={0} cy={s.y0} r={4} fill={s.color} />
                  <circle cx={l.innerW} cy={s.y1} r={4} fill={s.color} />
                  <text x={-8} y={s.leftY} dy="0.32em" textAnchor="end" fill={palette.text}>
                    {s.leftText}
                  </text>
                  <text x={l.innerW + 8} y={s.rightY} dy="0.32em" fill={s.color} fontWeight={600}>
                    {s.label}
                  </text>
                  <text x={l.innerW + 8} y={s.rightY + l.gap} dy="0.32em" fill={palette.text}>
                    {s.rightText}
                  </text>
                </g>
              ))}
            </g>
          </g>
        </>
      )}
    </ChartFrame>
  );
}
