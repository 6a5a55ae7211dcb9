import { renderToString } from 'react-dom/server';
import { loadWorkshop } from './dashboard/WorkshopSlot';
import type { TabId } from './datasets/tabIds';
import { Root } from './Root';
import { createChoicesStore, INITIAL } from './state/store';

// The same dynamic import the browser uses, resolved before any page renders, so the Workshop page prerenders whole.
await loadWorkshop();

/** Render one tab's default view to HTML, at build time. */
export const renderTab = (tab: TabId): string => renderToString(<Root store={createChoicesStore({ ...INITIAL, tab })} />);

export { pageTitle } from './dashboard/pageTitle';
