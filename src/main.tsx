import 'virtual:theme.css';
import './dashboard/styles.css';
import './dashboard/print/print.css';
import './dashboard/embed/embed.css';
import { applyThemeFromUrl } from './dashboard/applyThemeFromUrl';
import { captureEarlyInput } from './earlyInput';

/*
 * The first load is the prerendered page, its CSS and this file: every chart,
 * finding, source and table is already on screen. React and the chart code
 * arrive as a second chunk, fetched when the browser is idle after first
 * paint or at the reader's first move towards the page, whichever comes first.
 * Until then, what the reader does is recorded and replayed once hydrated.
 */
applyThemeFromUrl(document.documentElement, window.location.search);

const EVENTS = ['pointerdown', 'pointermove', 'keydown', 'focusin', 'touchstart', 'wheel'] as const;
const root = document.getElementById('root');
const prerendered = root?.firstElementChild;
const early = root && prerendered ? captureEarlyInput(root, document.documentElement) : undefined;
let started = false;
function start(): void {
  if (started) return;
  started = true;
  for (const e of EVENTS) window.removeEventListener(e, start, true);
  void import('./boot').then(async ({ boot, warmChunks }) => {
    await boot(early);
    warmChunks();
  });
}

if (!prerendered) start();
else {
  for (const e of EVENTS) window.addEventListener(e, start, { capture: true, passive: true });
  // Safari has no requestIdleCallback.
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(start, { timeout: 1000 });
  else setTimeout(start, 50);
}
