import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { DataTable } from '../../../src/dashboard/DataTable';
import type { TableData } from '../../../src/datasets/tableData';

const MINUS = '\u2212';

afterEach(cleanup);

// 30 rows: more than any fixed-height box showed.
const TABLE: TableData = {
  columns: [
    { key: 'year', label: 'Year' },
    { key: 'bristol', label: 'Bristol', unit: 'dependants per person aged 15-64' },
    { key: 'change', label: 'Change', unit: '%' },
  ],
  rows: Array.from({ length: 30 }, (_, i) => [2018 + i, 0.5 + (i % 7) / 100, i === 3 ? null : i % 2 ? -2.3 : 15]),
};

const draw = () => render(<DataTable table={TABLE} caption="Dependency ratio" />);
const firstColumn = () => screen.getAllByRole('rowheader').map((th) => th.textContent);
const header = (name: RegExp) => screen.getByRole('columnheader', { name });

describe('<DataTable>', { timeout: 20_000 }, () => {
  it('shows every row, in the order given, years without a thousands separator', () => {
    draw();
    expect(screen.getAllByRole('row')).toHaveLength(31);
    expect(firstColumn()).toEqual(TABLE.rows.map((r) => String(r[0])));
    expect(screen.queryByText('2,018')).toBeNull();
  });

  it('writes a column with one number of decimals, the minus sign and an en dash in ranges', () => {
    draw();
    const row = within(screen.getAllByRole('row')[2] as HTMLElement).getAllByRole('cell');
    expect(row.map((c) => c.textContent)).toEqual(['0.51', `${MINUS}2.3`]);
    const first = within(screen.getAllByRole('row')[1] as HTMLElement).getAllByRole('cell');
    expect(first.map((c) => c.textContent)).toEqual(['0.50', '15.0']);
    expect(header(/Bristol/)).toHaveTextContent('aged 15–64');
  });

  it('sorts by a column when its header button is clicked: ascending, descending, then as given', async () => {
    draw();
    expect(header(/Change/)).not.toHaveAttribute('aria-sort');
    const button = within(header(/Change/)).getByRole('button');
    await userEvent.click(button);
    expect(header(/Change/)).toHaveAttribute('aria-sort', 'ascending');
    const cells = () =>
      screen
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.querySelectorAll('td')[1]?.textContent);
    expect(cells().slice(0, 2)).toEqual([`${MINUS}2.3`, `${MINUS}2.3`]);
    // The empty cell sorts last either way.
    expect(cells().at(-1)).toBe('–');
    await userEvent.click(button);
    expect(header(/Change/)).toHaveAttribute('aria-sort', 'descending');
    expect(cells()[0]).toBe('15.0');
    expect(cells().at(-1)).toBe('–');
    await userEvent.click(button);
    expect(header(/Change/)).not.toHaveAttribute('aria-sort');
    expect(firstColumn()).toEqual(TABLE.rows.map((r) => String(r[0])));
    expect(screen.getAllByRole('row')).toHaveLength(31);
  });

  it('sorts from the keyboard, and only one column says it is sorted', async () => {
    draw();
    await userEvent.tab(); // the table region
    await userEvent.tab(); // "Year"
    await userEvent.keyboard('{Enter}');
    expect(header(/Year/)).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.keyboard('{Enter}');
    expect(header(/Year/)).toHaveAttribute('aria-sort', 'descending');
    expect(firstColumn()[0]).toBe('2047');
    await userEvent.tab(); // "Bristol"
    await userEvent.keyboard(' ');
    expect(header(/Bristol/)).toHaveAttribute('aria-sort', 'ascending');
    expect(header(/Year/)).not.toHaveAttribute('aria-sort');
    expect(screen.getAllByRole('row')).toHaveLength(31);
  });
});
