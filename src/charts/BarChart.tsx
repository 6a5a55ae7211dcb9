import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { ChartFrame } from './ChartFrame';
import type { Unit } from './format';
import { formatTicks, formatValue } from './format';
import type { FocusMark } from './marks';
import type { Palette } from '../themes/palette';

export interface BarRow {
  readonly label: string;
  readonly value: number;
  readonly highlight: boolean;
}

export interface BarInput {
  readonly rows: readonly BarRow[];
  readonly width: number;
  readonly unit: Unit;
  readonly color: string;
  readonly dimColor: string;
  readonly fontSize?: number;
  /** What a highlighted bar is, for its accessible name: "West of England university". */
  readonly highlightLabel?: string;
  /** Fit the bars into this height (slides); otherwise each row takes its natural height. */
  readonly height?: number;
  /** Clicking (or Enter on) a bar reports its label: bars that filter. */
  readonly onSelect?: (label: string) => void;
}

const BAR_DEFAULTS = { fontSize: 13, rowHeight: 30 } as const;

/** Pure layout of horizontal bars with labels above each bar on narrow widths, beside them on wide ones. */
export function layoutBars(input: BarInput) {
  const fontSize = input.fontSize ?? BAR_DEFAULTS.fontSize;
  const stacked = input.width < 560;
  const natural = stacked ? fontSize * 2 + 16 : Math.max(BAR_DEFAULTS.rowHeight, fontSize * 2.1);
  const fit = input.height !== undefined ? (input.height - fontSize * 2 - 18) / Math.max(1, input.rows.length) : natural;
  const rowHeight = Math.max(stacked ? fontSize * 2 + 4 : fontSize * 1.3, Math.min(natural, fit));
  const labelWidth = stacked
    ? 0
    : Math.min(input.width * 0.42, Math.max(0, ...input.rows.map((r) => r.label.length)) * fontSize * 0.62 + 12);
  const valueRoom = fontSize * 4.5;
  const margin = { top: 4, right: valueRoom, bottom: fontSize + 14, left: labelWidth };
  const innerW = Math.max(10, input.width - margin.left - margin.right);
  const height = margin.top + margin.bottom + rowHeight * input.rows.length;
  const innerH = height - margin.top - margin.bottom;
  const x = scaleLinear()
    .domain([0, max(input.rows, (r) => r.value) ?? 1])
    .nice()
    .range([0, innerW]);
  const band = scaleBand<number>()
    .domain(input.rows.map((_, i) => i))
    .range([0, innerH])
    .paddingInner(stacked ? 0.1 : 0.25);
  const barH = stacked ? Math.min(fontSize + 4, band.bandwidth() / 2) : band.bandwidth();
  const bars = input.rows.map((r, i) => {
    const top = band(i) ?? 0;
    const y = stacked ? top + band.bandwidth() - barH : top;
    return {
      key: r.label,
      label: r.label,
      value: r.value,
      highlight: r.highlight,
      x: 0,
      y,
      w: Math.max(0, x(r.value)),
      h: barH,
      labelX: stacked ? 0 : -8,
      labelY: stacked ? top + fontSize : y + barH / 2,
      valueText: formatValue(r.value, input.unit),
      color: r.highlight ? input.color : input.dimColor,
    };
  });
  const tickValues = x
    .ticks(Math.max(2, Math.floor(innerW / (fontSize * 6))))
    // Counts have whole-number ticks only.
    .filter((v) => input.unit !== 'count' || Number.isInteger(v));
  const tickLabels = formatTicks(tickValues, input.unit);
  const ticks = tickValues.map((v, i) => ({ value: v, pos: x(v), label: tickLabels[i] as string }));
  const marks: FocusMark[] = bars.map((b, i) => ({
    key: b.key,
    s: 0,
    i,
    x: margin.left + b.w,
    y: margin.top + b.y + b.h / 2,
    title: b.label,
    detail: `${b.valueText}${b.highlight && input.highlightLabel ? ` (${input.highlightLabel})` : ''}`,
    color: b.color,
  }));
  return { margin, innerW, innerH, height, bars, ticks, marks, stacked, fontSize };
}

interface Props extends BarInput {
  readonly palette: Palette;
  readonly label: string;
}

/** Horizontal bars, highlighted rows in colour and the rest in grey, values at the bar ends. */
export function BarChart(props: Props) {
  const l = layoutBars(props);
  const { width, palette, label } = props;
  return (
    <ChartFrame
      width={width}
      height={l.height}
      label={label}
      marksLabel="bars"
      marks={l.marks}
      palette={palette}
      onSelect={props.onSelect ? (m) => props.onSelect?.(m.title) : undefined}
    >
      {() => (
        <>
          <g transform={`translate(${l.margin.left},${l.margin.top})`}>
            <g aria-hidden="true" fontSize={l.fontSize}>
              {l.ticks.map((t) => (
                <g key={t.value}>
                  <line x1={t.pos} x2={t.pos} y1={0} y2={l.innerH} stroke={t.value === 0 ? palette.axis : palette.grid} />
                  <text x={t.pos} y={l.innerH + l.fontSize + 6} textAnchor="middle" fill={palette.muted}>
                    {t.label}
                  </text>
                </g>
              ))}
            </g>
            <g className="ee-bars" aria-hidden="true" fontSize={l.fontSize}>
              {l.bars.map((b) => (
                <g key={b.key} className="ee-bar" data-highlight={b.highlight || undefined}>
                  <rect x={b.x} y={b.y} width={b.w} height={b.h} fill={b.color} rx={2} />
                  <text
                    x={b.labelX}
                    y={b.labelY}
                    dy={l.stacked ? undefined : '0.32em'}
                    textAnchor={l.stacked ? 'start' : 'end'}
                    fill={palette.text}
                    fontWeight={b.highlight ? 700 : 400}
                  >
                    {b.label}
                  </text>
                  <text x={b.w + 6} y={b.y + b.h / 2} dy="0.32em" fill={palette.text} fontWeight={b.highlight ? 700 : 400}>
                    {b.valueText}
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
