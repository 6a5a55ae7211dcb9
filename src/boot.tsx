import { createRoot, hydrateRoot } from 'react-dom/client';
import { specById } from './dashboard/deck';
import { EmbedRoot } from './dashboard/embed/EmbedRoot';
import { embedStore } from './dashboard/embed/embedStore';
import { loadWorkshop } from './dashboard/WorkshopSlot';
import { Root } from './Root';
import { pageBase, splitPath } from './state/route';
import { createChoicesStore, INITIAL } from './state/store';

/**
 * Hydrate the prerendered page (or render, on the dev server's empty shell).
 * The store starts from exactly what the server rendered for this page (its
 * tab, default choices); UrlSync applies the rest of the URL once hydrated.
 */
export async function boot(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) return;
  // An embed page (embed/<chart-id>/) names its chart; it hydrates the card alone.
  const embedded = specById(document.querySelector<HTMLMetaElement>('meta[name="ee-embed"]')?.content ?? '');
  if (embedded) {
    hydrateRoot(root, <EmbedRoot store={embedStore(embedded.id)} spec={embedded} />);
    return;
  }
  const { tab } = splitPath(window.location.pathname, pageBase());
  // The Workshop page was prerendered with its chunk: load it first so hydration matches.
  if (tab === 'workshop') await loadWorkshop();
  const store = createChoicesStore({ ...INITIAL, tab });
  if (root.firstElementChild) hydrateRoot(root, <Root store={store} />);
  else createRoot(root).render(<Root store={store} />);
}

/**
 * Once the page is interactive, fetch the on-demand chunks in the background:
 * presenting and exporting then work offline, and start at once.
 */
export function warmChunks(): void {
  const go = () => {
    void import('./dashboard/present/Presentation');
    void import('./dashboard/exportCard');
  };
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(go, { timeout: 3000 });
  else setTimeout(go, 500);
}
