import type { ComponentType } from 'react';
import { useEffect, useState } from 'react';
import { loadAllData } from '../../series/chartData';
import { loadAllKinds } from '../chartKinds';

type PresentationComponent = ComponentType<{ onExit: () => void }>;

/*
 * Presentation mode is a chunk of its own, fetched in the background once the
 * page is interactive (boot.tsx warmChunks). The resolved component is kept
 * here, so a click on Present renders the first slide in the same commit:
 * no React.lazy (which suspends once even for a module already loaded) and
 * so no Suspense fallback and its reveal throttle.
 */
let loaded: PresentationComponent | null = null;
let loading: Promise<PresentationComponent> | null = null;

export const loadPresentation = (): Promise<PresentationComponent> =>
  // A deck may span tabs: every tab's charts' data, and every chart kind, comes with it.
  (loading ??= Promise.all([import('./Presentation'), loadAllData(), loadAllKinds()]).then(([m]) => (loaded = m.default)));

/** The presentation, at once when its chunk is in; otherwise a status line until it arrives. */
export function PresentationSlot({ onExit }: { onExit: () => void }) {
  const [Component, setComponent] = useState<PresentationComponent | null>(() => loaded);
  useEffect(() => {
    if (Component) return;
    let live = true;
    void loadPresentation().then((c) => live && setComponent(() => c));
    return () => {
      live = false;
    };
  }, [Component]);
  if (Component) return <Component onExit={onExit} />;
  return (
    <div className="ee-present" role="status">
      Loading the presentation…
    </div>
  );
}
