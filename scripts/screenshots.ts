/**
 * Screenshots of every tab for looking at, and for docs/screenshots.
 * Usage: tsx scripts/screenshots.ts [outDir] [tab ...]   (builds nothing: run `npm run build` first)
 * VIEWS=light,phone picks views; FOLD=1 takes the first screenful only (as docs/screenshots does), not the whole page.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium, openPage } from '../tests/browser/support/browser';
import { serve } from '../tests/browser/support/server';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, process.argv[2] ?? '.tmp/shots');
const only = process.argv.slice(3);
const TABS = ['overview', 'inclusive-growth', 'innovation', 'clean-growth', 'infrastructure', 'business', 'compare', 'workshop'];
const VIEWS = [
  { name: 'light', width: 1280, height: 800, colorScheme: 'light' as const, query: '' },
  { name: 'dark', width: 1280, height: 800, colorScheme: 'dark' as const, query: '' },
  { name: 'phone', width: 390, height: 844, colorScheme: 'light' as const, query: '' },
  { name: 'contrast', width: 1280, height: 800, colorScheme: 'light' as const, query: '?theme=contrast' },
];
const views = process.env.VIEWS ? VIEWS.filter((v) => process.env.VIEWS?.split(',').includes(v.name)) : VIEWS;

mkdirSync(out, { recursive: true });
const server = await serve(resolve(root, 'dist'));
const browser = await launchChromium();
try {
  for (const tab of only.length ? only : TABS) {
    for (const v of views) {
      const url = `${server.url}${tab === 'overview' ? '' : `${tab}/`}${v.query}`;
      const p = await openPage(browser, url, v);
      await p.page.waitForTimeout(150);
      const file = `${out}/${tab}-${v.name}.png`;
      // Cards off screen skip rendering (content-visibility: auto) and a whole-page capture does not scroll to them: draw them all.
      if (process.env.FOLD !== '1')
        await p.page.evaluate(() => {
          for (const el of document.querySelectorAll<HTMLElement>('.ee-card')) el.style.contentVisibility = 'visible';
        });
      await p.page.screenshot({ path: file, fullPage: process.env.FOLD !== '1' });
      const problems = [...p.consoleErrors, ...p.pageErrors, ...p.failedRequests];
      console.log(file, problems.length ? problems : 'ok');
      await p.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
