import { StrictMode } from 'react';
import type { ChoicesStore } from '../../state/store';
import { StoreProvider } from '../../state/store';
import type { ChartUnit as ChartSpec } from '../../units/unit';
import { ThemeSync } from '../ThemeSync';
import { EmbedPage } from './EmbedPage';
import { EmbedSync } from './EmbedSync';

/** The same tree on the server and in the browser for an embed page, so hydration matches. */
export function EmbedRoot({ store, spec }: { store: ChoicesStore; spec: ChartSpec }) {
  return (
    <StrictMode>
      <StoreProvider store={store}>
        <ThemeSync />
        <EmbedSync store={store} />
        <EmbedPage spec={spec} />
      </StoreProvider>
    </StrictMode>
  );
}
