import type { Theme } from '../themes/themes';
import { escapeXml, stripNonXml } from './escapeXml';
import { exportDate } from './exportDate';
import { OGL_STATEMENT } from './attributionLine';
import { EXPORT_FONT_STACK, wrapText } from './wrapText';

/**
 * The chart as a picture that stands on its own in a report or slide: title,
 * subtitle, the chart, the key finding, and a footer with source, licence,
 * link and date, because a chart pasted elsewhere without them cannot be
 * checked or credited. One SVG file with concrete colours, no scripts and no
 * external references, so it looks the same in any viewer and is safe to open.
 *
 * The chart is drawn from its data for the picture (never copied out of the
 * page): React renders the same chart body with the theme's concrete palette
 * to static markup, which escapes every text from the data. Nothing here
 * parses or rewrites markup.
 */

export interface StandaloneSvgInput {
  /** The chart's drawing: SVG elements rendered from data with concrete colours (see dashboard/chartPicture.tsx), no outer <svg>. */
  readonly chartSvg: string;
  readonly chartWidth: number;
  readonly chartHeight: number;
  readonly title: string;
  readonly subtitle: string;
  readonly finding: string;
  /** e.g. "Source: Office for National Statistics. Contains public sector information licensed under the Open Government Licence v3.0" */
  readonly sourceLine: string;
  /** Link that reopens this view. */
  readonly url: string;
  readonly downloadedAt: Date;
  readonly theme: Theme;
}

export interface StandaloneSvg {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

const PAD = 20;
const LINE = 1.3;
/** Average advance of a character in the font stack, in em: an estimate, erring wide so lines do not overflow. */
const CHAR_EM = 0.55;

const n = (v: number): string => String(Math.round(v * 100) / 100);

interface Block {
  readonly text: string;
  readonly size: number;
  readonly fill: string;
  readonly bold?: boolean;
}

/** A wrapped paragraph as one <text> with a <tspan> a line; returns its markup and height. */
function paragraph(b: Block, y: number, width: number): { markup: string; height: number } {
  const lines = wrapText(b.text, width / (b.size * CHAR_EM));
  if (lines.length === 0) return { markup: '', height: 0 };
  const lh = b.size * LINE;
  const spans = lines.map((l, i) => `<tspan x="${PAD}" y="${n(y + b.size + i * lh)}">${escapeXml(l)}</tspan>`).join('');
  const weight = b.bold ? ' font-weight="bold"' : '';
  return {
    markup: `<text font-size="${b.size}" fill="${escapeXml(b.fill)}"${weight}>${spans}</text>\n`,
    height: lines.length * lh,
  };
}

/** The footer names the Open Government Licence whenever the source line does, unless it already carries the statement. */
function footerLines(sourceLine: string, url: string, downloadedAt: Date): string[] {
  const lines = [sourceLine];
  const ogl = /Open Government Licen[cs]e|\bOGL\b/i.test(sourceLine);
  if (ogl && !/Contains public sector information/i.test(sourceLine)) lines.push(OGL_STATEMENT);
  lines.push(`View online: ${url}`, `Downloaded ${exportDate(downloadedAt).long}`);
  return lines;
}

export function standaloneSvg(input: StandaloneSvgInput): StandaloneSvg {
  const { chartWidth, chartHeight, theme } = input;
  if (!(chartWidth > 0 && chartHeight > 0 && Number.isFinite(chartWidth) && Number.isFinite(chartHeight))) {
    throw new Error(`standaloneSvg: the chart size ${chartWidth}×${chartHeight} is not a positive finite size`);
  }
  const width = chartWidth + 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  const add = (b: Block, gapAfter: number) => {
    const p = paragraph(b, y, chartWidth);
    if (!p.height) return;
    parts.push(p.markup);
    y += p.height + gapAfter;
  };

  add({ text: input.title, size: 18, fill: theme.text, bold: true }, 4);
  add({ text: input.subtitle, size: 13, fill: theme.muted }, 0);
  y += 12;

  // overflow="visible": end-of-line labels may run past the chart's box, as on the page.
  const box = `x="${n(PAD)}" y="${n(y)}" width="${n(chartWidth)}" height="${n(chartHeight)}" viewBox="0 0 ${n(chartWidth)} ${n(chartHeight)}"`;
  parts.push(`<svg ${box} overflow="visible" color="${escapeXml(theme.text)}">${stripNonXml(input.chartSvg)}</svg>\n`);
  y += chartHeight + 12;

  add({ text: input.finding, size: 13, fill: theme.text }, 10);
  for (const line of footerLines(input.sourceLine, input.url, input.downloadedAt)) add({ text: line, size: 11, fill: theme.muted }, 2);
  const height = Math.ceil(y + PAD);

  const svg =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${n(width)}" height="${height}" viewBox="0 0 ${n(width)} ${height}" font-family="${escapeXml(EXPORT_FONT_STACK)}" role="img">\n` +
    `<title>${escapeXml(input.title)}</title>\n<desc>${escapeXml(input.finding)}</desc>\n` +
    `<rect width="${n(width)}" height="${height}" fill="${escapeXml(theme.surface)}"/>\n` +
    parts.join('') +
    '</svg>\n';
  return { svg, width, height };
}
