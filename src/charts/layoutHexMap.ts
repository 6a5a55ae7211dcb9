import { binnedScale } from './binnedScale';
import type { CompareColors } from './compareColors';
import type { Unit } from './format';
import { formatTick, formatValue } from './format';
import type { HexJson } from './hexGrid';
import { hexCorners, layoutHexGrid } from './hexGrid';
import type { FocusMark } from './marks';
import { ordinal } from './ordinal';
import { round1 } from './round1';

export interface HexMapInput {
  readonly grid: HexJson;
  /** Value by area code; a code missing here (or NaN) is "no data". */
  readonly values: ReadonlyMap<string, number>;
  /** Codes drawn with a thick outline: the four West of England authorities. */
  readonly highlight: readonly string[];
  /** What the outline means, in the legend: "West of England". */
  readonly highlightLabel?: string;
  /** Which hexes to draw; default England only (codes starting with E). */
  readonly include?: (code: string) => boolean;
  readonly width: number;
  /** The map keeps its aspect ratio: on wide cards it stops growing at this height. */
  readonly maxHeight?: number;
  readonly unit: Unit;
  readonly format?: (v: number) => string;
  /** The legend's title, with the unit: "Tonnes CO₂e per resident, 2023". */
  readonly legendTitle: string;
  readonly colors: Pick<CompareColors, 'outline' | 'noData' | 'sequential' | 'diverging'>;
  /** What the areas are, for the rank: "English local authorities". */
  readonly rankNoun?: string;
  readonly fontSize?: number;
}

export const HEXMAP_DEFAULTS = { fontSize: 13, maxHeight: 640, rankNoun: 'areas', highlightLabel: 'West of England' } as const;

const isEngland = (code: string) => code.startsWith('E');

/**
 * Pure layout of a hex cartogram: one hex per area (England only by default,
 * recentred), coloured by a classed colour-blind-safe scale, missing values
 * hatched, the highlighted areas' outer boundary as one thick outline, a
 * legend with the unit above the map, and a focusable mark per hex.
 */
export function layoutHexMap(input: HexMapInput) {
  const fontSize = input.fontSize ?? HEXMAP_DEFAULTS.fontSize;
  const fmt = input.format ?? ((v: number) => formatValue(v, input.unit));
  const include = input.include ?? isEngland;
  const grid: HexJson = { layout: input.grid.layout, hexes: input.grid.hexes.filter((h) => include(h.id)) };
  const valueOf = (id: string) => {
    const v = input.values.get(id);
    return v !== undefined && Number.isFinite(v) ? v : undefined;
  };
  const present = grid.hexes.map((h) => valueOf(h.id)).filter((v): v is number => v !== undefined);
  const scale = binnedScale(present, input.colors.sequential, input.colors.diverging);
  const missing = grid.hexes.some((h) => valueOf(h.id) === undefined);

  // Legend: title, a row of swatches with the breaks under them, then "no data" and the outline key.
  const legendW = Math.min(input.width, 360);
  const swatchW = legendW / Math.max(1, scale.colors.length);
  const lineH = fontSize + 6;
  const keysY = lineH + 14 + fontSize + 8;
  const legend = {
    title: input.legendTitle,
    x: round1(Math.max(0, (input.width - legendW) / 2)),
    titleY: fontSize,
    swatchY: lineH,
    swatchH: 12,
    swatches: scale.colors.map((c, i) => ({ color: c, x: round1(i * swatchW), w: round1(swatchW) })),
    ticks: scale.breaks.map((b, i) => ({
      value: b,
      x: round1(i * swatchW),
      label: formatTick(b, input.unit, Math.max(...scale.breaks.map(Math.abs))),
      anchor: i === 0 ? ('start' as const) : i === scale.breaks.length - 1 ? ('end' as const) : ('middle' as const),
    })),
    noData: missing ? { x: 0, y: keysY, label: 'No data' } : undefined,
    outline: input.highlight.length
      ? { x: missing ? round1(fontSize * 6 + 10) : 0, y: keysY, label: input.highlightLabel ?? HEXMAP_DEFAULTS.highlightLabel }
      : undefined,
  };
  const top = keysY + 12 + 12;

  const placed = layoutHexGrid(grid, input.width, (input.maxHeight ?? HEXMAP_DEFAULTS.maxHeight) - top);
  const corners = hexCorners(placed.radius * 0.96);
  const points = corners.map(([x, y]) => `${x},${y}`).join(' ');
  const rankOf = new Map(
    grid.hexes
      .filter((h) => valueOf(h.id) !== undefined)
      .sort((a, b) => (valueOf(b.id) ?? 0) - (valueOf(a.id) ?? 0))
      .map((h, k) => [h.id, k + 1] as const),
  );
  const hl = new Set(input.highlight);
  const hexes = placed.hexes.map((h) => {
    const v = valueOf(h.id);
    return {
      key: h.id,
      name: h.name,
      value: v,
      cx: h.cx,
      cy: round1(h.cy + top),
      row: h.row,
      q: h.q,
      fill: v === undefined ? input.colors.noData : scale.colorOf(v),
      missing: v === undefined,
      highlight: hl.has(h.id),
    };
  });

  // The highlighted group's outer boundary: hex edges that no other highlighted hex shares.
  const full = hexCorners(placed.radius);
  const edgeKey = (a: readonly number[], b: readonly number[]) =>
    [a, b]
      .map((p) => `${round1(p[0] ?? 0)},${round1(p[1] ?? 0)}`)
      .sort()
      .join(' ');
  const edges = new Map<string, { n: number; d: string }>();
  for (const h of hexes.filter((x) => x.highlight)) {
    full.forEach(([x, y], k) => {
      const [x2, y2] = full[(k + 1) % 6] ?? [0, 0];
      const a = [h.cx + x, h.cy + y];
      const b = [h.cx + x2, h.cy + y2];
      const key = edgeKey(a, b);
      const e = edges.get(key);
      edges.set(key, { n: (e?.n ?? 0) + 1, d: `M${round1(a[0] ?? 0)},${round1(a[1] ?? 0)}L${round1(b[0] ?? 0)},${round1(b[1] ?? 0)}` });
    });
  }
  const outline = [...edges.values()]
    .filter((e) => e.n === 1)
    .map((e) => e.d)
    .join('');

  const noun = input.rankNoun ?? HEXMAP_DEFAULTS.rankNoun;
  const marks: FocusMark[] = [...hexes]
    // The first highlighted hex is the map's tab stop: a keyboard reader lands on the West of England.
    .sort((a, b) => Number(b.highlight) - Number(a.highlight) || a.row - b.row || a.q - b.q)
    .map((h) => ({
      key: h.key,
      s: h.row,
      i: h.q,
      x: h.cx,
      y: h.cy,
      title: h.name,
      detail: h.value === undefined ? 'No data' : `${fmt(h.value)}, ${ordinal(rankOf.get(h.key) ?? 0)} highest of ${rankOf.size} ${noun}`,
      color: h.fill,
    }));

  return { height: round1(top + placed.height), radius: placed.radius, points, hexes, outline, legend, scale, marks, fontSize };
}

export type HexMapLayout = ReturnType<typeof layoutHexMap>;
