import type { ReactNode } from 'react';
import { useContext } from 'react';
import { FocusLayer } from './FocusLayer';
import type { FocusMark } from './marks';
import { columnOf } from './marks';
import type { Palette } from '../themes/palette';
import { Tooltip } from './Tooltip';
import { StaticChartContext } from './StaticChart';
import { useActiveMark } from './useActiveMark';

interface Props {
  readonly width: number;
  readonly height: number;
  /** The chart's accessible name. */
  readonly label: string;
  /** What the focusable marks are, for their group's name: "data points", "bars". */
  readonly marksLabel: string;
  readonly marks: readonly FocusMark[];
  readonly palette: Palette;
  readonly onSelect?: (mark: FocusMark) => void;
  /** The chart's drawing, given the mark under focus or pointer (to dim the other series). */
  readonly children: (active: FocusMark | undefined) => ReactNode;
}

/**
 * What every chart kind shares: the SVG with its viewBox (so a prerendered
 * chart scales before it is measured), keyboard and pointer access to its
 * marks, and the tooltip of the active one (on line and area charts, of its
 * year: every series, with a crosshair). Rendered for an export, only the drawing.
 */
export function ChartFrame({ width, height, label, marksLabel, marks, palette, onSelect, children }: Props) {
  const [active, setActive] = useActiveMark(marks);
  const exporting = useContext(StaticChartContext);
  // Line and area charts: every series at the active mark's year, highest first.
  const column = columnOf(marks, active);
  if (exporting) {
    // An export: the drawing alone, at this size; the picture around it gives the viewBox.
    exporting.report({ width, height });
    return <>{children(undefined)}</>;
  }
  return (
    <div className="ee-chart-frame">
      <svg className="ee-chart" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="group" aria-label={label}>
        {children(active)}
        <FocusLayer
          marks={marks}
          width={width}
          height={height}
          palette={palette}
          label={`${label}: ${marksLabel}`}
          active={active}
          column={column}
          onActive={setActive}
          onSelect={onSelect}
        />
      </svg>
      <Tooltip mark={active} column={column} width={width} height={height} />
    </div>
  );
}
