import { StrictMode } from 'react';
import { App } from './App';
import { ThemeSync } from './dashboard/ThemeSync';
import { UrlSync } from './dashboard/UrlSync';
import type { ChoicesStore } from './state/store';
import { StoreProvider } from './state/store';

/** The same tree on the server and in the browser, so hydration matches. */
export function Root({ store }: { store: ChoicesStore }) {
  return (
    <StrictMode>
      <StoreProvider store={store}>
        <ThemeSync />
        <UrlSync store={store} />
        <App />
      </StoreProvider>
    </StrictMode>
  );
}
