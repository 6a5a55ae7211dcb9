import { fireEvent, render, screen, within } from '@testing-library/react';
import Papa from 'papaparse';
import workshop from 'virtual:workshop';
import { describe, expect, it } from 'vitest';
import { ideasTable } from '../../../src/dashboard/workshop/downloadIdeas';
import { filterChallenges, filterIdeas, matches } from '../../../src/dashboard/workshop/filterWorkshop';
import { IDEAS_FIRST_SHOWN, WorkshopTab } from '../../../src/dashboard/workshop/WorkshopTab';
import { rankIdeas } from '../../../src/dashboard/workshop/rankIdeas';
import { toCsv } from '../../../src/export/toCsv';
import type { ChartChoices } from '../../../src/units/choices';
import { createChoicesStore, INITIAL, StoreProvider } from '../../../src/state/store';
import { stubDomForCards } from './support';

stubDomForCards();

const renderTab = (choices: ChartChoices = {}) => {
  const store = createChoicesStore({ ...INITIAL, tab: 'workshop', charts: { workshop: choices } });
  render(
    <StoreProvider store={store}>
      <WorkshopTab />
    </StoreProvider>,
  );
  return store;
};
const listedIdeas = () => [...document.querySelectorAll('.ee-ideas .ee-idea-text')].map((e) => e.textContent);

describe('workshop search', () => {
  it('ignores case, accents, apostrophes and punctuation, and needs every word', () => {
    expect(matches("Have a 'learner in every office'", 'LEARNER office')).toBe(true);
    expect(matches('Empower students’ thinking.', 'students thinking')).toBe(true);
    expect(matches('Trial universal basic income.', 'basic wage')).toBe(false);
    expect(matches('anything', '   ')).toBe(true);
  });

  it('finds a phrase from every list of the write-up', () => {
    const lists = new Set(workshop.ideas.flatMap((i) => i.places.map((p) => p.list)));
    for (const list of lists) {
      const place = workshop.ideas.flatMap((i) => i.places).find((p) => p.list === list);
      const phrase = (place?.text ?? '').split(' ').slice(0, 4).join(' ');
      expect(filterIdeas(workshop.ideas, { q: phrase }).length, `${list}: ${phrase}`).toBeGreaterThan(0);
    }
    for (const c of workshop.challenges) expect(filterChallenges(workshop.challenges, { q: c.text.slice(0, 30) })).toContainEqual(c);
  });

  it('filters combine: theme, who can act and search together give their intersection', () => {
    const byTheme = filterIdeas(workshop.ideas, { keyTheme: 'investing-in-infrastructure' });
    const byActor = filterIdeas(workshop.ideas, { actor: 'combined-authority' });
    const bySearch = filterIdeas(workshop.ideas, { q: 'transport' });
    const all = filterIdeas(workshop.ideas, { keyTheme: 'investing-in-infrastructure', actor: 'combined-authority', q: 'transport' });
    const expected = byTheme.filter((i) => byActor.includes(i) && bySearch.includes(i));
    expect(all).toEqual(expected);
    expect(all.length).toBeGreaterThan(0);
    expect(all.length).toBeLessThan(Math.min(byTheme.length, byActor.length, bySearch.length));
  });
});

describe('the Workshop tab', () => {
  it('lists the ideas raised most first, ten of them, and every one after "Show all (139)"', () => {
    renderTab();
    expect(listedIdeas()).toEqual(
      rankIdeas(workshop.ideas)
        .slice(0, IDEAS_FIRST_SHOWN)
        .map((i) => i.text),
    );
    expect(listedIdeas()[0]).toBe('Provide scale up funding scheme and close market gap for premises.');
    fireEvent.click(screen.getByRole('button', { name: `Show all (${workshop.ideas.length})` }));
    expect(listedIdeas()).toHaveLength(workshop.ideas.length);
    expect(new Set(listedIdeas())).toEqual(new Set(workshop.ideas.map((i) => i.text)));
    expect(screen.getByRole('button', { name: `Show the ${IDEAS_FIRST_SHOWN} most raised` })).toHaveAttribute('aria-expanded', 'true');
  });

  it('sorts the count charts by count, largest first ("No theme tagged" last)', () => {
    renderTab();
    const values = (name: string) =>
      [...screen.getByRole('group', { name }).querySelectorAll('[data-mark]')].map((m) =>
        Number(/(\d+)$/.exec(m.getAttribute('aria-label') ?? '')?.[1]),
      );
    const themes = values('Ideas by theme');
    expect(themes.slice(0, -1)).toEqual([...themes.slice(0, -1)].sort((a, b) => b - a));
    const labels = [...screen.getByRole('group', { name: 'Ideas by theme' }).querySelectorAll('[data-mark]')].map((m) =>
      m.getAttribute('aria-label'),
    );
    expect(labels.at(-1)).toMatch(/^No theme tagged/);
    const actors = values('Ideas by who can act');
    expect(actors).toEqual([...actors].sort((a, b) => b - a));
  });

  it('lists every challenge, with the scale-up funding idea raised 3 times', () => {
    renderTab();
    const item = screen.getByText('Provide scale up funding scheme and close market gap for premises.').closest('li') as HTMLElement;
    expect(within(item).getByText('Raised 3 times')).toBeInTheDocument();
    expect(document.querySelectorAll('.ee-ws-group li')).toHaveLength(workshop.challenges.length);
  });

  it('restores a search and filters from the URL choices and lists only what matches', () => {
    renderTab({ q: 'transport', actor: 'combined-authority' });
    expect(screen.getByRole('searchbox')).toHaveValue('transport');
    const shown = listedIdeas();
    expect(shown).toEqual(rankIdeas(filterIdeas(workshop.ideas, { q: 'transport', actor: 'combined-authority' })).map((i) => i.text));
    expect(shown.length).toBeGreaterThan(0);
  });

  it('typing in the search box narrows the list and goes into the store', () => {
    const store = renderTab();
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'universal basic income' } });
    expect(listedIdeas()).toEqual(['Trial universal basic income.']);
    expect(store.getState().charts.workshop?.q).toBe('universal basic income');
  });

  it('clicking a bar of "Ideas by theme" filters to that theme, clicking again clears it', () => {
    const store = renderTab();
    const chart = screen.getByRole('group', { name: 'Ideas by theme' });
    const mark = [...chart.querySelectorAll('[data-mark]')].find((m) => m.getAttribute('aria-label')?.startsWith('Fostering innovation'));
    fireEvent.focus(mark as Element);
    fireEvent.keyDown(mark as Element, { key: 'Enter' });
    expect(store.getState().charts.workshop?.keyTheme).toBe('fostering-innovation');
    expect(listedIdeas()).toEqual(
      rankIdeas(filterIdeas(workshop.ideas, { keyTheme: 'fostering-innovation' }))
        .slice(0, IDEAS_FIRST_SHOWN)
        .map((i) => i.text),
    );
    fireEvent.keyDown(mark as Element, { key: 'Enter' });
    expect(store.getState().charts.workshop?.keyTheme).toBeUndefined();
  });

  it('the CSV download holds exactly the ideas listed', () => {
    renderTab({ keyTheme: 'environment-for-growth' });
    fireEvent.click(screen.getByRole('button', { name: /^Show all/ }));
    const shown = listedIdeas();
    const ideas = rankIdeas(filterIdeas(workshop.ideas, { keyTheme: 'environment-for-growth' }));
    const rows = Papa.parse<string[]>(toCsv(ideasTable(ideas)).trim(), { skipEmptyLines: true }).data.slice(1);
    expect(rows.map((r) => r[0])).toEqual(shown);
  });

  it('shows the styles of government action as a table of 7 roles by 4 stages', () => {
    renderTab();
    const table = screen.getByRole('table', { name: /Styles of government action/ });
    expect(within(table).getAllByRole('row')).toHaveLength(8);
    expect(within(table).getAllByRole('columnheader')).toHaveLength(5);
    expect(within(table).getByText('Champion')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Compact' }));
    expect(within(table).queryByText('Build a case for change and retain alliances for action.')).toBeNull();
  });
});
