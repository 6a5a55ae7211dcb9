import { useEffect } from 'react';
import { pageBase } from '../../state/route';
import type { ChoicesStore } from '../../state/store';
import { choicesOf } from '../../state/store';
import { decodeUrl } from '../../state/url';
import { ALL_RULES } from '../tabs';

/**
 * An embed page reads its choices from its address once it has hydrated (so
 * hydration sees what the server rendered), and never writes the address: it
 * lives in someone else's page, where history entries would be a nuisance.
 */
export function EmbedSync({ store }: { store: ChoicesStore }) {
  useEffect(() => {
    const { pathname, search } = window.location;
    const decoded = decodeUrl(pathname, search, ALL_RULES, pageBase());
    const { tab } = choicesOf(store);
    store.getState().actions.restore({ ...decoded, tab, present: false, slide: 1, deck: [] });
    document.documentElement.dataset.hydrated = 'true';
  }, [store]);
  return null;
}
