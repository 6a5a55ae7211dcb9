import { useMemo, useState } from 'react';
import { columnFormat, typeset } from '../charts/format';
import type { TableData } from '../datasets/tableData';

type Cell = string | number | null;
type Sort = { readonly col: number; readonly dir: 'ascending' | 'descending' } | null;

/** How a column is written: years ungrouped, people whole, other numbers with the column's decimals. */
const kindOf = (column: TableData['columns'][number]): 'year' | 'persons' | 'number' =>
  /year$/i.test(column.key) || /^year$/i.test(column.label) ? 'year' : /persons|people/i.test(column.unit ?? '') ? 'persons' : 'number';

/** Empty cells sort last whichever the direction; numbers by value, text in the reader's collation. */
function compare(a: Cell, b: Cell): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'en-GB', { numeric: true });
}

/**
 * Exactly the chart's data as an accessible HTML table: every row (no box that
 * hides some), a header that stays on screen, columns sorted by the buttons
 * in their headers (aria-sort says how), one number format per column.
 */
export function DataTable({ table, caption, id }: { table: TableData; caption: string; id?: string }) {
  const [sort, setSort] = useState<Sort>(null);
  const formats = useMemo(
    () =>
      table.columns.map((c, j) =>
        columnFormat(
          table.rows.map((r) => (typeof r[j] === 'number' ? r[j] : null)),
          kindOf(c),
          // An index reads to one decimal, as its tooltips do.
          /^index/i.test(c.unit ?? '') ? 1 : 2,
        ),
      ),
    [table],
  );
  const rows = useMemo(() => {
    if (!sort) return table.rows;
    const sign = sort.dir === 'ascending' ? 1 : -1;
    return [...table.rows].sort((a, b) => {
      const x = a[sort.col] ?? null;
      const y = b[sort.col] ?? null;
      return x === null || y === null ? compare(x, y) : sign * compare(x, y);
    });
  }, [table.rows, sort]);
  const cycle = (col: number) =>
    setSort((s) => (s?.col !== col ? { col, dir: 'ascending' } : s.dir === 'ascending' ? { col, dir: 'descending' } : null));
  const text = (v: Cell, j: number) => (v === null ? '–' : typeof v === 'number' ? (formats[j]?.(v) ?? String(v)) : typeset(v));

  return (
    <div className="ee-table-wrap" tabIndex={0} role="region" aria-label={`${caption} (table)`} id={id}>
      <table className="ee-table">
        <caption className="ee-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c, j) => {
              const dir = sort?.col === j ? sort.dir : undefined;
              return (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={dir}
                  className={typeof table.rows[0]?.[j] === 'number' && j > 0 ? 'ee-num' : undefined}
                >
                  <button type="button" className="ee-sort" onClick={() => cycle(j)}>
                    {typeset(c.label)}
                    {c.unit && <span className="ee-unit"> ({typeset(c.unit)})</span>}
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={table.rows.indexOf(r)}>
              {r.map((v, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {text(v, j)}
                  </th>
                ) : (
                  <td key={j} className={typeof v === 'number' ? 'ee-num' : undefined}>
                    {text(v, j)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
