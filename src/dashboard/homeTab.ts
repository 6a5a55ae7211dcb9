import type { TabId } from '../datasets/tabIds';
import { TABS } from './tabs';

/** The theme tab a chart belongs to (the overview repeats some): where a link to it, or its embed, sends the reader. */
export function homeTab(chartId: string): TabId {
  const has = (t: (typeof TABS)[number]) => t.charts.some((c) => c.id === chartId);
  return (TABS.find((t) => t.id !== 'overview' && has(t)) ?? TABS.find(has))?.id ?? 'overview';
}
