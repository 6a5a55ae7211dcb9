import { splitPath } from './route';
import { storeActions, subscribeChoices } from './store';
import { decodeUrl, encodeUrl } from './url';

/**
 * Mirror the store in the address bar: a new tab is a history entry (so
 * back and forward move between visited tabs); other choices replace the
 * current entry. Returns a function that stops the sync.
 */
export function startUrlSync(): () => void {
  const { base } = splitPath(window.location.pathname);
  storeActions().restore(decodeUrl(window.location.pathname, window.location.search));
  const unsubscribe = subscribeChoices((c, prev) => {
    const url = encodeUrl(base, c) + window.location.hash;
    if (url === window.location.pathname + window.location.search + window.location.hash) return;
    if (c.tab !== prev.tab) window.history.pushState(null, '', encodeUrl(base, c));
    else window.history.replaceState(null, '', url);
  });
  const onPop = () => storeActions().restore(decodeUrl(window.location.pathname, window.location.search));
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}

export const siteBase = (): string => splitPath(window.location.pathname).base;
