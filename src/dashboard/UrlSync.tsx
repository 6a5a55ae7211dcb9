import { useEffect } from 'react';
import type { ChoicesStore } from '../state/store';
import { startUrlSync } from '../state/urlSync';

/** Starts the URL ↔ store sync once the page has hydrated, so hydration sees the server's view. */
export function UrlSync({ store }: { store: ChoicesStore }) {
  useEffect(() => startUrlSync(store), [store]);
  return null;
}
