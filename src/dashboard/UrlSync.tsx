import { useEffect } from 'react';
import type { ChoicesStore } from '../state/store';
import { startUrlSync } from '../state/urlSync';
import { ALL_RULES } from './chartRules';

/** Starts the URL ↔ store sync once the page has hydrated, so hydration sees the server's view. */
export function UrlSync({ store }: { store: ChoicesStore }) {
  useEffect(() => startUrlSync(store, ALL_RULES), [store]);
  return null;
}
