import { scaleLinear } from 'd3-scale';
import type { CompareColors } from './compareColors';
import type { Unit } from './format';
import { formatValue } from './format';
import type { FocusMark } from './marks';
import { ordinal } from './ordinal';
import { round1 } from './round1';
import { byText } from '../series/byText';

export type Emphasis = 'hero' | 'reference' | 'none';

export interface RankedRow {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  /** hero: the West of England (colour); reference: England (darker grey, outlined); none: grey. */
  readonly emphasis: Emphasis;
  /** Counted in the rank ("3rd of 15 combined authorities"); default: every row but a reference. */
  readonly ranked?: boolean;
}

export interface RankedBarsInput {
  readonly rows: readonly RankedRow[];
  readonly width: number;
  readonly unit: Unit;
  /** Overrides the unit's formatter, e.g. a signed change with one decimal. */
  readonly format?: (v: number) => string;
  readonly colors: Pick<CompareColors, 'hero' | 'muted' | 'reference'>;
  /** What the ranked rows are, for the rank in tooltips: "combined authorities". */
  readonly rankNoun?: string;
  readonly fontSize?: number;
}

export const RANKED_DEFAULTS = { fontSize: 13, rankNoun: 'areas' } as const;

/** About how wide a label is: 0.6 em a character (0.64 bold). */
const textWidth = (s: string, fontSize: number, bold = false) => s.length * fontSize * (bold ? 0.64 : 0.6);

/**
 * Pure layout of a ranking: rows sorted by value (highest first), one bar each
 * from a zero line (bars to the left for negative values), names at the left
 * (above the bar when the chart is narrow), values at the bar ends. The value
 * labels get room on the side they grow to, so nothing is clipped at 360 px.
 */
export function layoutRankedBars(input: RankedBarsInput) {
  const fontSize = input.fontSize ?? RANKED_DEFAULTS.fontSize;
  const fmt = input.format ?? ((v: number) => formatValue(v, input.unit));
  const rows = [...input.rows].sort((a, b) => b.value - a.value || byText(a.label, b.label));
  const isRanked = (r: RankedRow) => r.ranked ?? r.emphasis !== 'reference';
  const rankedCount = rows.filter(isRanked).length;

  const longest = Math.max(0, ...rows.map((r) => textWidth(r.label, fontSize, r.emphasis === 'hero')));
  const stacked = input.width < 560 || longest > input.width * 0.38;
  const labelWidth = stacked ? 0 : longest + 10;
  const rowHeight = stacked ? fontSize * 2 + 12 : Math.max(24, fontSize * 1.6);
  const barH = stacked ? fontSize + 2 : rowHeight * 0.7;
  const margin = { top: 4, right: 4, bottom: 6, left: labelWidth };
  const innerW = Math.max(40, input.width - margin.left - margin.right);
  const height = round1(margin.top + margin.bottom + rowHeight * rows.length);

  const lo = Math.min(0, ...rows.map((r) => r.value));
  const hi = Math.max(0, ...rows.map((r) => r.value));
  const room = (side: (v: number) => boolean) =>
    // Signs, digits and "%" run wide: 0.72 em a character, and 6 px from the bar's end.
    Math.max(0, ...rows.filter((r) => side(r.value)).map((r) => fmt(r.value).length * fontSize * 0.72 + 8));
  const padLeft = room((v) => v < 0);
  const padRight = room((v) => v >= 0);
  const x = scaleLinear()
    .domain(lo === hi ? [0, 1] : [lo, hi])
    .range([padLeft, Math.max(padLeft + 10, innerW - padRight)]);
  const zeroX = round1(x(0));

  const bars = rows.map((r, i) => {
    const top = i * rowHeight;
    const y = stacked ? top + fontSize + 6 : top + (rowHeight - barH) / 2;
    const end = x(r.value);
    const negative = r.value < 0;
    const rank = isRanked(r) ? rows.slice(0, i).filter(isRanked).length + 1 : undefined;
    return {
      key: r.id,
      label: r.label,
      value: r.value,
      emphasis: r.emphasis,
      rank,
      x: round1(Math.min(end, zeroX)),
      y: round1(y),
      w: round1(Math.abs(end - zeroX)),
      h: round1(barH),
      fill: r.emphasis === 'hero' ? input.colors.hero : r.emphasis === 'reference' ? 'none' : input.colors.muted,
      stroke: r.emphasis === 'reference' ? input.colors.reference : undefined,
      labelX: stacked ? 0 : -10,
      labelY: round1(stacked ? top + fontSize : y + barH / 2),
      valueText: fmt(r.value),
      valueX: round1(negative ? end - 6 : end + 6),
      valueAnchor: negative ? ('end' as const) : ('start' as const),
    };
  });

  const noun = input.rankNoun ?? RANKED_DEFAULTS.rankNoun;
  const marks: FocusMark[] = bars.map((b, i) => ({
    key: b.key,
    s: 0,
    i,
    x: round1(margin.left + (b.value < 0 ? b.x : b.x + b.w)),
    y: round1(margin.top + b.y + b.h / 2),
    title: b.label,
    detail: b.rank !== undefined ? `${b.valueText}, ${ordinal(b.rank)} highest of ${rankedCount} ${noun}` : `${b.valueText} (reference)`,
    color: b.emphasis === 'hero' ? input.colors.hero : b.emphasis === 'reference' ? input.colors.reference : input.colors.muted,
  }));

  return { margin, innerW, height, zeroX, bars, marks, stacked, fontSize, rankedCount };
}

export type RankedBarsLayout = ReturnType<typeof layoutRankedBars>;
