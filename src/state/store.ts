import { createContext, createElement, useCallback, useContext } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { createStore } from 'zustand/vanilla';
import type { ThemeName } from '../charts/theme';
import type { TabId } from '../datasets/tabIds';
import type { ChartChoices } from './choices';

export type ThemeChoice = 'auto' | ThemeName;

/** Only what the user chose. Everything else is derived where it is shown. */
export interface Choices {
  readonly tab: TabId;
  readonly theme: ThemeChoice;
  readonly charts: Readonly<Record<string, ChartChoices>>;
}

export interface Actions {
  openTab: (tab: TabId) => void;
  chooseTheme: (theme: ThemeChoice) => void;
  toggleTable: (chartId: string) => void;
  toggleSeries: (chartId: string, seriesId: string) => void;
  chooseOption: <K extends keyof ChartChoices>(chartId: string, key: K, value: ChartChoices[K]) => void;
  resetChart: (chartId: string) => void;
  /** Replace every choice at once: a pasted link, back/forward. */
  restore: (choices: Choices) => void;
}

interface State extends Choices {
  readonly actions: Actions;
}

export type ChoicesStore = StoreApi<State>;

export const INITIAL: Choices = { tab: 'overview', theme: 'auto', charts: {} };

const withChart = (s: Choices, id: string, patch: Partial<ChartChoices>): Pick<Choices, 'charts'> => {
  const next: Record<string, unknown> = { ...s.charts[id], ...patch };
  for (const k of Object.keys(next)) if (next[k] === undefined) delete next[k];
  const charts = { ...s.charts, [id]: next as ChartChoices };
  if (Object.keys(next).length === 0) delete charts[id];
  return { charts };
};

/**
 * One store per page: the server renders each tab from its own, and the
 * browser hydrates from the same starting choices before applying the URL's.
 */
export function createChoicesStore(initial: Choices = INITIAL): ChoicesStore {
  return createStore<State>()((set) => ({
    ...initial,
    actions: {
      openTab: (tab) => set({ tab }),
      chooseTheme: (theme) => set({ theme }),
      toggleTable: (id) => set((s) => withChart(s, id, { table: s.charts[id]?.table ? undefined : true })),
      toggleSeries: (id, seriesId) =>
        set((s) => {
          const hidden = s.charts[id]?.hidden ?? [];
          const next = hidden.includes(seriesId) ? hidden.filter((h) => h !== seriesId) : [...hidden, seriesId];
          return withChart(s, id, { hidden: next.length ? next : undefined });
        }),
      chooseOption: (id, key, value) => set((s) => withChart(s, id, { [key]: value })),
      resetChart: (id) =>
        set((s) => {
          const table = s.charts[id]?.table;
          const charts = { ...s.charts };
          delete charts[id];
          return { charts: table ? { ...charts, [id]: { table } } : charts };
        }),
      restore: (c) => set({ tab: c.tab, theme: c.theme, charts: c.charts }),
    },
  }));
}

const StoreContext = createContext<ChoicesStore | null>(null);

export function StoreProvider({ store, children }: { store: ChoicesStore; children: ReactNode }) {
  return createElement(StoreContext.Provider, { value: store }, children);
}

function useChoicesStore(): ChoicesStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StoreProvider is missing');
  return store;
}

export const useTab = () => useStore(useChoicesStore(), (s) => s.tab);
export const useThemeChoice = () => useStore(useChoicesStore(), (s) => s.theme);
export const useChartChoices = (id: string): ChartChoices | undefined => useStore(useChoicesStore(), (s) => s.charts[id]);
export const useActions = (): Actions => useStore(useChoicesStore(), (s) => s.actions);
/** Read the current choices on demand (for links and exports), without re-rendering on every change. */
export const useChoicesSnapshot = (): (() => Choices) => {
  const store = useChoicesStore();
  return useCallback(() => choicesOf(store), [store]);
};

/** The choices alone, without the actions: what the URL and tests read. */
export const choicesOf = (store: ChoicesStore): Choices => pick(store.getState());
const pick = ({ tab, theme, charts }: Choices): Choices => ({ tab, theme, charts });

/** Call `listener` whenever a choice changes (not on every set). */
export const subscribeChoices = (store: ChoicesStore, listener: (c: Choices, previous: Choices) => void) =>
  store.subscribe((s, p) => {
    if (s.tab !== p.tab || s.theme !== p.theme || s.charts !== p.charts) listener(pick(s), pick(p));
  });
