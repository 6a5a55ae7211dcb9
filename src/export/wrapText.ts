/** Fonts most systems have, metrically close to each other, so the wrapping estimate holds wherever an exported picture opens. */
export const EXPORT_FONT_STACK = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";

/**
 * Greedy word wrap to at most `maxChars` characters a line, counting code
 * points (so "£" or "é" is one). Runs of whitespace collapse to one space.
 * A word longer than a line (a URL, say) is cut into pieces that fit, after a
 * "/", "&", "=" or the like where there is one, so it cannot overflow a picture; pass `breakLongWords = false` for plain text,
 * where a URL must stay whole to be copied or clicked and may overrun instead.
 */
/** Where URLs and paths read best when split: just after one of these. */
const SOFT_BREAK = new Set(['/', '&', '?', '=', ',', '-', '#', '.', '_']);

/** Cut a too-long word after its last soft break in the second half of a line, or else at the line's end. */
function cutAt(chars: readonly string[], max: number): number {
  for (let i = max; i > max / 2; i--) if (SOFT_BREAK.has(chars[i - 1]!)) return i;
  return max;
}

export function wrapText(text: string, maxChars: number, breakLongWords = true): string[] {
  const max = Math.max(1, Math.floor(maxChars));
  const lines: string[] = [];
  let line: string[] = [];
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    let chars = Array.from(word);
    const room = line.length === 0 ? max : max - line.length - 1;
    if (chars.length <= room) {
      if (line.length) line.push(' ');
      line.push(...chars);
      continue;
    }
    if (line.length) lines.push(line.join(''));
    line = [];
    while (breakLongWords && chars.length > max) {
      const cut = cutAt(chars, max);
      lines.push(chars.slice(0, cut).join(''));
      chars = chars.slice(cut);
    }
    line = chars;
  }
  if (line.length) lines.push(line.join(''));
  return lines;
}
