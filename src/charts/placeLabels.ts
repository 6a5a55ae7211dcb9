/**
 * Spread end-of-line labels so they do not overlap: keep each as near its
 * line as possible, `gap` apart per line of text, within [top, bottom].
 * `lines` is how many text lines a label takes (default 1); y is its first line.
 */
export function placeLabels(
  items: readonly { id: string; y: number; lines?: number }[],
  gap: number,
  top: number,
  bottom: number,
): { id: string; y: number }[] {
  const sorted = [...items].sort((a, b) => a.y - b.y).map((d) => ({ ...d, lines: d.lines ?? 1 }));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1] as { y: number; lines: number };
    const cur = sorted[i] as { y: number };
    const need = prev.lines * gap;
    if (cur.y - prev.y < need) cur.y = prev.y + need;
  }
  const last = sorted[sorted.length - 1];
  if (last && last.y + (last.lines - 1) * gap > bottom) {
    last.y = bottom - (last.lines - 1) * gap;
    for (let i = sorted.length - 2; i >= 0; i--) {
      const next = sorted[i + 1] as { y: number };
      const cur = sorted[i] as { y: number; lines: number };
      if (next.y - cur.y < cur.lines * gap) cur.y = next.y - cur.lines * gap;
    }
  }
  const first = sorted[0];
  if (first && first.y < top) {
    const shift = top - first.y;
    for (const d of sorted) d.y += shift;
  }
  return sorted.map(({ id, y }) => ({ id, y }));
}

/** Break a label into lines that fit `maxChars`, at spaces; a single long word stays whole. */
export function wrapLabel(text: string, maxChars: number): string[] {
  if (text.length <= maxChars) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && (line + ' ' + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
