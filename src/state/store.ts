import { createContext, createElement, useCallback, useContext } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { createStore } from 'zustand/vanilla';
import type { ThemeName } from '../themes/themes';
import type { TabId } from '../datasets/tabIds';
import type { ChartChoices } from '../units/choices';

export type ThemeChoice = 'auto' | ThemeName;

/** Only what the user chose. Everything else is derived where it is shown. */
export interface Choices {
  readonly tab: TabId;
  readonly theme: ThemeChoice;
  readonly charts: Readonly<Record<string, ChartChoices>>;
  /** Presentation mode, its current slide (1-based), and the charts pinned into a custom deck. */
  readonly present: boolean;
  readonly slide: number;
  readonly deck: readonly string[];
}

export interface Actions {
  openTab: (tab: TabId) => void;
  chooseTheme: (theme: ThemeChoice) => void;
  toggleTable: (chartId: string) => void;
  toggleSeries: (chartId: string, seriesId: string) => void;
  chooseOption: <K extends keyof ChartChoices>(chartId: string, key: K, value: ChartChoices[K]) => void;
  resetChart: (chartId: string) => void;
  startPresenting: () => void;
  stopPresenting: () => void;
  goToSlide: (n: number) => void;
  pinToDeck: (chartId: string) => void;
  unpinFromDeck: (chartId: string) => void;
  moveInDeck: (chartId: string, by: -1 | 1) => void;
  /** Replace every choice at once: a pasted link, back/forward. */
  restore: (choices: Choices) => void;
}

interface State extends Choices {
  readonly actions: Actions;
}

export type ChoicesStore = StoreApi<State>;

export const INITIAL: Choices = { tab: 'overview', theme: 'auto', charts: {}, present: false, slide: 1, deck: [] };

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
      startPresenting: () => set({ present: true, slide: 1 }),
      stopPresenting: () => set({ present: false, slide: 1 }),
      goToSlide: (n) => set({ slide: Math.max(1, Math.floor(n)) }),
      pinToDeck: (id) => set((s) => (s.deck.includes(id) ? {} : { deck: [...s.deck, id] })),
      unpinFromDeck: (id) => set((s) => ({ deck: s.deck.filter((d) => d !== id) })),
      moveInDeck: (id, by) =>
        set((s) => {
          const i = s.deck.indexOf(id);
          const j = i + by;
          if (i < 0 || j < 0 || j >= s.deck.length) return {};
          const deck = [...s.deck];
          [deck[i], deck[j]] = [deck[j] as string, deck[i] as string];
          return { deck };
        }),
      restore: (c) => set({ tab: c.tab, theme: c.theme, charts: c.charts, present: c.present, slide: c.slide, deck: c.deck }),
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
export const usePresenting = () => useStore(useChoicesStore(), (s) => s.present);
export const useSlide = () => useStore(useChoicesStore(), (s) => s.slide);
export const useDeck = () => useStore(useChoicesStore(), (s) => s.deck);
export const useChartChoicesMap = () => useStore(useChoicesStore(), (s) => s.charts);
/** Read the current choices on demand (for links and exports), without re-rendering on every change. */
export const useChoicesSnapshot = (): (() => Choices) => {
  const store = useChoicesStore();
  return useCallback(() => choicesOf(store), [store]);
};

/** The choices alone, without the actions: what the URL and tests read. */
export const choicesOf = (store: ChoicesStore): Choices => pick(store.getState());
const pick = ({ tab, theme, charts, present, slide, deck }: Choices): Choices => ({ tab, theme, charts, present, slide, deck });

/** Call `listener` whenever a choice changes (not on every set). */
export const subscribeChoices = (store: ChoicesStore, listener: (c: Choices, previous: Choices) => void) =>
  store.subscribe((s, p) => {
    if (
      s.tab !== p.tab ||
      s.theme !== p.theme ||
      s.charts !== p.charts ||
      s.present !== p.present ||
      s.slide !== p.slide ||
      s.deck !== p.deck
    )
      listener(pick(s), pick(p));
  });
