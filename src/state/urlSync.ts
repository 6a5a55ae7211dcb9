import { splitPath } from './route';
import type { ChoicesStore } from './store';
import { subscribeChoices } from './store';
import { decodeUrl, encodeUrl } from './url';

/**
 * Mirror the store in the address bar: a new tab is a history entry (so
 * back and forward move between visited tabs); other choices replace the
 * current entry. Applies the URL's choices first. Returns a function that stops the sync.
 */
export function startUrlSync(store: ChoicesStore, win: Window = window): () => void {
  const loc = win.location;
  const { base } = splitPath(loc.pathname);
  store.getState().actions.restore(decodeUrl(loc.pathname, loc.search));
  const unsubscribe = subscribeChoices(store, (c, prev) => {
    const url = encodeUrl(base, c);
    if (url + loc.hash === loc.pathname + loc.search + loc.hash) return;
    if (c.tab !== prev.tab) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url + loc.hash);
  });
  const onPop = () => store.getState().actions.restore(decodeUrl(loc.pathname, loc.search));
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
