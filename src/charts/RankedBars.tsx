import { ChartFrame } from './ChartFrame';
import type { RankedBarsInput } from './layoutRankedBars';
import { layoutRankedBars } from './layoutRankedBars';
import type { Palette } from '../themes/palette';

interface Props extends RankedBarsInput {
  readonly palette: Palette;
  /** The chart's accessible name. */
  readonly label: string;
}

/**
 * A ranking: one bar per area, sorted, the West of England in the hero colour,
 * England outlined as the reference, the rest grey; values at the bar ends.
 */
export function RankedBars(props: Props) {
  const l = layoutRankedBars(props);
  const { width, palette, label } = props;
  return (
    <ChartFrame width={width} height={l.height} label={label} marksLabel="bars" marks={l.marks} palette={palette}>
      {() => (
        <g transform={`translate(${l.margin.left},${l.margin.top})`}>
          <g className="ee-ranked-bars" aria-hidden="true" fontSize={l.fontSize}>
            {l.bars.map((b) => (
              <g key={b.key} className="ee-bar" data-emphasis={b.emphasis}>
                <rect
                  x={b.x}
                  y={b.y}
                  width={b.w}
                  height={b.h}
                  fill={b.fill}
                  stroke={b.stroke}
                  strokeWidth={b.stroke ? 1.5 : undefined}
                  rx={1.5}
                />
                <text
                  className="ee-bar-label"
                  x={b.labelX}
                  y={b.labelY}
                  dy={l.stacked ? undefined : '0.32em'}
                  textAnchor={l.stacked ? 'start' : 'end'}
                  fill={palette.text}
                  fontWeight={b.emphasis === 'hero' ? 700 : 400}
                >
                  {b.label}
                </text>
                <text
                  className="ee-bar-value"
                  x={b.valueX}
                  y={b.y + b.h / 2}
                  dy="0.32em"
                  textAnchor={b.valueAnchor}
                  fill={b.emphasis === 'none' ? palette.muted : palette.text}
                  fontWeight={b.emphasis === 'hero' ? 700 : 400}
                >
                  {b.valueText}
                </text>
              </g>
            ))}
          </g>
          <g className="ee-zero-line" aria-hidden="true" stroke={palette.axis}>
            {l.stacked ? (
              // On a phone the names sit above the bars: the zero line runs beside the bars only, never through a name.
              l.bars.map((b) => <line key={b.key} x1={l.zeroX} x2={l.zeroX} y1={b.y - 2} y2={b.y + b.h + 2} />)
            ) : (
              <line x1={l.zeroX} x2={l.zeroX} y1={0} y2={l.height - l.margin.top - l.margin.bottom} />
            )}
          </g>
        </g>
      )}
    </ChartFrame>
  );
}
