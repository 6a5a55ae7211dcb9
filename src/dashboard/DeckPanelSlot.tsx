import { useDeck } from '../state/store';
import { lazyComponent, LazySlot } from './LazySlot';

/*
 * "Your presentation" appears only once a chart is pinned, which the server
 * never renders: its panel, with the print and PowerPoint buttons, is a chunk
 * of its own, fetched when the deck first has a chart (or in the background
 * once the page is interactive, boot.tsx warmChunks), not before hydration.
 */
const panel = lazyComponent<{ onPresent: () => void }>(() => import('./DeckPanel').then((m) => m.DeckPanel));

export const loadDeckPanel = panel.load;

export function DeckPanelSlot({ onPresent }: { onPresent: () => void }) {
  return useDeck().length === 0 ? null : <LazySlot of={panel} props={{ onPresent }} />;
}
