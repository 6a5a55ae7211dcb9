import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Menu } from '../../../src/dashboard/Menu';

function renderMenu() {
  let chosen = '';
  const view = render(
    <div>
      <button type="button">Elsewhere</button>
      <Menu
        label="Download"
        className="ee-download"
        links={
          <li>
            <a href="data/x.zip">Full dataset</a>
          </li>
        }
      >
        {() => (
          <li>
            <button type="button" onClick={() => (chosen = 'csv')}>
              Data as shown (.csv)
            </button>
          </li>
        )}
      </Menu>
    </div>,
  );
  const details = view.container.querySelector('details') as HTMLDetailsElement;
  const open = () => {
    fireEvent.click(screen.getByText('Download'));
    fireEvent(details, new Event('toggle'));
  };
  return { details, open, chosen: () => chosen };
}

afterEach(cleanup);

describe('a card menu', () => {
  it('draws the items that need JavaScript only while open; plain links are always there', () => {
    const { details, open } = renderMenu();
    expect(screen.queryByRole('button', { name: 'Data as shown (.csv)' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Full dataset' })).toBeInTheDocument();
    open();
    expect(details.open).toBe(true);
    expect(screen.getByRole('button', { name: 'Data as shown (.csv)' })).toBeInTheDocument();
  });

  it('closes once an item is chosen, on a click elsewhere, and on Escape with focus back on its button', () => {
    const m = renderMenu();
    m.open();
    fireEvent.click(screen.getByRole('button', { name: 'Data as shown (.csv)' }));
    expect(m.chosen()).toBe('csv');
    expect(m.details.open).toBe(false);

    m.open();
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(m.details.open).toBe(false);

    m.open();
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(m.details.open).toBe(false);
    expect(document.activeElement).toBe(screen.getByText('Download'));
  });
});
