/** Exactly what a chart shows, as a table: the table view and the CSV export both come from it (and a full dataset's download). */
export interface TableData {
  readonly columns: readonly { readonly key: string; readonly label: string; readonly unit?: string }[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}
