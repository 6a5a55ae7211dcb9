import type { Theme } from '../themes/themes';
import { escapeXml } from './escapeXml';
import { exportDate } from './exportDate';
import { EXPORT_FONT_STACK, wrapText } from './wrapText';

/**
 * A chart as a 16:9 picture for a slide (1920×1080 by default): the title and
 * the key finding above, the chart filling the middle, and the footer (sources,
 * one licence line, link and date) below. The chart is drawn by the caller at
 * exactly the size left for it, so nothing is scaled and the text stays legible.
 */

export interface SlideSvgInput {
  readonly title: string;
  readonly finding: string;
  /** Sources and licence, as one line (see attributionLine). */
  readonly sourceLine: string;
  readonly url: string;
  readonly downloadedAt: Date;
  readonly theme: Theme;
  /** Draws the chart as a standalone <svg> of exactly width × height. */
  readonly chart: (width: number, height: number) => string;
  readonly width?: number;
  readonly height?: number;
}

export interface SlideSvg {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

/** Average advance of a character, in em: erring wide so lines do not overflow. */
const CHAR_EM = 0.56;
const LINE = 1.25;

export function slideSvg(input: SlideSvgInput): SlideSvg {
  const width = input.width ?? 1920;
  const height = input.height ?? 1080;
  const pad = Math.round(width / 30);
  const inner = width - 2 * pad;
  const u = width / 1920;
  const block = (text: string, size: number, max = 3) => {
    const lines = wrapText(text, inner / (size * CHAR_EM)).slice(0, max);
    return { lines, size, height: lines.length * size * LINE };
  };
  const title = block(input.title, Math.round(44 * u), 2);
  const finding = block(input.finding, Math.round(28 * u), 3);
  const footer = [input.sourceLine, `View online: ${input.url} · Downloaded ${exportDate(input.downloadedAt).long}`]
    .filter(Boolean)
    .map((t) => block(t, Math.round(18 * u), 3));
  const gap = Math.round(24 * u);
  const top = pad + title.height + gap / 2 + finding.height + gap;
  const footerHeight = footer.reduce((h, b) => h + b.height, 0);
  const chartHeight = Math.max(100, height - top - gap - footerHeight - pad);
  const parts: string[] = [];
  let y = pad;
  const text = (b: ReturnType<typeof block>, fill: string, bold = false) => {
    if (!b.lines.length) return;
    const spans = b.lines
      .map((l, i) => `<tspan x="${pad}" y="${Math.round(y + b.size + i * b.size * LINE)}">${escapeXml(l)}</tspan>`)
      .join('');
    parts.push(`<text font-size="${b.size}" fill="${escapeXml(fill)}"${bold ? ' font-weight="bold"' : ''}>${spans}</text>`);
    y += b.height;
  };
  text(title, input.theme.text, true);
  y += gap / 2;
  text(finding, input.theme.text);
  y = top;
  parts.push(`<g transform="translate(${pad},${Math.round(y)})">${input.chart(inner, Math.round(chartHeight))}</g>`);
  y = height - pad - footerHeight;
  for (const b of footer) text(b, input.theme.muted);
  const svg =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(EXPORT_FONT_STACK)}" role="img">` +
    `<title>${escapeXml(input.title)}</title><desc>${escapeXml(input.finding)}</desc>` +
    `<rect width="${width}" height="${height}" fill="${escapeXml(input.theme.surface)}"/>` +
    parts.join('') +
    '</svg>\n';
  return { svg, width, height };
}
