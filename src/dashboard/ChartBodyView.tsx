import { memo, useMemo } from 'react';
import { BarChart } from '../charts/BarChart';
import { GroupedBarChart } from '../charts/GroupedBarChart';
import { LineChart } from '../charts/LineChart';
import { SlopeChart } from '../charts/SlopeChart';
import { SmallMultiples } from '../charts/SmallMultiples';
import { StackedAreaChart } from '../charts/StackedAreaChart';
import type { Palette } from '../themes/palette';
import type { ChartBody } from '../units/unit';
import { paintBody } from './paintBody';

interface Props {
  readonly body: ChartBody;
  readonly width: number;
  readonly palette: Palette;
  readonly label: string;
  readonly fontSize?: number;
  /** A fixed height (presentation slides); otherwise it follows the width. */
  readonly height?: number;
}

/** Height follows width within bounds, so a server-rendered chart scaled by its viewBox keeps its shape. */
export const chartHeight = (width: number): number => Math.round(Math.max(260, Math.min(420, width * 0.55)));

/** The registry from chart kind to component, colour slots painted from the palette. Memoised: a card's other controls do not redraw its chart. */
export const ChartBodyView = memo(function ChartBodyView({ body: slotted, width, palette, label, fontSize, height: fixed }: Props) {
  const body = useMemo(() => paintBody(slotted, palette), [slotted, palette]);
  const height = fixed ?? chartHeight(width);
  switch (body.kind) {
    case 'bar':
      return <BarChart {...body} width={width} height={fixed} palette={palette} label={label} dimColor={palette.dim} fontSize={fontSize} />;
    case 'groupedBar':
      return <GroupedBarChart {...body} width={width} height={height} palette={palette} label={label} fontSize={fontSize} />;
    case 'line':
      return <LineChart {...body} width={width} height={height} palette={palette} label={label} fontSize={fontSize} />;
    case 'slope':
      return (
        <SlopeChart {...body} width={width} height={fixed ?? Math.min(height, 300)} palette={palette} label={label} fontSize={fontSize} />
      );
    case 'stackedArea':
      return <StackedAreaChart {...body} width={width} height={height} palette={palette} label={label} fontSize={fontSize} />;
    case 'smallMultiples':
      return (
        <SmallMultiples
          {...body}
          width={width}
          panelHeight={fixed ? undefined : Math.max(150, Math.min(200, width * 0.3))}
          height={fixed}
          palette={palette}
          label={label}
          fontSize={fontSize}
        />
      );
  }
});
