/**
 * Present on a hydrated page: from the click on Present to the first slide's
 * chart in the DOM and painted. The page is hydrated and idle (the
 * presentation chunk fetched in the background, as a reader's page is a
 * moment after loading). Each run clicks Present at the start of a frame,
 * waits for the slide's SVG with data shapes, notes the end of the main-thread
 * work of that frame (a MessageChannel task posted in it runs after its style,
 * layout and paint), then leaves with Esc and lets the page settle.
 */
import type { Browser } from 'playwright-core';

const PRESENT = `(() => {
  const slideDrawn = () => {
    const svg = document.querySelector('.ee-present .ee-slide svg.ee-chart');
    if (!svg) return false;
    for (const el of svg.querySelectorAll('path, rect, circle, polygon, polyline')) if (!el.closest('.ee-focus-layer, .ee-axis')) return true;
    return false;
  };
  const settle = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50))));
  window.__benchPresent = () =>
    new Promise((resolve, reject) => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Present');
      if (!button) return reject(new Error('no Present button'));
      let t0 = 0;
      let frames = 0;
      const afterPaint = () => {
        const channel = new MessageChannel();
        channel.port1.onmessage = async () => {
          const paint = performance.now() - t0;
          const dialog = document.querySelector('.ee-present');
          dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
          await settle();
          if (document.querySelector('.ee-present')) return reject(new Error('Esc did not leave the presentation'));
          resolve({ paint, frames });
        };
        channel.port2.postMessage(null);
      };
      const onFrame = () => {
        frames++;
        if (slideDrawn()) afterPaint();
        else if (frames > 600) reject(new Error('no slide appeared'));
        else requestAnimationFrame(onFrame);
      };
      requestAnimationFrame(() => {
        t0 = performance.now();
        button.click();
        Promise.resolve().then(() => {
          frames = 1;
          if (slideDrawn()) afterPaint();
          else requestAnimationFrame(onFrame);
        });
      });
    });
})();`;

export interface PresentSample {
  /** Click → end of the main-thread work of the first frame showing the slide's chart, ms. */
  readonly paint: number;
  /** Frames it took (1 = the frame of the click). */
  readonly frames: number;
}

/**
 * The first click on Present of `runs` fresh pages of `url` (at most 10): each page loaded, hydrated and idle
 * with the presentation chunk fetched, as a reader's page is a moment after loading. The first click is the
 * one a reader meets: a later one finds React's lazy components, if any, already resolved.
 */
export async function presentTiming(browser: Browser, url: string, viewport: { width: number; height: number }, runs: number) {
  const context = await browser.newContext({ viewport, colorScheme: 'light', reducedMotion: 'no-preference' });
  try {
    const samples: PresentSample[] = [];
    for (let i = 0; i < Math.min(runs, 10); i++) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.mouse.move(10, 10); // the first move starts hydration at once
      await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', undefined, { timeout: 20_000 });
      // The presentation chunk is fetched in the background once idle: wait for it.
      await page.waitForFunction(
        () =>
          (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).some(
            (e) => /\/Presentation-[^/]*\.js$/.test(e.name) && e.responseEnd > 0,
          ),
        undefined,
        { timeout: 20_000 },
      );
      await page.waitForTimeout(300);
      await page.evaluate(PRESENT);
      samples.push((await page.evaluate('window.__benchPresent()')) as PresentSample);
      await page.close();
    }
    return samples;
  } finally {
    await context.close();
  }
}
