import { extent } from 'd3-array';
import { ChartFrame } from './ChartFrame';
import { SeriesPaths } from './SeriesPaths';
import type { Unit } from './format';
import type { LineSeries } from './LineChart';
import { layoutLine } from './LineChart';
import { wrapLabel } from './placeLabels';
import { AxisBottom, GridY } from './Axis';
import type { FocusMark } from './marks';
import type { Palette } from '../themes/palette';

export interface Panel {
  readonly id: string;
  readonly label: string;
  readonly series: readonly LineSeries[];
}

export interface SmallMultiplesInput {
  readonly panels: readonly Panel[];
  readonly width: number;
  /** Height of each panel; or give `height` for the whole grid. */
  readonly panelHeight?: number;
  readonly height?: number;
  readonly unit: Unit;
  readonly fontSize?: number;
}

/** Pure layout: a grid of small line charts sharing one y scale, so panels compare honestly. */
export function layoutSmallMultiples(input: SmallMultiplesInput) {
  const fontSize = input.fontSize ?? 12;
  const cols = Math.max(1, Math.min(input.panels.length, Math.floor(input.width / 240)));
  const rows = Math.ceil(input.panels.length / cols);
  const gap = 16;
  const panelW = (input.width - gap * (cols - 1)) / cols;
  // Panel titles wrap to the panel's width (bold, about 0.66 em a character); every panel leaves room for the longest.
  const titleSize = fontSize + 1;
  const titleLine = Math.round(titleSize * 1.2);
  const titles = new Map(input.panels.map((p) => [p.id, wrapLabel(p.label, Math.max(6, Math.floor(panelW / (titleSize * 0.66))))]));
  const title = Math.max(1, ...[...titles.values()].map((t) => t.length)) * titleLine + Math.round(fontSize * 0.4) + 2;
  const panelHeight = input.panelHeight ?? Math.max(80, ((input.height ?? 400) - (rows - 1) * gap) / rows - title);
  const all = input.panels.flatMap((p) => p.series.flatMap((s) => s.points.map((pt) => pt[1])));
  const [lo = 0, hi = 1] = extent(all);
  const panels = input.panels.map((p, k) => {
    const col = k % cols;
    const row = Math.floor(k / cols);
    const ox = col * (panelW + gap);
    const oy = row * (panelHeight + title + gap);
    const layout = layoutLine({
      series: p.series,
      width: panelW,
      height: panelHeight,
      unit: input.unit,
      yDomain: [Math.min(0, lo), hi],
      fontSize,
      directLabels: false,
    });
    const marks: FocusMark[] = layout.marks.map((m) => ({
      ...m,
      key: `${p.id}:${m.key}`,
      s: k * 100 + m.s,
      x: m.x + ox,
      y: m.y + oy + title,
      title: `${p.label}, ${m.title}`,
      // One tooltip per panel and year: the panel's series at that year.
      column: m.column && {
        ...m.column,
        key: `${p.id}:${m.column.key}`,
        heading: `${p.label}, ${m.column.heading}`,
        top: m.column.top + oy + title,
        bottom: m.column.bottom + oy + title,
      },
    }));
    return { id: p.id, label: p.label, titleLines: titles.get(p.id) ?? [p.label], ox, oy, layout, marks };
  });
  const height = rows * (panelHeight + title) + (rows - 1) * gap;
  return { panels, height, title, titleSize, titleLine, fontSize, marks: panels.flatMap((p) => p.marks) };
}

interface Props extends SmallMultiplesInput {
  readonly palette: Palette;
  readonly label: string;
}

export function SmallMultiples(props: Props) {
  const l = layoutSmallMultiples(props);
  const { width, palette, label } = props;
  return (
    <ChartFrame width={width} height={l.height} label={label} marksLabel="data points" marks={l.marks} palette={palette}>
      {(active) => (
        <>
          {l.panels.map((p) => (
            <g key={p.id} transform={`translate(${p.ox},${p.oy})`} className="ee-panel">
              <text x={0} y={l.titleSize} fontSize={l.titleSize} fontWeight={700} fill={palette.text}>
                {p.titleLines.map((line, i) => (
                  <tspan key={i} x={0} dy={i === 0 ? 0 : l.titleLine}>
                    {line}
                  </tspan>
                ))}
              </text>
              <g transform={`translate(${p.layout.margin.left},${p.layout.margin.top + l.title})`}>
                <GridY ticks={p.layout.yTicks} x0={0} x1={p.layout.innerW} palette={palette} fontSize={l.fontSize} baseline={0} />
                <AxisBottom ticks={p.layout.xTicks} y={p.layout.innerH} palette={palette} fontSize={l.fontSize} />
                <SeriesPaths lines={p.layout.lines} active={active} strokeWidth={2.25} />
              </g>
            </g>
          ))}
        </>
      )}
    </ChartFrame>
  );
}
