import type { TableData } from '../series/types';

/**
 * CSV for spreadsheets and scripts alike (RFC 4180): the table a chart shows,
 * exactly, with nothing a spreadsheet could mistake for a formula.
 */

/** Excel reads a CSV without a byte-order mark as the local code page, turning "£" into "Â£". */
export const CSV_BOM = '\uFEFF';

const CRLF = '\r\n';

/**
 * OWASP "CSV injection": a spreadsheet evaluates a cell starting with one of
 * these as a formula (tab and CR because Excel strips them and then sees the
 * next character). A leading apostrophe makes it text and is not displayed.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Fields with these characters would otherwise end the field or the record. */
const NEEDS_QUOTES = /[",\r\n]/;

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** One text field: neutralised if it could run as a formula, quoted when it must be. */
export function textField(s: string): string {
  if (FORMULA_START.test(s)) return quote(`'${s}`);
  return NEEDS_QUOTES.test(s) ? quote(s) : s;
}

const header = (c: TableData['columns'][number]): string => (c.unit ? `${c.label} (${c.unit})` : c.label);

/**
 * The table as CSV text, without the byte-order mark (see csvBytes). Every
 * record ends in CRLF. Numbers are written in full (String(n)): a download is
 * for re-use, so it carries every digit and no thousands separators.
 * Throws on a non-finite number or a ragged row: both are bugs upstream, and a
 * silent blank or a shifted column would mislead whoever uses the file.
 */
export function toCsv(table: TableData): string {
  const { columns, rows } = table;
  const width = columns.length;
  const lines: string[] = [];
  // A record of one empty field is a blank line, which many readers skip: quote it so the row survives.
  const join = (fields: string[]): string => (fields.length === 1 && fields[0] === '' ? '""' : fields.join(','));
  lines.push(join(columns.map((c) => textField(header(c)))));
  rows.forEach((row, r) => {
    if (row.length !== width) {
      throw new Error(`toCsv: row ${r + 1} has ${row.length} cells but the table has ${width} columns`);
    }
    const fields = row.map((cell, c) => {
      if (cell === null) return '';
      if (typeof cell === 'number') {
        if (!Number.isFinite(cell)) {
          const col = columns[c];
          throw new Error(
            `toCsv: row ${r + 1}, column "${col?.label ?? c + 1}" (${col?.key ?? '?'}) holds ${String(cell)}, not a number a CSV can carry`,
          );
        }
        return String(cell);
      }
      return textField(cell);
    });
    lines.push(join(fields));
  });
  return lines.map((l) => l + CRLF).join('');
}

/** The CSV as UTF-8 bytes behind a byte-order mark: what goes in the file. */
export function csvBytes(table: TableData): Uint8Array {
  return new TextEncoder().encode(CSV_BOM + toCsv(table));
}
