import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/App';
import { TABS } from '../../../src/dashboard/tabs';
import { chartData } from '../../../src/series/chartData';
import { withDefaults } from '../../../src/units/withDefaults';
import type { TabId } from '../../../src/datasets/tabIds';
import { relativeHref } from '../../../src/state/route';
import { renderWithStore, stubDomForCards } from './support';

stubDomForCards();

const renderApp = (tab: TabId = 'overview') => renderWithStore(<App />, { tab });
const tabs = () => within(screen.getByRole('tablist', { name: 'Themes of the strategy' })).getAllByRole('tab');
const selected = () => tabs().filter((t) => t.getAttribute('aria-selected') === 'true');
const tabNamed = (label: string) => screen.getByRole('tab', { name: label });
const label = (id: TabId) => TABS.find((t) => t.id === id)?.label ?? '';
const heading = (id: TabId) => TABS.find((t) => t.id === id)?.heading ?? '';

describe('the tab list', () => {
  it('has the overview, five themes, the comparison and the workshop, in order, with the current one selected and the only tab stop', () => {
    renderApp();
    expect(tabs().map((t) => t.textContent)).toEqual(TABS.map((t) => t.label));
    expect(tabs()).toHaveLength(8);
    expect(selected().map((t) => t.textContent)).toEqual(['Overview']);
    expect(tabs().filter((t) => t.getAttribute('tabindex') === '0')).toEqual(selected());
    expect(screen.getByRole('heading', { level: 1, name: heading('overview') })).toBeInTheDocument();
    expect(screen.getByRole('tabpanel', { name: 'Overview' })).toBeInTheDocument();
  });

  it('ArrowRight on the focused tab opens the next one and moves focus to it', () => {
    const { store } = renderApp();
    const overview = tabNamed('Overview');
    overview.focus();
    fireEvent.keyDown(overview, { key: 'ArrowRight' });
    expect(store.getState().tab).toBe('inclusive-growth');
    expect(screen.getByRole('heading', { level: 1, name: heading('inclusive-growth') })).toBeInTheDocument();
    expect(selected().map((t) => t.textContent)).toEqual([label('inclusive-growth')]);
    expect(document.activeElement).toBe(tabNamed(label('inclusive-growth')));
    expect(screen.getByRole('tabpanel', { name: label('inclusive-growth') })).toBeInTheDocument();
  });

  it('ArrowLeft moves back, and wraps from the first tab to the last', () => {
    const { store } = renderApp('innovation');
    tabNamed(label('innovation')).focus();
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    expect(store.getState().tab).toBe('inclusive-growth');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    expect(store.getState().tab).toBe('workshop');
    expect(document.activeElement).toBe(tabNamed(label('workshop')));
  });

  it('End opens the last tab and Home the first', () => {
    const { store } = renderApp();
    tabNamed('Overview').focus();
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(store.getState().tab).toBe('workshop');
    expect(screen.getByRole('heading', { level: 1, name: heading('workshop') })).toBeInTheDocument();
    expect(document.activeElement).toBe(tabNamed(label('workshop')));
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    expect(store.getState().tab).toBe('overview');
    expect(document.activeElement).toBe(tabNamed('Overview'));
  });

  it('other keys do nothing', () => {
    const { store } = renderApp();
    tabNamed('Overview').focus();
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'a' });
    expect(store.getState().tab).toBe('overview');
  });

  it("clicking a tab opens it and shows that theme's charts", async () => {
    const { store } = renderApp();
    await userEvent.click(tabNamed('Clean growth'));
    expect(store.getState().tab).toBe('clean-growth');
    expect(screen.getByRole('heading', { level: 1, name: 'Clean growth' })).toBeInTheDocument();
    const charts = TABS.find((t) => t.id === 'clean-growth')?.charts ?? [];
    for (const c of charts) expect(screen.getByRole('heading', { level: 2, name: c.title })).toBeInTheDocument();
    expect(window.scrollTo).toHaveBeenCalled();
  });

  it('each tab is a link to its own page, relative to the current one', async () => {
    renderApp();
    expect(tabNamed('Clean growth')).toHaveAttribute('href', './clean-growth/');
    expect(tabNamed('Overview')).toHaveAttribute('href', './');
    await userEvent.click(tabNamed('Clean growth'));
    expect(tabNamed('Overview')).toHaveAttribute('href', '../');
    expect(tabNamed(label('business'))).toHaveAttribute('href', '../business/');
  });

  it('a ctrl-click is left to the browser (open in a new tab), not taken over', () => {
    const { store } = renderApp();
    // Runs after React's handler: records whether the app took the click over,
    // then stops jsdom, which cannot open pages, from following the link.
    let takenOver: boolean | undefined;
    const after = (e: MouseEvent) => {
      takenOver = e.defaultPrevented;
      e.preventDefault();
    };
    window.addEventListener('click', after);
    try {
      fireEvent.click(tabNamed('Clean growth'), { ctrlKey: true });
    } finally {
      window.removeEventListener('click', after);
    }
    expect(takenOver).toBe(false);
    expect(store.getState().tab).toBe('overview');
  });
});

describe('the theme picker', () => {
  it('is a select labelled Theme that changes the chosen theme', async () => {
    const { store } = renderApp();
    const select = screen.getByRole('combobox', { name: /Theme/ });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Auto', 'Light', 'Dark', 'High contrast']);
    expect(select).toHaveValue('auto');
    await userEvent.selectOptions(select, 'Dark');
    expect(store.getState().theme).toBe('dark');
    expect(select).toHaveValue('dark');
    await userEvent.selectOptions(select, 'High contrast');
    expect(store.getState().theme).toBe('contrast');
  });
});

describe('headline figures on the overview', () => {
  const HEADLINES = [
    ['+190,000', 'inclusive-growth', 'population-growth'],
    ['+3,550', 'inclusive-growth', null],
    ['40%', 'inclusive-growth', null],
    ['0.54 → 0.60', 'inclusive-growth', 'dependency-ratio'],
    ['\u221230%', 'clean-growth', 'decoupling'],
    ['+30%', 'clean-growth', 'decoupling'],
  ] as const;

  it.each(HEADLINES)('shows %s with a link to the %s tab (the card holding its evidence), or no link', (value, tab, cardId) => {
    renderApp();
    const section = screen.getByRole('region', { name: 'Headline figures from the evidence base' });
    const card = within(section)
      .getAllByRole('listitem')
      .find((li) => li.querySelector('.ee-headline-value')?.textContent === value);
    expect(card, value).toBeDefined();
    if (cardId === null) {
      expect(within(card as HTMLElement).queryByRole('link')).toBeNull();
      return;
    }
    const link = within(card as HTMLElement).getByRole('link');
    expect(link).toHaveAttribute('href', `${relativeHref('overview', tab)}#${cardId}`);
    expect(link).toHaveTextContent(new RegExp(`on ${label(tab)}$`));
  });

  it('shows the six headlines and no others, with the minus sign U+2212', () => {
    renderApp();
    const values = [...document.querySelectorAll('.ee-headline-value')].map((p) => p.textContent);
    expect(values).toEqual(HEADLINES.map(([v]) => v));
    expect(values.join('')).not.toContain('-');
  });

  it('following a headline link opens its tab', async () => {
    const { store } = renderApp();
    const card = [...document.querySelectorAll<HTMLElement>('.ee-headline')].find((li) => li.textContent?.includes('−30%'));
    await userEvent.click(within(card as HTMLElement).getByRole('link'));
    expect(store.getState().tab).toBe('clean-growth');
    expect(screen.getByRole('heading', { level: 1, name: 'Clean growth' })).toBeInTheDocument();
  });

  it('are only on the overview', () => {
    renderApp('innovation');
    expect(screen.queryByRole('region', { name: 'Headline figures from the evidence base' })).toBeNull();
    expect(screen.queryByText('+190,000')).toBeNull();
  });
});

describe('every tab', () => {
  it.each(TABS.map((t) => [t.id, t] as const))('%s shows its heading, intro and a card per chart, none broken', (id, t) => {
    renderApp(id);
    expect(screen.getByRole('heading', { level: 1, name: t.heading })).toBeInTheDocument();
    expect(screen.getByText(t.intro)).toBeInTheDocument();
    expect(document.querySelectorAll('article.ee-card')).toHaveLength(t.charts.length);
    // A card's heading is its unit's title, or the title its view words from the data shown.
    for (const c of t.charts) {
      const shown = c.view(chartData(c.id), withDefaults(c, undefined)).title ?? c.title;
      expect(screen.getByRole('heading', { name: shown })).toBeInTheDocument();
    }
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
