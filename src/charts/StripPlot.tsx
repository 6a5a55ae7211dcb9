import { ChartFrame } from './ChartFrame';
import type { StripInput } from './layoutStrip';
import { layoutStrip } from './layoutStrip';
import { circlesPath, groupByColour } from './markPaths';
import type { Palette } from '../themes/palette';

interface Props extends StripInput {
  readonly palette: Palette;
  /** The chart's accessible name. */
  readonly label: string;
}

/** Halo behind text that crosses lines or dots, in the card's colour. */
const halo = (palette: Palette) => ({
  stroke: palette.surface,
  strokeWidth: 4,
  paintOrder: 'stroke' as const,
  strokeLinejoin: 'round' as const,
});

/**
 * A distribution: every area a dot on one axis (a beeswarm), the West of
 * England authorities in colour and labelled, England and the median as
 * labelled reference lines. Every dot can be reached by keyboard.
 */
export function StripPlot(props: Props) {
  const l = layoutStrip(props);
  const { width, palette, label, colors } = props;
  return (
    <ChartFrame width={width} height={l.height} label={label} marksLabel="areas" marks={l.marks} palette={palette}>
      {() => (
        <g transform={`translate(${l.margin.left},${l.margin.top})`} fontSize={l.fontSize}>
          <g className="ee-axis ee-axis--x" aria-hidden="true">
            <line x1={0} x2={l.innerW} y1={l.axisY} y2={l.axisY} stroke={palette.axis} />
            {l.ticks.map((t) => (
              <g key={t.value}>
                <line x1={t.pos} x2={t.pos} y1={l.axisY} y2={l.axisY + 4} stroke={palette.axis} />
                <text
                  x={
                    t.anchor === 'start'
                      ? Math.max(-l.margin.left, t.pos - 4)
                      : t.anchor === 'end'
                        ? Math.min(l.innerW + l.margin.right, t.pos + 4)
                        : t.pos
                  }
                  y={l.axisY + l.fontSize + 6}
                  textAnchor={t.anchor}
                  fill={palette.muted}
                >
                  {t.label}
                </text>
              </g>
            ))}
          </g>
          <g className="ee-references" aria-hidden="true">
            {l.references.map((rf) => (
              <g key={rf.id} className="ee-reference">
                <line x1={rf.x} x2={rf.x} y1={rf.y1} y2={rf.y2} stroke={colors.reference} strokeDasharray="4 3" />
                <text x={rf.labelX} y={rf.labelY} textAnchor="middle" fill={palette.text} {...halo(palette)}>
                  {rf.text}
                </text>
              </g>
            ))}
          </g>
          <g className="ee-dots" aria-hidden="true">
            {/* The muted dots, one path a colour (each reachable in the focus layer); the highlighted ones on top. */}
            {groupByColour(
              l.dots.filter((d) => !d.highlight),
              (d) => d.color,
            ).map((g) => (
              <path key={g.colour} className="ee-dot" d={circlesPath(g.items, l.r)} fill={g.colour} fillOpacity={0.75} />
            ))}
            {l.dots
              .filter((d) => d.highlight)
              .map((d) => (
                <circle
                  key={d.key}
                  className="ee-dot"
                  data-highlight="true"
                  cx={d.cx}
                  cy={d.cy}
                  r={l.r + 1.5}
                  fill={d.color}
                  stroke={palette.surface}
                  strokeWidth={1.5}
                />
              ))}
          </g>
          <g className="ee-strip-labels" aria-hidden="true" fontWeight={700}>
            {l.labels.map((t) => (
              <g key={t.id} className="ee-strip-label">
                <line {...t.leader} stroke={colors.hero} strokeWidth={1} />
                {/* A card-coloured box behind the label, so reference lines pass behind it. */}
                <rect
                  x={t.box.left - 2}
                  y={t.box.top}
                  width={t.box.right - t.box.left + 4}
                  height={t.box.bottom - t.box.top}
                  fill={palette.surface}
                />
                <text x={t.x} y={t.y} textAnchor="middle" fill={colors.hero} {...halo(palette)}>
                  {t.text}
                </text>
              </g>
            ))}
          </g>
        </g>
      )}
    </ChartFrame>
  );
}
