import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { EmptyDeck } from '../../../src/dashboard/present/EmptyDeck';
import { App } from '../../../src/App';
import { slideCommand, typedSlide } from '../../../src/dashboard/present/slideKeys';
import { slideFontSize } from '../../../src/dashboard/present/Presentation';
import { ALL_RULES } from '../../../src/dashboard/tabs';
import { decodeUrl, encodeUrl } from '../../../src/state/url';
import type { Choices } from '../../../src/state/store';
import { choicesOf, createChoicesStore, INITIAL, StoreProvider } from '../../../src/state/store';
import { stubDomForCards } from './support';

stubDomForCards();

const renderApp = (choices: Partial<Choices> = {}) => {
  const store = createChoicesStore({ ...INITIAL, ...choices });
  const utils = render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  return { store, ...utils };
};

const slideLabel = () => document.querySelector('.ee-slide')?.getAttribute('aria-label') ?? '';
const presentation = () => screen.getByRole('dialog', { name: 'Presentation' });

describe('slide keys', () => {
  it('→ Space PageDown go forward, ← PageUp back, Home and End to the ends, within the deck', () => {
    expect(slideCommand('ArrowRight', 2, 5)).toEqual({ go: 3 });
    expect(slideCommand(' ', 5, 5)).toEqual({ go: 5 });
    expect(slideCommand('PageDown', 1, 5)).toEqual({ go: 2 });
    expect(slideCommand('ArrowLeft', 1, 5)).toEqual({ go: 1 });
    expect(slideCommand('PageUp', 4, 5)).toEqual({ go: 3 });
    expect(slideCommand('Home', 4, 5)).toEqual({ go: 1 });
    expect(slideCommand('End', 1, 5)).toEqual({ go: 5 });
    expect(slideCommand('Escape', 1, 5)).toBe('exit');
    expect(slideCommand('7', 1, 5)).toEqual({ digit: '7' });
    expect(slideCommand('a', 1, 5)).toBeUndefined();
  });

  it('typed numbers jump within the deck; nonsense does nothing', () => {
    expect(typedSlide('3', 5)).toBe(3);
    expect(typedSlide('12', 5)).toBe(5);
    expect(typedSlide('0', 5)).toBeUndefined();
    expect(typedSlide('', 5)).toBeUndefined();
  });

  it('chart text is at least 18 px at 1280 wide and 24 px at 1920', () => {
    expect(slideFontSize(1280)).toBe(18);
    expect(slideFontSize(1920)).toBe(24);
    expect(slideFontSize(360)).toBe(18);
  });
});

describe('presentation mode', () => {
  it('"Present" shows the current tab\'s charts as slides, and the keyboard moves through them', async () => {
    const { store } = renderApp({ tab: 'clean-growth' });
    fireEvent.click(screen.getByRole('button', { name: 'Present' }));
    await screen.findByRole('dialog', { name: 'Presentation' }, { timeout: 15_000 });
    expect(slideLabel()).toMatch(/^Slide 1 of 3: The economy grew/);
    expect(screen.getByText('1 / 3')).toBeInTheDocument();
    // A slide change may be rendered as a transition: wait for it, as a reader would.
    fireEvent.keyDown(presentation(), { key: 'ArrowRight' });
    await waitFor(() => expect(slideLabel()).toMatch(/^Slide 2 of 3: Emissions per person/));
    fireEvent.keyDown(presentation(), { key: 'End' });
    await waitFor(() => expect(slideLabel()).toMatch(/^Slide 3 of 3/));
    fireEvent.keyDown(presentation(), { key: 'ArrowRight' });
    expect(store.getState().slide).toBe(3);
    fireEvent.keyDown(presentation(), { key: '1' });
    fireEvent.keyDown(presentation(), { key: 'Enter' });
    await waitFor(() => expect(slideLabel()).toMatch(/^Slide 1 of 3/));
    fireEvent.click(screen.getByRole('button', { name: 'Next →' }));
    expect(store.getState().slide).toBe(2);
  });

  it('each slide has the key finding as its headline, the chart, its subtitle and its source', async () => {
    renderApp({ tab: 'clean-growth', present: true });
    await screen.findByRole('dialog', { name: 'Presentation' }, { timeout: 15_000 });
    const slide = document.querySelector('.ee-slide') as HTMLElement;
    expect(slide.querySelector('h2')?.textContent).toMatch(/fell 38\.8% while real GDP grew 29\.1%/);
    expect(slide.querySelector('svg.ee-chart')).not.toBeNull();
    expect(slide.querySelector('.ee-slide-subtitle')?.textContent).toMatch(/index 2005 = 100/);
    expect(slide.querySelector('.ee-slide-source')?.textContent).toMatch(/BEIS 2005-2020/);
  });

  it('Esc leaves and returns to exactly the view left, filters included', async () => {
    const charts = { 'co2-per-head': { measure: 'ghg' as const, from: 2010 } };
    const { store } = renderApp({ tab: 'clean-growth', charts });
    const before = choicesOf(store);
    fireEvent.click(screen.getByRole('button', { name: 'Present' }));
    await screen.findByRole('dialog', { name: 'Presentation' }, { timeout: 15_000 });
    fireEvent.keyDown(presentation(), { key: 'ArrowRight' });
    expect(slideLabel()).toMatch(/Emissions per person/);
    // The slide keeps the card's filters: all greenhouse gases, from 2010.
    expect(document.querySelector('.ee-slide h2')?.textContent).toMatch(/CO2e per person/);
    fireEvent.keyDown(presentation(), { key: 'Escape' });
    expect(screen.queryByRole('dialog', { name: 'Presentation' })).toBeNull();
    expect(choicesOf(store)).toEqual(before);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Clean growth');
  });

  it('a custom deck gathers charts from several tabs, in the order pinned, reorderable', async () => {
    const { store } = renderApp({ tab: 'innovation' });
    fireEvent.click(screen.getByText('Share'));
    fireEvent.click(await screen.findByRole('button', { name: 'Add to presentation' }));
    expect(store.getState().deck).toEqual(['university-income']);
    act(() => store.getState().actions.pinToDeck('decoupling'));
    act(() => store.getState().actions.pinToDeck('economy'));
    fireEvent.click(await screen.findByText(/Your presentation: 3 charts/));
    fireEvent.click(screen.getByRole('button', { name: /Move up: Bristol and South Gloucestershire/ }));
    expect(store.getState().deck).toEqual(['university-income', 'economy', 'decoupling']);
    fireEvent.click(screen.getByRole('button', { name: 'Present these' }));
    await screen.findByRole('dialog', { name: 'Presentation' }, { timeout: 15_000 });
    expect(slideLabel()).toMatch(/^Slide 1 of 3: Regional universities/);
    fireEvent.keyDown(presentation(), { key: 'ArrowRight' });
    expect(slideLabel()).toMatch(/^Slide 2 of 3: Bristol and South Gloucestershire/);
  });

  it('a deep link opens slide 3 of a custom deck, and the deck survives a reload (the URL)', async () => {
    const url = '/innovation/?deck=university-income,decoupling,gdp-per-head,population-growth&present=1&slide=3';
    const [path, query] = url.split('?') as [string, string];
    const choices = decodeUrl(path, `?${query}`, ALL_RULES);
    expect(choices).toMatchObject({
      present: true,
      slide: 3,
      deck: ['university-income', 'decoupling', 'gdp-per-head', 'population-growth'],
    });
    renderApp(choices);
    await screen.findByRole('dialog', { name: 'Presentation' }, { timeout: 15_000 });
    expect(slideLabel()).toMatch(/^Slide 3 of 4: Output per resident/);
    // Reload: what the URL says is what comes back.
    const again = encodeUrl('/', choices, ALL_RULES);
    expect(decodeUrl(again.split('?')[0] as string, `?${again.split('?')[1]}`, ALL_RULES)).toEqual(choices);
  });

  it('unknown charts in a deck link are dropped, and a slide beyond the deck shows the last', async () => {
    const choices = decodeUrl('/', '?deck=nope,economy,<script>&present=1&slide=99', ALL_RULES);
    expect(choices.deck).toEqual(['economy']);
    renderApp(choices);
    await screen.findByRole('dialog', { name: 'Presentation' }, { timeout: 15_000 });
    expect(slideLabel()).toMatch(/^Slide 1 of 1/);
  });

  it('?present=1 on the Workshop tab opens the workshop deck, never "0 / 0"', async () => {
    renderApp(decodeUrl('/workshop/', '?present=1', ALL_RULES));
    const dialog = await screen.findByRole('dialog', { name: 'Presentation' }, { timeout: 15_000 });
    expect(dialog.textContent).toMatch(/1 \/ [1-9]/);
    expect(dialog.textContent).not.toMatch(/0 \/ 0/);
  }, 20_000);

  it('a deck with no slides says why and focuses the way back (the guard behind every deck)', () => {
    const onExit = vi.fn();
    render(<EmptyDeck tabLabel="Workshop" onExit={onExit} />);
    expect(screen.getByRole('heading', { name: 'Nothing to present' })).toBeInTheDocument();
    expect(document.body.textContent).toContain('the Workshop tab has no charts');
    const back = screen.getByRole('button', { name: 'Back to the page (Esc)' });
    expect(document.activeElement).toBe(back);
    fireEvent.click(back);
    expect(onExit).toHaveBeenCalledTimes(1);
  });
});
