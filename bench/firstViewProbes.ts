/**
 * Two figures of a cold load that the main probe (run.ts loadProbe) does not take:
 *  - DOM nodes at first paint: every node of the document (elements, text,
 *    comments) counted in each animation frame until the first contentful
 *    paint has been reported: what the first style and layout had to handle;
 *  - JavaScript and data loaded before interactive: the scripts whose response
 *    ended before the page hydrated, each gzipped (level 9) from the built site,
 *    as a server would send them (the bench's static server does not compress).
 */
import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/** Injected before the page's own scripts; a plain string (tsx helpers do not exist in the page). */
export const FIRST_PAINT_PROBE = `(() => {
  const state = { nodes: null, painted: false };
  window.__benchFirstPaint = state;
  const count = () => {
    let n = 0;
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    while (walker.nextNode()) n++;
    return n;
  };
  try {
    new PerformanceObserver((list) => {
      if (list.getEntries().some((e) => e.name === 'first-contentful-paint')) state.painted = true;
    }).observe({ type: 'paint', buffered: true });
  } catch (e) {}
  const tick = () => {
    if (state.painted && state.nodes !== null) return;
    state.nodes = count();
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

export interface FirstViewFigures {
  /** Nodes in the document in the frame of the first contentful paint. */
  readonly nodes: number;
  /** Gzipped bytes of the scripts received before `hydratedAt`. */
  readonly beforeInteractiveGzip: number;
  /** Those scripts, relative to the site. */
  readonly scripts: readonly string[];
}

const gzipCache = new Map<string, number>();
const gzipSize = (file: string): number => {
  let n = gzipCache.get(file);
  if (n === undefined) {
    n = gzipSync(readFileSync(file), { level: 9 }).length;
    gzipCache.set(file, n);
  }
  return n;
};

/** Read the figures once the page has hydrated at `hydratedAt` (ms from navigation start). */
export async function firstViewFigures(page: Page, site: string, hydratedAt: number): Promise<FirstViewFigures> {
  const seen = (await page.evaluate(`(() => ({
    nodes: window.__benchFirstPaint ? window.__benchFirstPaint.nodes : null,
    scripts: performance.getEntriesByType('resource')
      .filter((e) => /\\.m?js$/.test(new URL(e.name).pathname))
      .map((e) => ({ path: new URL(e.name).pathname, end: e.responseEnd })),
  }))()`)) as { nodes: number | null; scripts: { path: string; end: number }[] };
  const scripts = seen.scripts.filter((s) => s.end <= hydratedAt).map((s) => decodeURIComponent(s.path).replace(/^\//, ''));
  let bytes = 0;
  for (const s of scripts) {
    const file = join(site, s);
    if (!file.startsWith(site + sep)) throw new Error(`bench: ${s} is outside the site`);
    bytes += gzipSize(file);
  }
  return { nodes: seen.nodes ?? Number.NaN, beforeInteractiveGzip: bytes, scripts };
}
