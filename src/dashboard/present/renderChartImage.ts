import type { Theme, ThemeName } from '../../themes/themes';
import { THEMES } from '../../themes/themes';
import { paint, paletteOf } from '../../themes/palette';
import { escapeXml } from '../../export/escapeXml';
import { svgToPng } from '../../export/svgToPng';
import type { ChartChoices } from '../../units/choices';
import { withDefaults } from '../../units/withDefaults';
import { chartPicture } from '../chartPicture';
import { specById } from '../deck';
import { dataOf } from '../useChartView';

/*
 * The one place that turns a chart and its choices into a picture for a slide.
 * It draws from data, not from the page, so a chart of a custom deck that is
 * on another tab (or hidden behind its table) renders all the same.
 * Browser only (canvas). Loaded on demand, with the PowerPoint export.
 */

export interface ChartImageOptions {
  /** Layout size in CSS pixels; the PNG is twice this. */
  readonly width: number;
  readonly height: number;
  /** "projector": the presentation's colours (no grey text, black on white). */
  readonly theme: ThemeName | 'projector';
  /** Chart text size in layout pixels. */
  readonly fontSize?: number;
}

export interface ChartImage {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** The colours presentation mode uses in the light theme (styles.css, .ee-present): black text and axes, no grey labels. */
export const PROJECTOR_THEME: Theme = {
  ...THEMES.light,
  text: '#000000',
  muted: '#000000',
  axis: '#000000',
  grid: '#c4c4c4',
  surface: '#ffffff',
  background: '#ffffff',
};

const LEGEND_ROW = 1.8;
const FONT = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";

/** Legend entries for kinds without labels at the line ends: a swatch and a label each, wrapped into rows. */
function legendMarkup(
  items: readonly { label: string; color: string; dash?: string; hidden: boolean }[],
  width: number,
  size: number,
  text: string,
) {
  const parts: string[] = [];
  let x = 0;
  let row = 0;
  for (const item of items.filter((i) => !i.hidden)) {
    const w = size * 2 + item.label.length * size * 0.58 + size;
    if (x > 0 && x + w > width) {
      x = 0;
      row++;
    }
    const y = row * size * LEGEND_ROW + size * 0.7;
    parts.push(
      `<line x1="${x}" x2="${x + size * 1.5}" y1="${y - size * 0.35}" y2="${y - size * 0.35}" stroke="${escapeXml(item.color)}" stroke-width="${size * 0.4}"${item.dash ? ` stroke-dasharray="${escapeXml(item.dash)}"` : ''}/>` +
        `<text x="${x + size * 2}" y="${y}" font-size="${size}" fill="${escapeXml(text)}">${escapeXml(item.label)}</text>`,
    );
    x += w;
  }
  return { markup: parts.join(''), height: parts.length ? (row + 1) * size * LEGEND_ROW : 0 };
}

/** The chart (and its legend, where it has one) as a standalone SVG of exactly width × height, in concrete colours. */
export function chartImageSvg(chartId: string, choices: ChartChoices, options: ChartImageOptions): string {
  const spec = specById(chartId);
  if (!spec) throw new Error(`renderChartImage: there is no chart "${chartId}"`);
  const theme = options.theme === 'projector' ? PROJECTOR_THEME : THEMES[options.theme];
  const { width, height } = options;
  const fontSize = options.fontSize ?? Math.max(16, Math.round(width / 48));
  const view = spec.view(dataOf(spec), withDefaults(spec, choices));
  const showLegend = view.legend && view.body.kind !== 'line' && view.body.kind !== 'slope';
  // A margin all round: axis labels and legend text may reach a little past the chart's own box.
  const pad = fontSize;
  const inner = width - 2 * pad;
  const legend =
    showLegend && view.legend
      ? legendMarkup(
          view.legend.map((i) => ({ ...i, color: paint(paletteOf(theme), i.color) })),
          inner,
          fontSize,
          theme.text,
        )
      : { markup: '', height: 0 };
  const chartHeight = height - legend.height - 2 * pad;
  const chart = chartPicture(view.body, inner, theme, spec.title, { height: chartHeight, fontSize });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">` +
    `<rect width="${width}" height="${height}" fill="${escapeXml(theme.surface)}"/>` +
    `<g transform="translate(${pad},${pad})">${legend.markup}</g>` +
    `<svg x="${pad}" y="${pad + legend.height}" width="${inner}" height="${chartHeight}" viewBox="0 0 ${chart.width} ${chart.height}" overflow="visible" color="${escapeXml(theme.text)}">${chart.markup}</svg>` +
    '</svg>'
  );
}

/** A chart as a PNG at twice its layout size: sharp on a projector and in print. */
export async function renderChartImage(chartId: string, choices: ChartChoices, options: ChartImageOptions): Promise<ChartImage> {
  const svg = chartImageSvg(chartId, choices, options);
  const blob = await svgToPng(svg, options.width, options.height, 2);
  return { png: new Uint8Array(await blob.arrayBuffer()), width: options.width * 2, height: options.height * 2 };
}
