import { formatYear } from '../charts/format';
import type { TableData } from '../series/types';

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** Exactly the chart's data as an accessible HTML table. */
export function DataTable({ table, caption, id }: { table: TableData; caption: string; id?: string }) {
  return (
    <div className="ee-table-wrap" tabIndex={0} role="region" aria-label={`${caption} (table)`} id={id}>
      <table className="ee-table">
        <caption className="ee-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} scope="col">
                {c.label}
                {c.unit && <span className="ee-unit"> ({c.unit})</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={i}>
              {r.map((v, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {typeof v === 'number' ? formatYear(v) : v}
                  </th>
                ) : (
                  <td key={j} className={typeof v === 'number' ? 'ee-num' : undefined}>
                    {v === null ? '–' : typeof v === 'number' ? number.format(v) : v}
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
