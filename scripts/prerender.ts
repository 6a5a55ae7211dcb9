/**
 * Render every tab's default view to static HTML at build time: charts,
 * findings, sources and tables are on screen at first paint and readable
 * without JavaScript. Each tab gets its own page, <base>/<tab-id>/index.html.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { TAB_IDS } from '../src/datasets/tabIds';
import type * as ServerEntry from '../src/entry-server';
import { awaitedPreloads, withBootPreload } from './bootPreload';
import { prerenderEmbeds } from './prerenderEmbeds';

/**
 * The Content Security Policy every page carries, as a <meta http-equiv> tag,
 * so the site is protected on any static host, even one that sets no headers.
 * Everything comes from the site's own origin: no inline script or style, no
 * eval, nothing fetched from elsewhere. Images may also be data: and blob:
 * URLs (the PNG export draws the chart's SVG from a blob: URL onto a canvas).
 * A <meta> policy cannot carry frame-ancestors (nor report-uri or sandbox):
 * README "Security" gives the header form for servers, which adds it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The policy as the first element of <head>: a <meta> policy only governs
 * what the parser meets after it, so nothing may come before it.
 */
export function withCsp(html: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) throw new Error('prerender: the page template has no <head> to put the Content-Security-Policy in');
  const at = head.index + head[0].length;
  const indent = /\n([ \t]*)</.exec(html.slice(at))?.[1] ?? '';
  return `${html.slice(0, at)}\n${indent}<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}" />${html.slice(at)}`;
}

/**
 * Stylesheets straight after the policy, before the entry script and the
 * modulepreloads: the page cannot paint until its CSS is in, and a browser
 * issues requests in document order, so the stylesheet should not queue
 * behind twenty scripts that hydration needs only later.
 */
export function withStylesheetsFirst(html: string): string {
  const csp = /([ \t]*)<meta http-equiv="Content-Security-Policy"[^>]*>\n/.exec(html);
  if (!csp) throw new Error('prerender: the stylesheets go after the Content-Security-Policy, which the page does not have yet');
  const indent = csp[1] as string;
  const links: string[] = [];
  const rest = html.replace(/[ \t]*(<link\b[^>]*\brel="stylesheet"[^>]*>)\n?/g, (_, link: string) => {
    links.push(`${indent}${link}\n`);
    return '';
  });
  const at = rest.indexOf(csp[0]) + csp[0].length;
  return `${rest.slice(0, at)}${links.join('')}${rest.slice(at)}`;
}

export async function prerender({ root, outDir }: { root: string; outDir: string; base: string }): Promise<void> {
  const ssrDir = resolve(root, `.tmp/ssr-${process.pid}`);
  try {
    await build({
      root,
      configLoader: 'bundle',
      logLevel: 'warn',
      build: {
        ssr: 'src/entry-server.tsx',
        outDir: ssrDir,
        emptyOutDir: true,
        rollupOptions: { output: { entryFileNames: 'entry-server.mjs' } },
      },
    });
    const { renderTab, pageTitle, renderEmbed, TABS, kindsOfTab, kindsOfChart, KIND_CHUNKS, homeTab } = (await import(
      pathToFileURL(join(ssrDir, 'entry-server.mjs')).href
    )) as typeof ServerEntry;
    const template = withStylesheetsFirst(withBootPreload(withCsp(readFileSync(join(outDir, 'index.html'), 'utf8')), outDir));
    const withAwaitedPreloads = awaitedPreloads(outDir);
    for (const tab of TAB_IDS) {
      const html = renderTab(tab);
      let page = template.replace('<div id="root"></div>', `<div id="root">${html}</div>`);
      // What the boot chunk loads before hydrating: the tab's data, the chart kinds it draws, the Workshop chunk there.
      page = withAwaitedPreloads(page, [
        `_virtual_evidence-${tab}`,
        ...kindsOfTab(tab).map((k) => KIND_CHUNKS[k]),
        ...(tab === 'workshop' ? ['WorkshopTab'] : []),
      ]);
      // The page says where the site starts, so a host folder named like a tab cannot mislead the app.
      page = page.replace('</title>', `</title>\n    <meta name="ee-base" content="${tab === 'overview' ? './' : '../'}" />`);
      page = page.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(pageTitle(tab))}</title>`);
      if (tab === 'overview') {
        writeFileSync(join(outDir, 'index.html'), page);
      } else {
        // One folder down: relative asset URLs gain a "../".
        page = page.replace(/(src|href)="\.\/assets\//g, '$1="../assets/');
        mkdirSync(join(outDir, tab), { recursive: true });
        writeFileSync(join(outDir, tab, 'index.html'), page);
      }
    }
    prerenderEmbeds({
      template,
      outDir,
      charts: [...new Map(TABS.flatMap((t) => t.charts).map((c) => [c.id, c])).values()],
      render: renderEmbed,
      preload: (page, chartId) =>
        // The data of the chart's home tab, which the embed's boot loads (src/boot.tsx), and the kinds it draws.
        withAwaitedPreloads(page, [`_virtual_evidence-${homeTab(chartId)}`, ...kindsOfChart(chartId).map((k) => KIND_CHUNKS[k])]),
    });
  } finally {
    rmSync(ssrDir, { recursive: true, force: true });
  }
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
