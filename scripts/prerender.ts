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
    const { renderTab, tabLabel } = (await import(pathToFileURL(join(ssrDir, 'entry-server.mjs')).href)) as typeof ServerEntry;
    const template = readFileSync(join(outDir, 'index.html'), 'utf8');
    for (const tab of TAB_IDS) {
      const html = renderTab(tab);
      let page = template.replace('<div id="root"></div>', `<div id="root">${html}</div>`);
      page = page.replace(
        /<title>[^<]*<\/title>/,
        `<title>${tab === 'overview' ? '' : `${escapeHtml(tabLabel(tab))} · `}Evidence Explorer: West of England Local Industrial Strategy</title>`,
      );
      if (tab === 'overview') {
        writeFileSync(join(outDir, 'index.html'), page);
      } else {
        // One folder down: relative asset URLs gain a "../".
        page = page.replace(/(src|href)="\.\/(assets\/|favicon)/g, '$1="../$2');
        mkdirSync(join(outDir, tab), { recursive: true });
        writeFileSync(join(outDir, tab, 'index.html'), page);
      }
    }
  } finally {
    rmSync(ssrDir, { recursive: true, force: true });
  }
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
