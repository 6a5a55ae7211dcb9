import { sourceCard } from '../series/chartData';
import type { ThemeName } from '../themes/themes';
import { THEMES } from '../themes/themes';
import { attributionLine } from '../export/attributionLine';
import { csvPackage } from '../export/csvPackage';
import { slideSvg } from '../export/slideSvg';
import { csvBytes } from '../export/toCsv';
import { download } from '../export/download';
import { exportFileName } from '../export/fileName';
import { standaloneSvg } from '../export/standaloneSvg';
import { svgToPng } from '../export/svgToPng';
import type { ChartChoices } from '../units/choices';
import type { ExportKind } from './CardActions';
import { chartPicture } from './chartPicture';
import { dataOf } from './useChartView';
import { describeChoices } from './describeChoices';
import type { ChartUnit, ChartView } from '../units/unit';
import { chartImageSvg } from './present/renderChartImage';

/*
 * Loaded on demand (dynamic import from ChartCard): none of this is in the first view.
 */

/** The width a picture is drawn at when the card has not been measured. */
const DEFAULT_WIDTH = 720;

/** The theme the reader sees now: chosen, or the system's. */
function currentTheme(): ThemeName {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark' || chosen === 'contrast') return chosen;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The sources of what the view shows (one measure of two, say), else all the chart's. */
const shownSources = (spec: ChartUnit, view: ChartView) =>
  (view.sources ?? spec.sources).map((id) => sourceCard(id)).filter((s) => s !== undefined);

/** The 16:9 picture for a slide, in the layout's CSS pixels (the PNG is twice this). */
const SLIDE = { width: 1920, height: 1080 } as const;

/**
 * Carry out a card's download. `width` is the chart's width on the page, so
 * the picture is laid out as the reader sees it; it is drawn again from data.
 */
export async function runExport(kind: ExportKind, spec: ChartUnit, choices: ChartChoices, link: string, width: number): Promise<void> {
  const view = spec.view(dataOf(spec), choices);
  const now = new Date();
  const sources = shownSources(spec, view);
  if (kind === 'csv') {
    const name = exportFileName({ dataset: spec.id, view: 'as shown', date: now, ext: 'csv' });
    download(csvBytes(view.table), name, 'text/csv;charset=utf-8');
    return;
  }
  if (kind === 'csvzip') {
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
  const theme = currentTheme();
  const line = attributionLine(shownSources(spec, view));
  if (kind === 'png169' || kind === 'svg169') {
    const slide = slideSvg({
      title: spec.title,
      finding: view.finding,
      sourceLine: line,
      url: link,
      downloadedAt: now,
      theme: THEMES[theme],
      chart: (w, h) => chartImageSvg(spec.id, choices, { width: w, height: h, theme, fontSize: 22 }),
      ...SLIDE,
    });
    const name = exportFileName({ dataset: spec.id, view: 'slide 16x9', date: now, ext: kind === 'png169' ? 'png' : 'svg' });
    if (kind === 'svg169') download(slide.svg, name, 'image/svg+xml');
    else download(await svgToPng(slide.svg, slide.width, slide.height, 1), name, 'image/png');
    return;
  }
  const chart = chartPicture(view.body, width > 0 ? width : DEFAULT_WIDTH, theme, spec.title);
  const picture = standaloneSvg({
    chartSvg: chart.markup,
    chartWidth: chart.width,
    chartHeight: chart.height,
    title: spec.title,
    subtitle: spec.subtitle,
    finding: view.finding,
    sourceLine: line,
    url: link,
    downloadedAt: now,
    theme: THEMES[theme],
  });
  const name = exportFileName({ dataset: spec.id, view: 'chart', date: now, ext: kind });
  if (kind === 'svg') download(picture.svg, name, 'image/svg+xml');
  else download(await svgToPng(picture.svg, picture.width, picture.height, 2), name, 'image/png');
}
