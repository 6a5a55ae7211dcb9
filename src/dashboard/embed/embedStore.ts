import type { ChoicesStore } from '../../state/store';
import { createChoicesStore, INITIAL } from '../../state/store';
import { homeTab } from '../homeTab';

/** The store an embed page starts from, on the server and in the browser: the chart's own tab, default choices. */
export function embedStore(chartId: string): ChoicesStore {
  return createChoicesStore({ ...INITIAL, tab: homeTab(chartId) });
}
