import { binnedScale } from './binnedScale';
import type { CompareColors } from './compareColors';
import type { Unit } from './format';
import { formatTicks, formatValue } from './format';
import type { HexJson } from './hexGrid';
import { hexCorners, layoutHexGrid } from './hexGrid';
import type { FocusMark } from './marks';
import { ordinal } from './ordinal';
import { wrapLabel } from './placeLabels';
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
  // On a wide card it stands beside the map (which keeps its aspect ratio and would leave the sides empty), else above it.
  const beside = input.width >= 720;
  const gap = 24;
  const legendW = beside ? 260 : Math.min(input.width, 420);
  const lineH = fontSize + 6;
  const titleLines = wrapLabel(input.legendTitle, Math.max(12, Math.floor(legendW / (fontSize * 0.62))));
  const swatchY = lineH * titleLines.length;
  // Below the break labels, with room for large text (a slide's 24 px) above the keys' 12 px boxes.
  const keysY = swatchY + 14 + fontSize + 8 + Math.max(0, Math.round(fontSize * 1.2) - 11);
  // Every break labelled, or every second (third…) one when the labels would touch.
  // An open end (values beyond the robust domain fall in the end bin) reads "≤ x" / "≥ y".
  const last = scale.breaks.length - 1;
  const tickLabels = formatTicks(scale.breaks, input.unit).map((t, i) =>
    i === 0 && scale.openLow ? `≤ ${t}` : i === last && scale.openHigh ? `≥ ${t}` : t,
  );
  // Digits, "−" and "%" run wide: 0.8 em a character, and 8 px between labels. The swatches are
  // inset by half a label, so every label is centred on its break and none hangs over the edge.
  const widest = Math.max(...tickLabels.map((t) => t.length)) * fontSize * 0.8 + 8;
  const inset = Math.min(widest / 2, legendW / 4);
  const swatchW = (legendW - 2 * inset) / Math.max(1, scale.colors.length);
  const needed = Math.max(1, Math.ceil(widest / swatchW));
  // Counted from zero on a diverging scale, so 0 is always labelled; and, where a slightly
  // sparser labelling allows it, both ends too (−45%, 0%, 45% rather than −30%, 0%, 30%).
  const anchor = Math.max(0, scale.breaks.indexOf(0));
  const endsToo = (e: number) => anchor % e === 0 && (last - anchor) % e === 0;
  const every = [needed, needed + 1].find(endsToo) ?? needed;
  // An open end is always labelled; a label too near it gives way.
  const forced = (i: number) => (i === 0 && scale.openLow) || (i === last && scale.openHigh);
  const nearForced = (i: number) => [0, last].some((e) => e !== i && forced(e) && Math.abs(e - i) < every);
  const ticks = scale.breaks.map((b, i) => ({
    value: b,
    x: round1(inset + i * swatchW),
    label: forced(i) || ((i - anchor) % every === 0 && !nearForced(i)) ? (tickLabels[i] ?? '') : '',
  }));
  const top = beside ? 0 : keysY + 12 + 12;
  const maxHeight = input.maxHeight ?? HEXMAP_DEFAULTS.maxHeight;
  const mapArea = beside ? input.width - legendW - gap : input.width;
  const placed = layoutHexGrid(grid, mapArea, Math.max(keysY + 12, maxHeight) - top);
  // Beside: legend and map centred together as one block.
  const blockLeft = beside ? Math.max(0, (input.width - legendW - gap - placed.mapWidth) / 2) : 0;
  const shiftX = beside ? blockLeft + legendW + gap - (mapArea - placed.mapWidth) / 2 : 0;
  const legend = {
    titleLines,
    x: round1(beside ? blockLeft : Math.max(0, (input.width - legendW) / 2)),
    titleX: round1(inset),
    titleY: fontSize,
    lineH,
    swatchY,
    swatchH: 12,
    swatches: scale.colors.map((c, i) => ({ color: c, x: round1(inset + i * swatchW), w: round1(swatchW) })),
    ticks,
    noData: missing ? { x: round1(inset), y: keysY, label: 'No data' } : undefined,
    outline: input.highlight.length
      ? { x: round1(inset + (missing ? fontSize * 6 + 10 : 0)), y: keysY, label: input.highlightLabel ?? HEXMAP_DEFAULTS.highlightLabel }
      : undefined,
  };

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
      cx: round1(h.cx + shiftX),
      cy: round1(h.cy + top),
      row: h.row,
      q: h.q,
      fill: v === undefined ? input.colors.noData : scale.colorOf(v),
      missing: v === undefined,
      highlight: hl.has(h.id),
    };
  });

  // The highlighted group's outer boundary: the edges of highlighted hexes whose neighbour across that edge is not highlighted.
  const full = hexCorners(placed.radius);
  const hexW = placed.radius * Math.sqrt(3);
  const lit = hexes.filter((x) => x.highlight);
  // Neighbour across edge k (corner k to k+1, clockwise from the top): NE, E, SE, SW, W, NW.
  const across = [
    [hexW / 2, -1.5 * placed.radius],
    [hexW, 0],
    [hexW / 2, 1.5 * placed.radius],
    [-hexW / 2, 1.5 * placed.radius],
    [-hexW, 0],
    [-hexW / 2, -1.5 * placed.radius],
  ] as const;
  const outline = lit
    .flatMap((h) =>
      across.map(([dx, dy], k) => {
        const shared = lit.some((o) => Math.hypot(o.cx - h.cx - dx, o.cy - h.cy - dy) < placed.radius / 2);
        if (shared) return '';
        const [x1, y1] = full[k] ?? [0, 0];
        const [x2, y2] = full[(k + 1) % 6] ?? [0, 0];
        return `M${round1(h.cx + x1)},${round1(h.cy + y1)}L${round1(h.cx + x2)},${round1(h.cy + y2)}`;
      }),
    )
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

  return {
    height: round1(Math.max(top + placed.height, keysY + 16 + Math.max(0, Math.round(fontSize * 0.3) - 3))),
    radius: placed.radius,
    points,
    corners,
    hexes,
    outline,
    legend,
    scale,
    marks,
    fontSize,
  };
}

export type HexMapLayout = ReturnType<typeof layoutHexMap>;
