import type { Column, DatasetSchema } from './schema';

/**
 * A column's values: text as ids into the column's distinct values (a
 * national file repeats a few hundred codes and names over millions of rows),
 * numbers as doubles with NaN for a missing value (a valid cell is never NaN),
 * booleans as 0 and 1.
 */
type Store =
  | { readonly kind: 'text'; ids: Int32Array; readonly values: string[]; readonly index: Map<string, number> }
  | { readonly kind: 'number'; values: Float64Array }
  | { readonly kind: 'boolean'; values: Uint8Array };

type Value = string | number | boolean | null;

const grown = <T extends Int32Array | Float64Array | Uint8Array>(a: T, size: number): T => {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a.subarray(0, Math.min(a.length, size)));
  return b;
};

/**
 * The validated rows of one dataset, column by column: about 30 bytes a row
 * where row objects take several hundred. parseDataset writes each row into
 * the pending slot (index `length`) and commits it once every cell is valid
 * and its key is new; `row(i)` and `rows()` give the typed row objects the
 * charts read, made only for the datasets a chart reads.
 */
export class ColumnTable {
  /** Rows committed. The pending row is at this index. */
  length = 0;
  /** Values per row of the schema's wide year columns (2022, 2023, …), if any. */
  readonly width: number;
  private capacity = 256;
  private numbers: Int32Array = new Int32Array(this.capacity);
  private readonly stores: Store[];
  private wideValues: Float64Array;

  constructor(readonly schema: DatasetSchema) {
    const columns = schema.columns as readonly Column[];
    this.stores = columns.map((c): Store => {
      if (c.kind === 'text') return { kind: 'text', ids: new Int32Array(this.capacity), values: [], index: new Map() };
      if (c.kind === 'number') return { kind: 'number', values: new Float64Array(this.capacity) };
      return { kind: 'boolean', values: new Uint8Array(this.capacity) };
    });
    this.width = schema.wide ? schema.wide.to - schema.wide.from + 1 : 0;
    this.wideValues = new Float64Array(this.capacity * this.width);
  }

  /** The id of a text value in column `c`, added to the column's values if new. */
  intern(c: number, value: string): number {
    const s = this.stores[c] as Extract<Store, { kind: 'text' }>;
    let id = s.index.get(value);
    if (id === undefined) {
      id = s.values.length;
      s.values.push(value);
      s.index.set(value, id);
    }
    return id;
  }

  /** The distinct values of text column `c`, by id. */
  textValues(c: number): readonly string[] {
    return (this.stores[c] as Extract<Store, { kind: 'text' }>).values;
  }

  /** Set column `c` of the pending row: a text id, a number (null: missing) or a boolean. */
  set(c: number, value: number | boolean | null): void {
    const s = this.stores[c] as Store;
    if (s.kind === 'text') s.ids[this.length] = value as number;
    else if (s.kind === 'number') s.values[this.length] = value === null ? NaN : (value as number);
    else s.values[this.length] = value ? 1 : 0;
  }

  /** Set the k-th wide year value of the pending row (null: missing). */
  setWide(k: number, value: number | null): void {
    this.wideValues[this.length * this.width + k] = value === null ? NaN : value;
  }

  /** What column `c` of row `i` holds as stored: a text id, a number (NaN: missing) or 0/1. */
  raw(i: number, c: number): number {
    const s = this.stores[c] as Store;
    return s.kind === 'text' ? (s.ids[i] as number) : (s.values[i] as number);
  }

  /** Column `c` as stored, one entry a row (and room past `length`): text ids, numbers (NaN: missing) or 0/1. */
  column(c: number): Int32Array | Float64Array | Uint8Array {
    const s = this.stores[c] as Store;
    return s.kind === 'text' ? s.ids : s.values;
  }

  /** Wide value k of row i as stored (NaN: missing). */
  rawWide(i: number, k: number): number {
    return this.wideValues[i * this.width + k] as number;
  }

  /** Keep the pending row as row `length`, found on spreadsheet row `rowNumber`; make room for the next. */
  commit(rowNumber: number): void {
    this.numbers[this.length] = rowNumber;
    this.length++;
    if (this.length === this.capacity) this.resize(this.capacity * 2);
  }

  /** Let go of the room kept for rows to come. */
  trim(): void {
    this.resize(this.length + 1);
  }

  private resize(size: number): void {
    this.capacity = size;
    this.numbers = grown(this.numbers, size);
    for (const s of this.stores) {
      if (s.kind === 'text') s.ids = grown(s.ids, size);
      else if (s.kind === 'number') s.values = grown(s.values, size);
      else s.values = grown(s.values, size);
    }
    this.wideValues = grown(this.wideValues, size * this.width);
  }

  /** The spreadsheet row of row `i`. */
  rowNumber(i: number): number {
    return this.numbers[i] as number;
  }

  /** The spreadsheet row of every row. */
  rowNumbers(): number[] {
    return Array.from(this.numbers.subarray(0, this.length));
  }

  /** Column `c` of row `i` as the row object holds it. */
  value(i: number, c: number): Value {
    const s = this.stores[c] as Store;
    if (s.kind === 'text') return s.values[s.ids[i] as number] as string;
    if (s.kind === 'boolean') return s.values[i] === 1;
    const v = s.values[i] as number;
    return Number.isNaN(v) ? null : v;
  }

  /** Row `i` as an object: the schema's fields in order, then the wide field's values. */
  row(i: number): Record<string, unknown> {
    const row: Record<string, unknown> = {};
    const columns = this.schema.columns as readonly Column[];
    for (let c = 0; c < columns.length; c++) row[(columns[c] as Column).field] = this.value(i, c);
    const wide = this.schema.wide;
    if (wide) {
      const values: (number | null)[] = [];
      for (let k = 0; k < this.width; k++) {
        const v = this.rawWide(i, k);
        values.push(Number.isNaN(v) ? null : v);
      }
      row[wide.field] = values;
    }
    return row;
  }

  /** Every row as an object. */
  rows(): Record<string, unknown>[] {
    return Array.from({ length: this.length }, (_, i) => this.row(i));
  }
}
