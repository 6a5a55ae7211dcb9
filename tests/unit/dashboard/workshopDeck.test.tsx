import workshop from 'virtual:workshop';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/App';
import { WORKSHOP_DECK } from '../../../src/dashboard/present/workshopDeck';
import { rankIdeas } from '../../../src/dashboard/workshop/rankIdeas';
import { countByActor, countByTheme, sortByCount } from '../../../src/dashboard/workshop/filterWorkshop';
import type { Choices } from '../../../src/state/store';
import { createChoicesStore, INITIAL, StoreProvider } from '../../../src/state/store';
import { stubDomForCards } from './support';

stubDomForCards();

const renderApp = (choices: Partial<Choices> = {}) => {
  const store = createChoicesStore({ ...INITIAL, ...choices });
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  return store;
};

const slide = () => document.querySelector('.ee-slide') as HTMLElement | null;
const presentation = () => screen.getByRole('dialog', { name: 'Presentation' });
const waitForSlide = (n: number) =>
  waitFor(() => expect(slide()?.getAttribute('aria-label')).toMatch(new RegExp(`^Slide ${n} of `)), { timeout: 15_000 });

describe('the Workshop deck', () => {
  it('Present on the Workshop tab shows its counts, action grid and ideas per theme, never "0 / 0"', async () => {
    renderApp({ tab: 'workshop' });
    fireEvent.click(screen.getByRole('button', { name: 'Present' }));
    await screen.findByRole('dialog', { name: 'Presentation' }, { timeout: 15_000 });
    expect(screen.queryByText('0 / 0')).toBeNull();
    expect(screen.getByText(`1 / ${WORKSHOP_DECK.length}`)).toBeInTheDocument();
    await waitForSlide(1);
    // Slide 1: ideas by key theme, the largest first, its finding in the headline.
    const top = sortByCount(countByTheme(workshop.ideas))[0];
    expect(slide()?.querySelector('h2')?.textContent).toBe(
      `${top?.label} drew the most ideas: ${top?.count} of the ${workshop.ideas.length} raised at the workshop.`,
    );
    expect(slide()?.querySelectorAll('.ee-bar')).toHaveLength(5);
    fireEvent.keyDown(presentation(), { key: 'ArrowRight' });
    await waitForSlide(2);
    const actor = sortByCount(countByActor(workshop.ideas))[0];
    expect(slide()?.querySelector('h2')?.textContent).toContain(`${actor?.count} of ${workshop.ideas.length}`);
    fireEvent.keyDown(presentation(), { key: 'ArrowRight' });
    await waitForSlide(3);
    // The action grid: seven roles by four stages, names only.
    expect(slide()?.querySelectorAll('tbody tr')).toHaveLength(7);
    expect(slide()?.querySelectorAll('tbody td')).toHaveLength(28);
    fireEvent.keyDown(presentation(), { key: 'ArrowRight' });
    await waitForSlide(4);
    // Then the most-raised ideas of each theme, the most raised first.
    const first = rankIdeas(workshop.ideas.filter((i) => i.themes.includes('inclusive-growth')))[0];
    expect(slide()?.querySelector('ol li')?.textContent).toContain(first?.text);
    expect(slide()?.querySelectorAll('ol li')).toHaveLength(5);
    fireEvent.keyDown(presentation(), { key: 'End' });
    await waitForSlide(WORKSHOP_DECK.length);
  }, 30_000);

  it('ranks ideas by how often they were raised, keeping the write-up order among equals', () => {
    const ranked = rankIdeas(workshop.ideas);
    expect(ranked).toHaveLength(workshop.ideas.length);
    for (let i = 1; i < ranked.length; i++) expect((ranked[i - 1]?.mentions ?? 0) >= (ranked[i]?.mentions ?? 0)).toBe(true);
    const once = ranked.filter((r) => r.mentions === 1).map((r) => workshop.ideas.indexOf(r));
    expect(once).toEqual([...once].sort((a, b) => a - b));
  });

  it('Esc returns focus to the Present button', async () => {
    renderApp({ tab: 'clean-growth' });
    const button = screen.getByRole('button', { name: 'Present' });
    fireEvent.click(button);
    await screen.findByRole('dialog', { name: 'Presentation' }, { timeout: 15_000 });
    expect(document.activeElement).not.toBe(button);
    fireEvent.keyDown(presentation(), { key: 'Escape' });
    await act(() => new Promise((r) => requestAnimationFrame(() => r(undefined))));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Present' })));
  }, 30_000);
});
