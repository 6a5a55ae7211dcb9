import type { ComponentType } from 'react';
import { lazy, Suspense } from 'react';

/*
 * The Workshop tab's code and data are a chunk of their own. The server, and
 * the browser hydrating /workshop/, load it before rendering so the markup
 * matches; opening the tab from elsewhere loads it lazily.
 */
let loaded: ComponentType | null = null;

export const loadWorkshop = (): Promise<ComponentType> =>
  import('./workshop/WorkshopTab').then((m) => {
    loaded = m.WorkshopTab;
    return m.WorkshopTab;
  });

const Lazy = lazy(() => loadWorkshop().then((c) => ({ default: c })));

export function WorkshopSlot() {
  const Loaded = loaded;
  if (Loaded) return <Loaded />;
  return (
    <Suspense fallback={<p role="status">Loading the workshop evidence…</p>}>
      <Lazy />
    </Suspense>
  );
}
