import type { ChartBody, LegendItem } from '../../units/unit';

/** A stacked layer whose peak is under this share of the tallest stack is a hairline on a projector. */
const THIN = 0.01;

/**
 * The legend a slide shows: only the series drawn and visible. Hidden series
 * are left out, and so are stacked layers too thin to see (under 1% of the
 * tallest stack at every year), whose swatch would name nothing on screen.
 */
export function slideLegend(items: readonly LegendItem[], body: ChartBody): LegendItem[] {
  const shown = items.filter((item) => !item.hidden);
  if (body.kind !== 'stackedArea') return shown;
  const totals = new Map<number, number>();
  for (const layer of body.layers) for (const [year, v] of layer.points) totals.set(year, (totals.get(year) ?? 0) + Math.max(0, v));
  const tallest = Math.max(0, ...totals.values());
  const peak = new Map(body.layers.map((l) => [l.id, Math.max(0, ...l.points.map((p) => p[1]))]));
  return shown.filter((item) => !peak.has(item.id) || (peak.get(item.id) ?? 0) >= tallest * THIN);
}
