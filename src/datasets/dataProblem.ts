/**
 * One problem found in a data file. `row` counts as a spreadsheet user does:
 * the header is row 1, the first data row is row 2.
 */
export interface DataProblem {
  readonly file: string;
  readonly row?: number;
  readonly column?: string;
  readonly expected: string;
  readonly found: string;
}

/** One line of a build failure: where (file, row, column), then what was expected and what was found. */
export function formatProblem(p: DataProblem): string {
  const where = [p.file, p.row !== undefined ? `row ${p.row}` : undefined, p.column !== undefined ? `column "${p.column}"` : undefined]
    .filter(Boolean)
    .join(', ');
  return `${where}: expected ${p.expected}; found ${p.found}`;
}
