import { loadAllData } from '../../series/chartData';
import { loadAllKinds } from '../chartKinds';
import { lazyComponent, LazySlot } from '../LazySlot';

/*
 * Presentation mode is a chunk of its own, fetched in the background once the
 * page is interactive (boot.tsx warmChunks). Once in, a click on Present
 * renders the first slide in the same commit (LazySlot).
 */
const presentation = lazyComponent<{ onExit: () => void }>(() =>
  // A deck may span tabs: every tab's charts' data, and every chart kind, comes with it.
  Promise.all([import('./Presentation'), loadAllData(), loadAllKinds()]).then(([m]) => m.default),
);

export const loadPresentation = presentation.load;

/** The presentation, at once when its chunk is in; otherwise a status line until it arrives. */
export function PresentationSlot({ onExit }: { onExit: () => void }) {
  return (
    <LazySlot
      of={presentation}
      props={{ onExit }}
      fallback={
        <div className="ee-present" role="status">
          Loading the presentation…
        </div>
      }
    />
  );
}
