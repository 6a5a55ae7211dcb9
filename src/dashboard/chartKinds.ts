import type { ChartBody, ChartUnit } from '../units/unit';
import { withDefaults } from '../units/withDefaults';
import { dataOf } from './useChartView';

/** The chart kinds loaded on demand, each its own chunk (the bar chart, every card's fallback, is always in). */
const LOADERS = {
  groupedBar: () => import('../charts/GroupedBarChart').then((m) => m.GroupedBarChart),
  line: () => import('../charts/LineChart').then((m) => m.LineChart),
  slope: () => import('../charts/SlopeChart').then((m) => m.SlopeChart),
  stackedArea: () => import('../charts/StackedAreaChart').then((m) => m.StackedAreaChart),
  smallMultiples: () => import('../charts/SmallMultiples').then((m) => m.SmallMultiples),
  ranked: () => import('../charts/RankedBars').then((m) => m.RankedBars),
  strip: () => import('../charts/StripPlot').then((m) => m.StripPlot),
  hexmap: () => import('../charts/HexMap').then((m) => m.HexMap),
};

export type LazyKind = keyof typeof LOADERS;

/** Each kind's chunk by name (its component's file): the prerender preloads a page's kinds from the HTML (scripts/bootPreload.ts). */
export const KIND_CHUNKS: Readonly<Record<LazyKind, string>> = {
  groupedBar: 'GroupedBarChart',
  line: 'LineChart',
  slope: 'SlopeChart',
  stackedArea: 'StackedAreaChart',
  smallMultiples: 'SmallMultiples',
  ranked: 'RankedBars',
  strip: 'StripPlot',
  hexmap: 'HexMap',
};
type KindComponent<K extends LazyKind> = Awaited<ReturnType<(typeof LOADERS)[K]>>;

const loaded: { [K in LazyKind]?: KindComponent<K> } = {};
const pending = new Map<LazyKind, Promise<unknown>>();

const isLazy = (kind: ChartBody['kind']): kind is LazyKind => kind in LOADERS;

/** Load one kind's chunk (once); the promise is the same on every call, so a render can suspend on it (ChartBodyView). */
export function loadKind<K extends LazyKind>(kind: K): Promise<KindComponent<K>> {
  let p = pending.get(kind) as Promise<KindComponent<K>> | undefined;
  if (!p) {
    p = LOADERS[kind]().then((c) => {
      (loaded as Record<K, KindComponent<K>>)[kind] = c as KindComponent<K>;
      return c as KindComponent<K>;
    });
    pending.set(kind, p);
  }
  return p;
}

/** A kind's component if its chunk is in, else undefined (the caller suspends on `loadKind(kind)`). */
export const loadedKind = <K extends LazyKind>(kind: K): KindComponent<K> | undefined => loaded[kind] as KindComponent<K> | undefined;

/** Whether a kind can be drawn now: the bar chart (in the main chunk) or a kind whose chunk is in. */
export const kindReady = (kind: ChartBody['kind']): boolean => !isLazy(kind) || loaded[kind] !== undefined;

/** Every kind: the server's prerender, exports, presenting (they draw any chart). */
export const loadAllKinds = (): Promise<void> =>
  Promise.all((Object.keys(LOADERS) as LazyKind[]).map((k) => loadKind(k))).then(() => undefined);

/**
 * The kinds these charts draw with their default choices (what the server
 * prerendered) and their data already loaded: fetched before hydration, so no
 * chart waits while React takes over the page.
 */
export const loadKindsOf = (units: readonly ChartUnit[]): Promise<void> =>
  Promise.all(kindsOf(units).map((k) => loadKind(k))).then(() => undefined);

/** The lazily loaded kinds these charts draw with their default choices, from their data (undefined data: skipped). */
export function kindsOf(units: readonly ChartUnit[]): LazyKind[] {
  const kinds = new Set<LazyKind>();
  for (const u of units) {
    const data = dataOf(u);
    if (data === undefined) continue;
    try {
      const kind = u.view(data, withDefaults(u, undefined)).body.kind;
      if (isLazy(kind)) kinds.add(kind);
    } catch {
      // The card shows its error boundary; nothing to load for it.
    }
  }
  return [...kinds];
}
