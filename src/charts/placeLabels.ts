/**
 * Spread end-of-line labels so they do not overlap: keep each as near its
 * line as possible, at least `gap` apart, within [top, bottom].
 */
export function placeLabels(
  items: readonly { id: string; y: number }[],
  gap: number,
  top: number,
  bottom: number,
): { id: string; y: number }[] {
  const sorted = [...items].sort((a, b) => a.y - b.y).map((d) => ({ ...d }));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1] as { y: number };
    const cur = sorted[i] as { y: number };
    if (cur.y - prev.y < gap) cur.y = prev.y + gap;
  }
  const last = sorted[sorted.length - 1];
  if (last && last.y > bottom) {
    last.y = bottom;
    for (let i = sorted.length - 2; i >= 0; i--) {
      const next = sorted[i + 1] as { y: number };
      const cur = sorted[i] as { y: number };
      if (next.y - cur.y < gap) cur.y = next.y - gap;
    }
  }
  const first = sorted[0];
  if (first && first.y < top) {
    const shift = top - first.y;
    for (const d of sorted) d.y += shift;
  }
  return sorted;
}
