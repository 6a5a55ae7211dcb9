import evidence from 'virtual:evidence';
import type { ThemeName } from '../charts/theme';
import { THEMES } from '../charts/theme';
import { csvPackage } from '../export/csvPackage';
import { download } from '../export/download';
import { exportFileName } from '../export/fileName';
import { standaloneSvg } from '../export/standaloneSvg';
import { svgToPng } from '../export/svgToPng';
import type { ChartChoices } from '../state/choices';
import type { ExportKind } from './CardActions';
import { describeChoices } from './describeChoices';
import type { ChartSpec } from './spec';

/*
 * Loaded on demand (dynamic import from ChartCard): none of this is in the first view.
 */

/** The theme the reader sees now: chosen, or the system's. */
function currentTheme(): ThemeName {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark' || chosen === 'contrast') return chosen;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The live chart's SVG, without what only the page needs (focus targets, ring). */
function chartMarkup(chartId: string): { markup: string; width: number; height: number } {
  const svg = document.querySelector<SVGSVGElement>(`[data-chart="${CSS.escape(chartId)}"] svg.ee-chart`);
  if (!svg) throw new Error('the chart is not on screen: switch off the table view first');
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.querySelectorAll('.ee-focus-layer').forEach((n) => n.remove());
  const [, , w, h] = (copy.getAttribute('viewBox') ?? '0 0 640 360').split(/\s+/).map(Number);
  return { markup: new XMLSerializer().serializeToString(copy), width: w ?? 640, height: h ?? 360 };
}

/** Each source's own attribution line (the licences ask for it), with its vintage. */
const sourceLine = (spec: ChartSpec): string =>
  spec.sources
    .map((id) => evidence.sources[id])
    .filter((s) => s !== undefined)
    .map((s) => `${s.attribution.replace(/\.$/, '')} (${s.vintage}).`)
    .join(' ');

export async function runExport(kind: ExportKind, spec: ChartSpec, choices: ChartChoices, link: string): Promise<void> {
  const view = spec.view(choices);
  const now = new Date();
  const sources = spec.sources.map((id) => evidence.sources[id]).filter((s) => s !== undefined);
  if (kind === 'csv') {
    const pkg = csvPackage({
      table: view.table,
      dataset: spec.id,
      title: spec.title,
      subtitle: spec.subtitle,
      finding: view.finding,
      sources,
      url: link,
      downloadedAt: now,
      view: 'as shown',
      filters: describeChoices(spec, choices),
    });
    download(pkg.bytes, pkg.name, 'application/zip');
    return;
  }
  const chart = chartMarkup(spec.id);
  const picture = standaloneSvg({
    chartSvg: chart.markup,
    chartWidth: chart.width,
    chartHeight: chart.height,
    title: spec.title,
    subtitle: spec.subtitle,
    finding: view.finding,
    sourceLine: sourceLine(spec),
    url: link,
    downloadedAt: now,
    theme: THEMES[currentTheme()],
  });
  const name = exportFileName({ dataset: spec.id, view: 'chart', date: now, ext: kind });
  if (kind === 'svg') download(picture.svg, name, 'image/svg+xml');
  else download(await svgToPng(picture.svg, picture.width, picture.height, 2), name, 'image/png');
}
