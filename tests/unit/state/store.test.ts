import { describe, expect, it, vi } from 'vitest';
import type { Choices } from '../../../src/state/store';
import { choicesOf, createChoicesStore, INITIAL, subscribeChoices } from '../../../src/state/store';

/** Choices besides tab, theme and charts, at their defaults: not presenting, no custom deck. */
const NO_DECK = { present: false, slide: 1, deck: [] as string[] };

const fresh = (initial?: Choices) => {
  const store = createChoicesStore(initial);
  return { store, a: store.getState().actions, charts: () => store.getState().charts };
};

describe('the choices store', () => {
  it('starts on the overview, with the automatic theme and no chart choices', () => {
    expect(choicesOf(createChoicesStore())).toEqual({ ...NO_DECK, tab: 'overview', theme: 'auto', charts: {} });
    expect(INITIAL).toEqual({ ...NO_DECK, tab: 'overview', theme: 'auto', charts: {} });
  });

  it('starts from the choices it is given (one store per prerendered page)', () => {
    expect(choicesOf(createChoicesStore({ ...INITIAL, tab: 'business' })).tab).toBe('business');
  });

  it('openTab and chooseTheme change the tab and the theme', () => {
    const { store, a } = fresh();
    a.openTab('clean-growth');
    a.chooseTheme('dark');
    expect(choicesOf(store)).toMatchObject({ tab: 'clean-growth', theme: 'dark' });
  });

  it('toggleTable switches one chart to its table and back, leaving no trace', () => {
    const { a, charts } = fresh();
    a.toggleTable('economy');
    expect(charts()).toEqual({ economy: { table: true } });
    a.toggleTable('economy');
    expect(charts()).toEqual({});
  });

  it('toggleSeries hides and shows series, in the order they were hidden', () => {
    const { a, charts } = fresh();
    a.toggleSeries('economy', 'E06000023');
    a.toggleSeries('economy', 'E06000025');
    expect(charts().economy?.hidden).toEqual(['E06000023', 'E06000025']);
    a.toggleSeries('economy', 'E06000023');
    expect(charts().economy?.hidden).toEqual(['E06000025']);
    a.toggleSeries('economy', 'E06000025');
    expect(charts()).toEqual({}); // nothing hidden: no empty list left behind
  });

  it('chooseOption sets one choice of one chart, and undefined removes it', () => {
    const { a, charts } = fresh();
    a.chooseOption('university-income', 'sort', 'name');
    a.chooseOption('economy', 'mode', 'indexed');
    expect(charts()).toEqual({ 'university-income': { sort: 'name' }, economy: { mode: 'indexed' } });
    a.chooseOption('economy', 'mode', undefined);
    expect(charts()).toEqual({ 'university-income': { sort: 'name' } });
  });

  it('changing one chart leaves the others untouched', () => {
    const { a, charts } = fresh();
    a.chooseOption('university-income', 'sort', 'name');
    const before = charts()['university-income'];
    a.toggleSeries('economy', 'woe');
    expect(charts()['university-income']).toBe(before);
  });

  it('resetChart restores the defaults but keeps the table view', () => {
    const { a, charts } = fresh();
    a.chooseOption('economy', 'mode', 'indexed');
    a.toggleSeries('economy', 'E06000023');
    a.toggleTable('economy');
    a.resetChart('economy');
    expect(charts()).toEqual({ economy: { table: true } });
  });

  it('resetChart without a table view forgets the chart entirely', () => {
    const { a, charts } = fresh();
    a.chooseOption('economy', 'areas', ['woe']);
    a.chooseOption('gdp-per-head', 'from', 2005);
    a.resetChart('economy');
    expect(charts()).toEqual({ 'gdp-per-head': { from: 2005 } });
  });

  it('restore replaces every choice at once', () => {
    const { store, a } = fresh();
    a.chooseOption('economy', 'mode', 'indexed');
    const next: Choices = { ...NO_DECK, tab: 'innovation', theme: 'contrast', charts: { 'university-income': { show: 'woe' } } };
    a.restore(next);
    expect(choicesOf(store)).toEqual(next);
  });

  it('choicesOf returns the choices without the actions', () => {
    expect(Object.keys(choicesOf(createChoicesStore())).sort()).toEqual(['charts', 'deck', 'present', 'slide', 'tab', 'theme']);
  });
});

describe('subscribeChoices', () => {
  it('reports a change with the choices before and after', () => {
    const { store, a } = fresh();
    const listener = vi.fn();
    const stop = subscribeChoices(store, listener);
    a.openTab('innovation');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]?.[0]).toMatchObject({ tab: 'innovation' });
    expect(listener.mock.calls[0]?.[1]).toMatchObject({ tab: 'overview' });
    stop();
    a.openTab('business');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('stays quiet when nothing chosen changes', () => {
    const { store, a } = fresh();
    const listener = vi.fn();
    subscribeChoices(store, listener);
    a.openTab('overview');
    a.chooseTheme('auto');
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('the presentation deck', () => {
  it('pins charts once each, moves and unpins them, and pages through slides from 1', () => {
    const { store, a } = fresh();
    a.pinToDeck('decoupling');
    a.pinToDeck('economy');
    a.pinToDeck('decoupling');
    expect(store.getState().deck).toEqual(['decoupling', 'economy']);
    a.moveInDeck('economy', -1);
    expect(store.getState().deck).toEqual(['economy', 'decoupling']);
    a.moveInDeck('economy', -1);
    expect(store.getState().deck).toEqual(['economy', 'decoupling']);
    a.unpinFromDeck('economy');
    expect(store.getState().deck).toEqual(['decoupling']);
    a.startPresenting();
    a.goToSlide(3);
    expect(store.getState()).toMatchObject({ present: true, slide: 3 });
    a.goToSlide(0);
    expect(store.getState().slide).toBe(1);
    a.stopPresenting();
    expect(store.getState()).toMatchObject({ present: false, slide: 1, deck: ['decoupling'] });
  });
});
