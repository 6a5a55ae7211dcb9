import { canonicalUrl } from './canonicalUrl';
import { pageBase, splitPath } from './route';
import type { ChartRules } from '../units/rules';
import type { ChoicesStore } from './store';
import { choicesOf, subscribeChoices } from './store';
import { decodeUrl, encodeUrl } from './url';

/**
 * Mirror the store in the address bar: a new tab is a history entry (so
 * back and forward move between visited tabs); other choices replace the
 * current entry. Applies the URL's choices first, then replaces the entry with
 * their canonical address (no new entry). Returns a function that stops the sync.
 */
export function startUrlSync(store: ChoicesStore, rules: readonly ChartRules[], win: Window = window): () => void {
  const loc = win.location;
  const { base } = splitPath(loc.pathname, pageBase());
  const restore = () => store.getState().actions.restore(decodeUrl(loc.pathname, loc.search, rules, base));
  restore();
  // A hostile or damaged link leaves the address bar at once: the entry becomes the address of what is shown.
  const canonical = canonicalUrl(loc, rules, base);
  if (canonical !== loc.pathname + loc.search + loc.hash) win.history.replaceState(win.history.state, '', canonical);
  // History is written after the next paint, once per burst of changes: a click
  // repaints first, and typing in a search box writes one entry, not one per key.
  let pending: { push: boolean } | undefined;
  const write = () => {
    const push = pending?.push ?? false;
    pending = undefined;
    const url = encodeUrl(base, choicesOf(store), rules);
    if (url === loc.pathname + loc.search) return;
    if (push) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url + loc.hash);
  };
  const unsubscribe = subscribeChoices(store, (c, prev) => {
    const push = c.tab !== prev.tab;
    if (pending) {
      pending.push ||= push;
      return;
    }
    pending = { push };
    win.requestAnimationFrame(() => win.setTimeout(write, 0));
  });
  win.addEventListener('popstate', restore);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', restore);
  };
}
