import { scaleLinear } from 'd3-scale';
import { beeswarm } from './beeswarm';
import type { CompareColors } from './compareColors';
import type { Unit } from './format';
import { formatTicks, formatValue } from './format';
import type { FocusMark } from './marks';
import { ordinal } from './ordinal';
import { placeTiers } from './placeTiers';
import { round1 } from './round1';
import { byText } from '../series/byText';

export interface StripPoint {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  /** The four West of England authorities: hero colour and a label. */
  readonly highlight: boolean;
}

export interface StripReference {
  readonly id: string;
  /** "England", "Median of English authorities". */
  readonly label: string;
  readonly value: number;
}

export interface StripInput {
  readonly points: readonly StripPoint[];
  readonly references?: readonly StripReference[];
  readonly width: number;
  readonly unit: Unit;
  readonly format?: (v: number) => string;
  readonly colors: Pick<CompareColors, 'hero' | 'muted' | 'reference'>;
  /** What the points are, for the rank in tooltips: "English local authorities". */
  readonly rankNoun?: string;
  /** Largest height the swarm may take; dots shrink until it fits. */
  readonly swarmHeight?: number;
  readonly fontSize?: number;
}

export const STRIP_DEFAULTS = { fontSize: 13, rankNoun: 'areas', swarmHeight: 120 } as const;

const textWidth = (s: string, fontSize: number) => s.length * fontSize * 0.62;

/**
 * Pure layout of a distribution: every area a dot on one value axis, spread
 * into a deterministic beeswarm; the highlighted ones in colour and labelled,
 * their labels alternately above and below the swarm, in as many rows as it
 * takes for none to overlap, each joined to its dot by a leader line;
 * reference values (England, the median) as labelled vertical lines.
 */
export function layoutStrip(input: StripInput) {
  const fontSize = input.fontSize ?? STRIP_DEFAULTS.fontSize;
  const fmt = input.format ?? ((v: number) => formatValue(v, input.unit));
  const points = input.points.filter((p) => Number.isFinite(p.value));
  const refs = (input.references ?? []).filter((r) => Number.isFinite(r.value));
  const margin = { top: 4, right: 8, bottom: 4, left: 8 };
  const innerW = Math.max(60, input.width - margin.left - margin.right);
  const maxHalf = (input.swarmHeight ?? STRIP_DEFAULTS.swarmHeight) / 2;

  const values = [...points.map((p) => p.value), ...refs.map((r) => r.value)];
  const lo = Math.min(...values, values.length ? Infinity : 0);
  const hi = Math.max(...values, values.length ? -Infinity : 1);
  let r = innerW < 500 ? 3.5 : 4.5;
  const x = scaleLinear()
    .domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi])
    .nice()
    .range([r + 1, innerW - r - 1]);
  const xs = points.map((p) => x(p.value));
  let ys = beeswarm(xs, r);
  // Shrink the dots until the swarm fits its height (deterministic: fixed steps).
  while (r > 1.5 && Math.max(0, ...ys.map(Math.abs)) + r > maxHalf) {
    r -= 0.5;
    ys = beeswarm(xs, r);
  }
  const half = Math.max(0, ...ys.map(Math.abs)) + r;

  const lineH = fontSize + 5;
  const hl = points.map((p, i) => ({ p, i })).filter(({ p }) => p.highlight);
  const byX = [...hl].sort((a, b) => (xs[a.i] ?? 0) - (xs[b.i] ?? 0));
  const labelText = (p: StripPoint) => `${p.label} ${fmt(p.value)}`;
  const side = (k: number) => (k % 2 === 0 ? 'above' : 'below');
  const tiersOf = (which: 'above' | 'below') =>
    placeTiers(
      byX.filter((_, k) => side(k) === which).map(({ p, i }) => ({ id: p.id, x: xs[i] ?? 0, width: textWidth(labelText(p), fontSize) })),
      innerW,
      8,
    );
  const above = tiersOf('above');
  const below = tiersOf('below');
  const refTiers = placeTiers(
    refs.map((rf) => ({ id: rf.id, x: x(rf.value), width: textWidth(`${rf.label} ${fmt(rf.value)}`, fontSize) })),
    innerW,
    8,
  );
  const count = (ts: readonly { tier: number }[]) => (ts.length ? Math.max(...ts.map((t) => t.tier)) + 1 : 0);

  const refBand = count(refTiers) * lineH;
  const aboveBand = count(above) * lineH + (above.length ? 10 : 0);
  const cy = refBand + aboveBand + half + 4;
  const belowTop = cy + half + 4 + (below.length ? 10 : 0);
  const axisY = belowTop + count(below) * lineH + 4;
  const height = round1(margin.top + axisY + fontSize + 12 + margin.bottom);

  // Rank: 1st is the highest value; equal values share a rank (1 + how many are higher).
  const firstAt = new Map<number, number>();
  [...points].sort((a, b) => b.value - a.value).forEach((p, k) => firstAt.has(p.value) || firstAt.set(p.value, k + 1));
  const times = new Map<number, number>();
  for (const p of points) times.set(p.value, (times.get(p.value) ?? 0) + 1);
  const rankOf = new Map(
    points.map((p) => [p.id, `${(times.get(p.value) ?? 0) > 1 ? 'joint ' : ''}${ordinal(firstAt.get(p.value) ?? 0)}`] as const),
  );
  const dots = points.map((p, i) => ({
    key: p.id,
    label: p.label,
    value: p.value,
    highlight: p.highlight,
    cx: round1(xs[i] ?? 0),
    cy: round1(cy + (ys[i] ?? 0)),
    color: p.highlight ? input.colors.hero : input.colors.muted,
  }));
  const dotOf = new Map(dots.map((d) => [d.key, d]));
  const labels = [
    ...above.map((t) => {
      const d = dotOf.get(t.id);
      const baseline = refBand + aboveBand - 10 - t.tier * lineH - 4;
      return { ...t, side: 'above' as const, baseline, top: baseline - fontSize, d };
    }),
    ...below.map((t) => {
      const d = dotOf.get(t.id);
      const top = belowTop + t.tier * lineH;
      return { ...t, side: 'below' as const, baseline: top + fontSize, top, d };
    }),
  ].map(({ id, x: lx, width, tier, side: s, baseline, top, d }) => ({
    id,
    text: labelText(points.find((p) => p.id === id) as StripPoint),
    x: round1(lx),
    y: round1(baseline),
    box: { left: round1(lx - width / 2), right: round1(lx + width / 2), top: round1(top), bottom: round1(baseline + 3) },
    tier,
    side: s,
    leader: {
      x1: d?.cx ?? 0,
      y1: round1((d?.cy ?? 0) + (s === 'above' ? -r : r)),
      x2: round1(Math.max(lx - width / 2 + 4, Math.min(lx + width / 2 - 4, d?.cx ?? 0))),
      y2: round1(s === 'above' ? baseline + 4 : top - 1),
    },
  }));

  const references = refs.map((rf) => {
    const t = refTiers.find((q) => q.id === rf.id) as (typeof refTiers)[number];
    const baseline = (count(refTiers) - 1 - t.tier) * lineH + fontSize;
    return {
      id: rf.id,
      text: `${rf.label} ${fmt(rf.value)}`,
      x: round1(x(rf.value)),
      labelX: round1(t.x),
      labelY: round1(baseline),
      y1: round1(baseline + 4),
      y2: round1(axisY),
    };
  });

  const tickValues = x.ticks(Math.max(2, Math.floor(innerW / (fontSize * 6))));
  const tickLabels = formatTicks(tickValues, input.unit);
  const ticks = tickValues.map((v, i) => {
    const label = tickLabels[i] as string;
    const pos = round1(x(v));
    // The end labels keep inside the chart: anchored at their start or end when centring would push them past its edge.
    const half = (label.length * fontSize * 0.62) / 2;
    const anchor =
      pos - half < -margin.left ? ('start' as const) : pos + half > innerW + margin.right ? ('end' as const) : ('middle' as const);
    return { value: v, pos, label, anchor };
  });

  const noun = input.rankNoun ?? STRIP_DEFAULTS.rankNoun;
  const marks: FocusMark[] = [...dots]
    .sort((a, b) => a.value - b.value || byText(a.label, b.label))
    .map((d, i) => ({
      key: d.key,
      s: 0,
      i,
      x: round1(margin.left + d.cx),
      y: round1(margin.top + d.cy),
      title: d.label,
      detail: `${fmt(d.value)}, ${rankOf.get(d.key) ?? ''} highest of ${points.length} ${noun}`,
      color: d.color,
      highlight: d.highlight,
    }))
    // Arrow keys follow i (the value order); the array order only picks the tab stop: the first West of England dot.
    .sort((a, b) => Number(b.highlight) - Number(a.highlight) || a.i - b.i)
    .map(({ highlight: _, ...m }) => m);

  return { margin, innerW, height, r, cy: round1(cy), axisY: round1(axisY), dots, labels, references, ticks, marks, fontSize };
}

export type StripLayout = ReturnType<typeof layoutStrip>;
