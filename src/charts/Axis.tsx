import type { Palette } from '../themes/palette';

interface Tick {
  readonly value: number | string;
  readonly pos: number;
  readonly label: string;
}

interface XProps {
  readonly ticks: readonly Tick[];
  readonly y: number;
  readonly palette: Palette;
  readonly fontSize: number;
}

/**
 * Where the year labels sit below the plot: far enough that the lowest y
 * label (centred on the baseline) never touches them, at any text size.
 */
export const xLabelOffset = (fontSize: number): number => Math.round(fontSize * 1.55) + 2;
/** The room the year labels take below the plot, descenders included. */
export const xAxisHeight = (fontSize: number): number => xLabelOffset(fontSize) + Math.ceil(fontSize * 0.3) + 2;
/** The room above the plot for the top y label, centred on the top gridline. */
export const yAxisHeadroom = (fontSize: number): number => Math.max(12, Math.ceil(fontSize * 0.65) + 2);

/** A bottom axis: labels only, the baseline is drawn by the chart where it means zero. */
export function AxisBottom({ ticks, y, palette, fontSize }: XProps) {
  return (
    <g className="ee-axis ee-axis--x" aria-hidden="true" fontSize={fontSize} fill={palette.muted} textAnchor="middle">
      {ticks.map((t) => (
        <text key={String(t.value)} x={t.pos} y={y + xLabelOffset(fontSize)}>
          {t.label}
        </text>
      ))}
    </g>
  );
}

interface YProps {
  readonly ticks: readonly Tick[];
  readonly x0: number;
  readonly x1: number;
  readonly palette: Palette;
  readonly fontSize: number;
  /** Value that gets a stronger line (0, or 100 for an index). */
  readonly baseline?: number;
}

/** A left axis drawn as horizontal gridlines with labels, as the grapher and the FT do. */
export function GridY({ ticks, x0, x1, palette, fontSize, baseline }: YProps) {
  return (
    <g className="ee-axis ee-axis--y" aria-hidden="true" fontSize={fontSize}>
      {ticks.map((t) => (
        <g key={String(t.value)}>
          <line
            x1={x0}
            x2={x1}
            y1={t.pos}
            y2={t.pos}
            stroke={t.value === baseline ? palette.axis : palette.grid}
            strokeWidth={t.value === baseline ? 1.5 : 1}
          />
          <text x={x0 - 6} y={t.pos} dy="0.32em" textAnchor="end" fill={palette.muted}>
            {t.label}
          </text>
        </g>
      ))}
    </g>
  );
}
