import type { ComponentProps, ComponentType } from 'react';
import { createElement, memo, Suspense, useMemo } from 'react';
import { BarChart } from '../charts/BarChart';
import { formatChange } from '../charts/format';
import type { Palette } from '../themes/palette';
import type { ChartBody } from '../units/unit';
import type { LazyKind } from './chartKinds';
import { kindReady, loadedKind, loadKind } from './chartKinds';
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

type KindProps<K extends LazyKind> = ComponentProps<NonNullable<ReturnType<typeof loadedKind<K>>>>;

/**
 * One kind drawn: its component at once when its chunk is in (always, for the
 * kinds the page prerendered), else waited for. The component is the chunk's
 * export, the same object on every render.
 */
function Kind<K extends LazyKind>({ kind, props }: { readonly kind: K; readonly props: KindProps<K> }) {
  const C = loadedKind(kind);
  // Not in yet: suspend until it is (React 18's Suspense takes a thrown promise).
  if (!C) throw loadKind(kind);
  // Typed at the call (props match the kind); the union of all kinds' props is too wide for createElement's overloads.
  return createElement(C as ComponentType<object>, props);
}

/**
 * The registry from chart kind to component, colour slots painted from the
 * palette. Memoised: a card's other controls do not redraw its chart. Each
 * kind but the bar chart is its own chunk (src/dashboard/chartKinds.ts), so a
 * page loads only the kinds it draws. A kind already in is drawn as it is:
 * the server has every kind and the browser loads the page's kinds before
 * hydrating, so no boundary is left for React 18 to hydrate in a later pass
 * (an update reaching one first, such as the card measuring its width, would
 * throw its markup away: React error 421). Only a kind still on its way, after
 * a change of choice, waits behind a boundary.
 */
export const ChartBodyView = memo(function ChartBodyView(props: Props) {
  const { width, height, body } = props;
  if (kindReady(body.kind)) return <KindView {...props} />;
  return (
    <Suspense fallback={<div className="ee-chart-loading" style={{ height: height ?? chartHeight(width) }} />}>
      <KindView {...props} />
    </Suspense>
  );
});

function KindView({ body: slotted, width, palette, label, fontSize, height: fixed }: Props) {
  const body = useMemo(() => paintBody(slotted, palette), [slotted, palette]);
  const height = fixed ?? chartHeight(width);
  switch (body.kind) {
    case 'bar':
      return <BarChart {...body} width={width} height={fixed} palette={palette} label={label} dimColor={palette.dim} fontSize={fontSize} />;
    case 'groupedBar':
      return <Kind kind="groupedBar" props={{ ...body, width, height, palette, label, fontSize }} />;
    case 'line':
      return <Kind kind="line" props={{ ...body, width, height, palette, label, fontSize }} />;
    case 'slope':
      return <Kind kind="slope" props={{ ...body, width, height: fixed ?? Math.min(height, 300), palette, label, fontSize }} />;
    case 'stackedArea':
      return <Kind kind="stackedArea" props={{ ...body, width, height, palette, label, fontSize }} />;
    case 'smallMultiples': {
      return (
        <Kind
          kind="smallMultiples"
          props={{
            ...body,
            width,
            panelHeight: fixed ? undefined : Math.max(150, Math.min(200, width * 0.3)),
            height: fixed,
            palette,
            label,
            fontSize,
          }}
        />
      );
    }
    case 'ranked':
      return <Kind kind="ranked" props={{ ...body, format: body.change ? change : undefined, width, palette, label, fontSize }} />;
    case 'strip': {
      return (
        <Kind
          kind="strip"
          props={{
            ...body,
            format: body.change ? change : undefined,
            swarmHeight: fixed ? Math.max(120, fixed - 160) : undefined,
            width,
            palette,
            label,
            fontSize,
          }}
        />
      );
    }
    case 'hexmap': {
      return (
        <Kind
          kind="hexmap"
          props={{
            grid: { layout: body.layout, hexes: body.hexes },
            values: new Map(Object.entries(body.values)),
            highlight: body.highlight,
            highlightLabel: body.highlightLabel,
            legendTitle: body.legendTitle,
            unit: body.unit,
            format: body.change ? change : undefined,
            rankNoun: body.rankNoun,
            colors: body.colors,
            maxHeight: fixed,
            width,
            palette,
            label,
            fontSize,
          }}
        />
      );
    }
  }
}

const change = (v: number) => formatChange(v);
