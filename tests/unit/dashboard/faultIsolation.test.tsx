import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/App';
import { co2PerHead } from '../../../src/units/co2PerHead';
import { decoupling } from '../../../src/units/decoupling';
import type { ChartBody } from '../../../src/units/unit';
import { createChoicesStore, INITIAL, StoreProvider } from '../../../src/state/store';
import { stubDomForCards } from './support';

stubDomForCards();

const renderTab = () =>
  render(
    <StoreProvider store={createChoicesStore({ ...INITIAL, tab: 'clean-growth' })}>
      <App />
    </StoreProvider>,
  );
const card = (id: string) => document.querySelector(`[data-chart="${id}"]`) as HTMLElement;

describe('one failing chart stays inside its card', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a chart that throws while drawing shows a message, keeps its table, and the other charts draw', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const real = decoupling.view;
    // A body the line chart cannot draw: its series is not an array.
    vi.spyOn(decoupling, 'view').mockImplementation((data, c) => ({
      ...real(data, c),
      body: { kind: 'line', series: null, unit: 'index' } as unknown as ChartBody,
    }));
    renderTab();
    expect(within(card('decoupling')).getByRole('alert')).toHaveTextContent('This chart could not be drawn');
    expect(card('co2-per-head').querySelector('svg.ee-chart .ee-line')).not.toBeNull();
    expect(card('co2-by-sector').querySelector('svg.ee-chart .ee-area')).not.toBeNull();
    fireEvent.click(within(card('decoupling')).getByRole('button', { name: 'Table' }));
    expect(within(card('decoupling')).getByRole('table')).toBeInTheDocument();
    expect(within(card('decoupling')).getAllByRole('row').length).toBeGreaterThan(10);
  });

  it('a card whose data cannot be prepared says so, and the rest of the tab works', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(co2PerHead, 'view').mockImplementation(() => {
      throw new Error('broken');
    });
    renderTab();
    expect(screen.getByText('This card could not be shown. The other charts are not affected.')).toBeInTheDocument();
    expect(card('decoupling').querySelector('svg.ee-chart .ee-line')).not.toBeNull();
    fireEvent.click(within(card('decoupling')).getByRole('button', { name: 'Table' }));
    expect(within(card('decoupling')).getByRole('table')).toBeInTheDocument();
  });
});
