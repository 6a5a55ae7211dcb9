import { useEffect } from 'react';
import type { ChoicesStore } from '../state/store';
import { startUrlSync } from '../state/urlSync';
import { ALL_RULES } from './tabs';

/**
 * Starts the URL ↔ store sync once the page has hydrated, so hydration sees
 * the server's view; then marks <html data-hydrated> for tests and the benchmark.
 */
export function UrlSync({ store }: { store: ChoicesStore }) {
  useEffect(() => {
    const stop = startUrlSync(store, ALL_RULES);
    document.documentElement.dataset.hydrated = 'true';
    return stop;
  }, [store]);
  return null;
}
