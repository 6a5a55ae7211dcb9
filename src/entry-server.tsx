import { renderToString } from 'react-dom/server';
import { WorkshopTab } from './dashboard/workshop/WorkshopTab';
import { registerWorkshop } from './dashboard/WorkshopSlot';
import type { TabId } from './datasets/tabIds';
import { Root } from './Root';
import { createChoicesStore, INITIAL } from './state/store';

registerWorkshop(WorkshopTab);

/** Render one tab's default view to HTML, at build time. */
export const renderTab = (tab: TabId): string => renderToString(<Root store={createChoicesStore({ ...INITIAL, tab })} />);

export { pageTitle } from './dashboard/pageTitle';
