import { create } from 'zustand';
import type { TabId } from '../datasets/tabIds';
import type { ThemeName } from '../charts/theme';
import type { ChartChoices } from './choices';

export type ThemeChoice = 'auto' | ThemeName;

/** Only what the user chose. Everything else is derived where it is shown. */
export interface Choices {
  readonly tab: TabId;
  readonly theme: ThemeChoice;
  readonly charts: Readonly<Record<string, ChartChoices>>;
}

interface Store extends Choices {
  readonly actions: {
    openTab: (tab: TabId) => void;
    chooseTheme: (theme: ThemeChoice) => void;
    toggleTable: (chartId: string) => void;
    toggleSeries: (chartId: string, seriesId: string) => void;
    chooseOption: <K extends keyof ChartChoices>(chartId: string, key: K, value: ChartChoices[K]) => void;
    resetChart: (chartId: string) => void;
    /** Replace every choice at once: a pasted link, back/forward, a prerendered page. */
    restore: (choices: Choices) => void;
  };
}

export const INITIAL: Choices = { tab: 'overview', theme: 'auto', charts: {} };

const withChart = (s: Choices, id: string, patch: Partial<ChartChoices>): Pick<Choices, 'charts'> => {
  const next: Record<string, unknown> = { ...s.charts[id], ...patch };
  for (const k of Object.keys(next)) if (next[k] === undefined) delete next[k];
  const charts = { ...s.charts, [id]: next as ChartChoices };
  if (Object.keys(next).length === 0) delete charts[id];
  return { charts };
};

const useStore = create<Store>()((set) => ({
  ...INITIAL,
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
        const charts = { ...s.charts };
        const table = charts[id]?.table;
        delete charts[id];
        return { charts: table ? { ...charts, [id]: { table } } : charts };
      }),
    restore: (c) => set({ tab: c.tab, theme: c.theme, charts: c.charts }),
  },
}));

export const useTab = () => useStore((s) => s.tab);
export const useThemeChoice = () => useStore((s) => s.theme);
export const useChartChoices = (id: string): ChartChoices | undefined => useStore((s) => s.charts[id]);
export const useActions = () => useStore((s) => s.actions);

/** For URL sync and tests: read the choices and subscribe outside React. */
export const getChoices = (): Choices => {
  const { tab, theme, charts } = useStore.getState();
  return { tab, theme, charts };
};
export const subscribeChoices = (listener: (c: Choices, previous: Choices) => void) =>
  useStore.subscribe((s, p) => {
    if (s.tab !== p.tab || s.theme !== p.theme || s.charts !== p.charts) listener(s, p);
  });
export const storeActions = () => useStore.getState().actions;
