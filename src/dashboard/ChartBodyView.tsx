import { memo, useMemo } from 'react';
import { BarChart } from '../charts/BarChart';
import { GroupedBarChart } from '../charts/GroupedBarChart';
import { formatChange } from '../charts/format';
import { HexMap } from '../charts/HexMap';
import { RankedBars } from '../charts/RankedBars';
import { StripPlot } from '../charts/StripPlot';
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
    case 'ranked':
      return (
        <RankedBars {...body} format={body.change ? change : undefined} width={width} palette={palette} label={label} fontSize={fontSize} />
      );
    case 'strip':
      return (
        <StripPlot
          {...body}
          format={body.change ? change : undefined}
          swarmHeight={fixed ? Math.max(120, fixed - 160) : undefined}
          width={width}
          palette={palette}
          label={label}
          fontSize={fontSize}
        />
      );
    case 'hexmap':
      return (
        <HexMap
          grid={{ layout: body.layout, hexes: body.hexes }}
          values={new Map(Object.entries(body.values))}
          highlight={body.highlight}
          highlightLabel={body.highlightLabel}
          legendTitle={body.legendTitle}
          unit={body.unit}
          format={body.change ? change : undefined}
          rankNoun={body.rankNoun}
          colors={body.colors}
          maxHeight={fixed}
          width={width}
          palette={palette}
          label={label}
          fontSize={fontSize}
        />
      );
  }
});

const change = (v: number) => formatChange(v);
