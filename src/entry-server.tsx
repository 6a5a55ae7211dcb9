import { renderToString } from 'react-dom/server';
import { specById } from './dashboard/deck';
import { EmbedRoot } from './dashboard/embed/EmbedRoot';
import { embedStore } from './dashboard/embed/embedStore';
import { loadWorkshop } from './dashboard/WorkshopSlot';
import type { TabId } from './datasets/tabIds';
import { Root } from './Root';
import { loadAllData } from './series/chartData';
import type { LazyKind } from './dashboard/chartKinds';
import { kindsOf, loadAllKinds } from './dashboard/chartKinds';
import { tabById } from './dashboard/tabs';
import { createChoicesStore, INITIAL } from './state/store';

// The same dynamic import the browser uses, resolved before any page renders, so the Workshop page prerenders whole.
await loadWorkshop();
// Every tab's charts' data, as the browser loads its page's before hydrating.
await loadAllData();
// Every chart kind, so each page prerenders whole (the browser loads only its page's kinds before hydrating).
await loadAllKinds();

/** Render one tab's default view to HTML, at build time. */
export const renderTab = (tab: TabId): string => renderToString(<Root store={createChoicesStore({ ...INITIAL, tab })} />);

export { pageTitle } from './dashboard/pageTitle';
export { KIND_CHUNKS } from './dashboard/chartKinds';
export { homeTab } from './dashboard/homeTab';

/** The chart kinds a tab's page draws (each its own chunk): the prerender preloads them from the page. */
export const kindsOfTab = (tab: TabId): LazyKind[] => kindsOf(tabById(tab).charts);

/** The chart kinds one chart's embed page draws. */
export const kindsOfChart = (chartId: string): LazyKind[] => {
  const spec = specById(chartId);
  return spec ? kindsOf([spec]) : [];
};

/** Render one chart's embed page (its default view) to HTML, at build time. */
export function renderEmbed(chartId: string): string {
  const spec = specById(chartId);
  if (!spec) throw new Error(`prerender: there is no chart "${chartId}" to embed`);
  return renderToString(<EmbedRoot store={embedStore(chartId)} spec={spec} />);
}

export { TABS } from './dashboard/tabs';
