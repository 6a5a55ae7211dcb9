import type { TabId } from '../datasets/tabIds';
import { tabById } from './tabs';

/** The document title of a tab's page: the same in the prerendered HTML and after switching tabs in the page. */
export const pageTitle = (tab: TabId): string =>
  `${tab === 'overview' ? '' : `${tabById(tab).label} · `}Evidence Explorer: West of England Local Industrial Strategy`;
