import { splitPath } from './route';
import type { ChartRules } from './rules';
import type { ChoicesStore } from './store';
import { subscribeChoices } from './store';
import { decodeUrl, encodeUrl } from './url';

/**
 * Mirror the store in the address bar: a new tab is a history entry (so
 * back and forward move between visited tabs); other choices replace the
 * current entry. Applies the URL's choices first. Returns a function that stops the sync.
 */
export function startUrlSync(store: ChoicesStore, rules: readonly ChartRules[], win: Window = window): () => void {
  const loc = win.location;
  const { base } = splitPath(loc.pathname);
  const restore = () => store.getState().actions.restore(decodeUrl(loc.pathname, loc.search, rules));
  restore();
  const unsubscribe = subscribeChoices(store, (c, prev) => {
    const url = encodeUrl(base, c, rules);
    if (url === loc.pathname + loc.search) return;
    if (c.tab !== prev.tab) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url + loc.hash);
  });
  win.addEventListener('popstate', restore);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', restore);
  };
}
