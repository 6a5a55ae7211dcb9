import { useId } from 'react';
import { ChartFrame } from './ChartFrame';
import type { HexMapInput } from './layoutHexMap';
import { layoutHexMap } from './layoutHexMap';
import { groupByColour, polygonsPath } from './markPaths';
import type { Palette } from '../themes/palette';

interface Props extends HexMapInput {
  readonly palette: Palette;
  /** The chart's accessible name. */
  readonly label: string;
}

/**
 * A hex map of English local authorities: one equal-sized hex each, coloured
 * by value, "no data" hatched, the West of England outlined, a legend with the
 * unit. Arrow keys move between neighbouring hexes; each has a tooltip.
 */
export function HexMap(props: Props) {
  const l = layoutHexMap(props);
  const { width, palette, label, colors } = props;
  const hatch = `ee-hatch-${useId().replace(/:/g, '')}`;
  const lg = l.legend;
  return (
    <ChartFrame width={width} height={l.height} label={label} marksLabel="local authorities" marks={l.marks} palette={palette}>
      {() => (
        <>
          <defs>
            <pattern id={hatch} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width={6} height={6} fill={colors.noData} />
              <line x1={0} y1={0} x2={0} y2={6} stroke={palette.surface} strokeWidth={2} />
            </pattern>
          </defs>
          <g className="ee-legend" aria-hidden="true" fontSize={l.fontSize} transform={`translate(${lg.x},0)`}>
            <text x={lg.titleX} y={lg.titleY} fill={palette.text} fontWeight={600}>
              {lg.titleLines.map((line, i) => (
                <tspan key={i} x={lg.titleX} dy={i === 0 ? 0 : lg.lineH}>
                  {line}
                </tspan>
              ))}
            </text>
            {lg.swatches.map((s) => (
              <rect key={s.x} className="ee-legend-swatch" x={s.x} y={lg.swatchY} width={s.w} height={lg.swatchH} fill={s.color} />
            ))}
            {lg.ticks
              .filter((t) => t.label)
              .map((t) => (
                <text key={t.x} x={t.x} y={lg.swatchY + lg.swatchH + l.fontSize + 2} textAnchor="middle" fill={palette.muted}>
                  {t.label}
                </text>
              ))}
            {lg.noData && (
              <g className="ee-legend-nodata">
                <rect x={lg.noData.x} y={lg.noData.y} width={14} height={12} fill={`url(#${hatch})`} stroke={palette.grid} />
                <text x={lg.noData.x + 20} y={lg.noData.y + 11} fill={palette.muted}>
                  {lg.noData.label}
                </text>
              </g>
            )}
            {lg.outline && (
              <g className="ee-legend-outline">
                <rect x={lg.outline.x} y={lg.outline.y} width={14} height={12} fill="none" stroke={colors.outline} strokeWidth={2.5} />
                <text x={lg.outline.x + 20} y={lg.outline.y + 11} fill={palette.text}>
                  {lg.outline.label}
                </text>
              </g>
            )}
          </g>
          {/* One path a colour class: each hex is a subpath (its focus mark, with its name, is in the focus layer). */}
          <g className="ee-hexes" aria-hidden="true">
            {groupByColour(l.hexes, (h) => (h.missing ? '' : h.fill)).map((g) => (
              <path
                key={g.colour || 'missing'}
                className="ee-hex"
                data-missing={g.colour === '' || undefined}
                d={polygonsPath(l.corners, g.items)}
                fill={g.colour === '' ? `url(#${hatch})` : g.colour}
              />
            ))}
          </g>
          <g className="ee-hex-outline" aria-hidden="true" fill="none" strokeLinejoin="round" strokeLinecap="round">
            <path d={l.outline} stroke={palette.surface} strokeWidth={5} />
            <path d={l.outline} stroke={colors.outline} strokeWidth={2.5} />
          </g>
        </>
      )}
    </ChartFrame>
  );
}
