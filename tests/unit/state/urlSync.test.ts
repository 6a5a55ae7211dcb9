import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../../src/dashboard/tabs';
import { choicesOf, createChoicesStore } from '../../../src/state/store';
import { startUrlSync } from '../../../src/state/urlSync';

/** The sync writes history after the next paint. */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 1)));

/** Choices besides tab, theme and charts, at their defaults: not presenting, no custom deck. */
const NO_DECK = { present: false, slide: 1, deck: [] as string[] };

let stop: (() => void) | undefined;
const here = () => window.location.pathname + window.location.search;

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(() => {
  stop?.();
  stop = undefined;
});

describe('startUrlSync: the address bar mirrors the choices', () => {
  it('applies the choices of the address the page was opened at', () => {
    window.history.replaceState(null, '', '/evidence/clean-growth/?theme=dark&co2-per-head.measure=ghg');
    const store = createChoicesStore();
    stop = startUrlSync(store, ALL_RULES);
    expect(choicesOf(store)).toEqual({ ...NO_DECK, tab: 'clean-growth', theme: 'dark', charts: { 'co2-per-head': { measure: 'ghg' } } });
  });

  it('opening a tab adds a history entry under the same base; other choices replace the current one', async () => {
    window.history.replaceState(null, '', '/evidence/');
    const store = createChoicesStore();
    stop = startUrlSync(store, ALL_RULES);
    const start = window.history.length;
    store.getState().actions.openTab('innovation');
    await afterPaint();
    expect(here()).toBe('/evidence/innovation/');
    expect(window.history.length).toBe(start + 1);
    store.getState().actions.chooseTheme('light');
    await afterPaint();
    expect(here()).toBe('/evidence/innovation/?theme=light');
    store.getState().actions.chooseOption('university-income', 'sort', 'name');
    await afterPaint();
    expect(here()).toBe('/evidence/innovation/?theme=light&university-income.sort=name');
    expect(window.history.length).toBe(start + 1);
  });

  it('writes a burst of changes once, after the next paint', async () => {
    window.history.replaceState(null, '', '/');
    const store = createChoicesStore();
    stop = startUrlSync(store, ALL_RULES);
    const start = window.history.length;
    for (const q of ['t', 'tr', 'tra', 'transport']) store.getState().actions.chooseOption('workshop', 'q', q);
    store.getState().actions.openTab('workshop');
    expect(here()).toBe('/');
    await afterPaint();
    expect(here()).toBe('/workshop/?workshop.q=transport');
    expect(window.history.length).toBe(start + 1);
  });

  it('back and forward restore the choices of that address', () => {
    const store = createChoicesStore();
    stop = startUrlSync(store, ALL_RULES);
    store.getState().actions.openTab('business');
    window.history.replaceState(null, '', '/innovation/?theme=contrast');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(choicesOf(store)).toMatchObject({ tab: 'innovation', theme: 'contrast' });
  });

  it('stops following the store when stopped', () => {
    const store = createChoicesStore();
    stop = startUrlSync(store, ALL_RULES);
    stop();
    stop = undefined;
    store.getState().actions.openTab('business');
    expect(here()).toBe('/');
  });
});
