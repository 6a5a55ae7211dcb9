import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import type { Choices, ChoicesStore } from '../../../src/state/store';
import { createChoicesStore, INITIAL, StoreProvider } from '../../../src/state/store';

/**
 * jsdom has no layout: ResizeObserver is missing and every element measures 0
 * wide, so cards draw at their default width (640), as on the server.
 * Call once at the top of a test file.
 */
export function stubDomForCards(): void {
  // A whole tab of cards takes a second or two to render in jsdom.
  vi.setConfig({ testTimeout: 20_000 });
  beforeAll(() => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    );
    vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  });
  afterEach(cleanup);
  afterAll(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
}

/** Render inside a fresh store; returns the store so a test can read what the user chose. */
export function renderWithStore(ui: ReactElement, initial: Partial<Choices> = {}): ReturnType<typeof render> & { store: ChoicesStore } {
  const store = createChoicesStore({ ...INITIAL, ...initial });
  return { ...render(<StoreProvider store={store}>{ui}</StoreProvider>), store };
}

/** The text of each cell of a rendered table, row by row, header row first. */
export const tableCells = (table: HTMLElement): string[][] =>
  [...table.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));
