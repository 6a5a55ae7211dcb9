import loaders from 'virtual:evidence-tabs';
import type { TabId } from '../datasets/tabIds';
import type { SourceCard } from './buildEvidence';

/** What one tab's module ships: its charts' data by chart id, their sources by dataset id. */
export interface TabData {
  readonly charts: Readonly<Record<string, unknown>>;
  readonly sources: Readonly<Record<string, SourceCard>>;
}

/*
 * The charts' data, keyed by chart id, ships in a module per tab
 * (virtual:evidence-<tab>), with the sources they cite: a page loads its own tab's before hydrating, the
 * others when the reader opens their tab, and all of them once the page is
 * interactive (presenting and exports span tabs). A unit's `view` reads its
 * data from here (src/dashboard/useChartView.ts `dataOf`).
 */
const charts: Record<string, unknown> = {};
const sources: Record<string, SourceCard> = {};
const loaded = new Set<string>();
const loading = new Map<string, Promise<void>>();

/** Load one tab's charts' data (once); resolves at once when it is already in. */
export function loadTabData(tab: TabId): Promise<void> {
  const load = (loaders as Partial<typeof loaders>)[tab];
  if (loaded.has(tab) || !load) return Promise.resolve();
  let pending = loading.get(tab);
  if (!pending) {
    pending = load().then((m) => {
      Object.assign(charts, m.default.charts);
      Object.assign(sources, m.default.sources);
      loaded.add(tab);
    });
    loading.set(tab, pending);
  }
  return pending;
}

/** Whether a tab's charts can render now, without waiting. */
export const tabDataLoaded = (tab: TabId): boolean => loaded.has(tab) || !(tab in loaders);

/** Every tab's data: for a deck that spans tabs, an export, the server's prerender. */
export const loadAllData = (): Promise<void> => Promise.all(Object.keys(loaders).map((t) => loadTabData(t as TabId))).then(() => undefined);

/** A chart's data as the build shipped it (undefined until its tab's module is in). */
export const chartData = (id: string): unknown => charts[id];

/** A dataset's source card (title, release, licence, caveats), once a tab that cites it is in. */
export const sourceCard = (id: string): SourceCard | undefined => sources[id];

/** Put a chart's data in by hand: a test's chart that no tab lists. */
export function addChartData(id: string, data: unknown): void {
  charts[id] = data;
}
