import { createRoot, hydrateRoot } from 'react-dom/client';
import { loadDeckPanel } from './dashboard/DeckPanelSlot';
import { loadPresentation } from './dashboard/present/PresentationSlot';
import { specById } from './dashboard/deck';
import { EmbedRoot } from './dashboard/embed/EmbedRoot';
import { embedStore } from './dashboard/embed/embedStore';
import { loadAllKinds, loadKindsOf } from './dashboard/chartKinds';
import { loadWorkshop } from './dashboard/WorkshopSlot';
import { homeTab } from './dashboard/homeTab';
import { tabById } from './dashboard/tabs';
import { loadAllData, loadTabData } from './series/chartData';
import type { EarlyInput } from './earlyInput';
import { Root } from './Root';
import { pageBase, splitPath } from './state/route';
import { createChoicesStore, INITIAL } from './state/store';

/**
 * Hydrate the prerendered page (or render, on the dev server's empty shell).
 * The store starts from exactly what the server rendered for this page (its
 * tab, default choices); UrlSync applies the rest of the URL once hydrated,
 * then what the reader did before hydration is replayed.
 */
export async function boot(early?: EarlyInput): Promise<void> {
  const root = document.getElementById('root');
  if (!root) return;
  // An embed page (embed/<chart-id>/) names its chart; it hydrates the card alone.
  const embedded = specById(document.querySelector<HTMLMetaElement>('meta[name="ee-embed"]')?.content ?? '');
  if (embedded) {
    early?.stop();
    // Its home tab's data (the prerender preloads the same: scripts/prerender.ts).
    await loadTabData(homeTab(embedded.id));
    await loadKindsOf([embedded]);
    hydrateRoot(root, <EmbedRoot store={embedStore(embedded.id)} spec={embedded} />);
    return;
  }
  const { tab } = splitPath(window.location.pathname, pageBase());
  // A link that opens presenting: its chunk comes along, so the first slide needs no second wait.
  if (new URLSearchParams(window.location.search).get('present') === '1') void loadPresentation();
  // The page's own charts' data, and on the Workshop page its chunk: in before hydration, so the markup matches.
  await Promise.all([loadTabData(tab), tab === 'workshop' ? loadWorkshop() : undefined]);
  // And the chart kinds those charts draw (each kind is its own chunk).
  await loadKindsOf(tabById(tab).charts);
  const store = createChoicesStore({ ...INITIAL, tab });
  if (!root.firstElementChild) {
    createRoot(root).render(<Root store={store} />);
    return;
  }
  if (early) {
    // From here React handles events itself (it hydrates what is clicked first).
    early.stop();
    if (early.pending()) void loadPresentation();
    afterHydration(early.replay);
  }
  hydrateRoot(root, <Root store={store} />);
}

/** Run `then` once UrlSync has marked <html data-hydrated>: after hydration's effects, before the next paint. */
function afterHydration(then: () => void): void {
  const html = document.documentElement;
  const observer = new MutationObserver(() => {
    if (html.dataset.hydrated !== 'true') return;
    observer.disconnect();
    then();
  });
  observer.observe(html, { attributes: true, attributeFilter: ['data-hydrated'] });
}

/**
 * Once the page is interactive, fetch the on-demand chunks in the background:
 * presenting and exporting then work offline, and start at once.
 */
export function warmChunks(): void {
  const go = () => {
    void loadPresentation();
    void loadDeckPanel();
    void import('./dashboard/exportCard');
    // The other tabs' charts' data: opening a tab, or a deck spanning tabs, then needs no wait.
    void loadAllData();
    void loadAllKinds();
  };
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(go, { timeout: 3000 });
  else setTimeout(go, 500);
}
