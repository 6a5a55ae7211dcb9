/**
 * One embed page per chart, <base>/embed/<chart-id>/index.html: the card
 * alone, prerendered like the tabs and hydrated by the same scripts. The page
 * names its chart (<meta name="ee-embed">) so the browser hydrates the card,
 * and is kept out of search results: the tab pages are the ones to find.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface EmbedInput {
  /** The page template with the CSP already in <head>. */
  readonly template: string;
  readonly outDir: string;
  readonly charts: readonly { readonly id: string; readonly title: string }[];
  readonly render: (chartId: string) => string;
  /** The page with modulepreloads for what its chart draws (before its asset URLs are moved down). */
  readonly preload?: (page: string, chartId: string) => string;
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

export function prerenderEmbeds({ template, outDir, charts, render, preload }: EmbedInput): void {
  for (const chart of charts) {
    if (!/^[a-z0-9-]+$/.test(chart.id)) throw new Error(`prerender: the chart id "${chart.id}" cannot be a folder name`);
    let page = template.replace('<div id="root"></div>', `<div id="root">${render(chart.id)}</div>`);
    if (preload) page = preload(page, chart.id);
    page = page.replace(
      '</title>',
      `</title>\n    <meta name="ee-base" content="../../" />\n    <meta name="ee-embed" content="${chart.id}" />\n    <meta name="robots" content="noindex" />`,
    );
    page = page.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(`${chart.title} – Evidence Explorer`)}</title>`);
    // Two folders down: relative asset URLs gain a "../../".
    page = page.replace(/(src|href)="\.\/assets\//g, '$1="../../assets/');
    mkdirSync(join(outDir, 'embed', chart.id), { recursive: true });
    writeFileSync(join(outDir, 'embed', chart.id, 'index.html'), page);
  }
}
