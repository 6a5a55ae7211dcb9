/**
 * The schema language for data/ CSV files. A schema is plain data, written in
 * TypeScript, and is the one source of both the build-time validation
 * (see parseDataset.ts) and the row types the app receives (see RowOf).
 */

export interface NumberColumn<F extends string = string> {
  readonly kind: 'number';
  /** The header as it stands in the CSV (official names may stay). */
  readonly csv: string;
  /** The field name the app sees. */
  readonly field: F;
  readonly unit: string;
  readonly description: string;
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  /** Default true. An optional number becomes null when the cell is empty. */
  readonly required?: boolean;
  /** Markers that stand for a missing value, each with its reason (ONS `[u]`: "suppressed due to uncertainty"): read as null. */
  readonly missing?: Readonly<Record<string, string>>;
}

export interface TextColumn<F extends string = string, V extends string = string> {
  readonly kind: 'text';
  readonly csv: string;
  readonly field: F;
  readonly description: string;
  /** Allowed categories; anything else fails the build. */
  readonly oneOf?: readonly V[];
  readonly pattern?: RegExp;
  /** Human words for the pattern, used in messages. */
  readonly patternHint?: string;
  readonly maxLength?: number;
  readonly required?: boolean;
}

export interface BooleanColumn<F extends string = string> {
  readonly kind: 'boolean';
  readonly csv: string;
  readonly field: F;
  readonly description: string;
}

export type Column = NumberColumn | TextColumn | BooleanColumn;

/** Year columns laid out across the header (2022, 2023, …), as ONS tables do. */
export interface WideYears<F extends string = string> {
  readonly field: F;
  readonly from: number;
  readonly to: number;
  readonly unit: string;
  readonly description: string;
  readonly min?: number;
  readonly max?: number;
  /** Markers that stand for a missing value, each with its reason: read as null. */
  readonly missing?: Readonly<Record<string, string>>;
}

export interface DatasetSchema<C extends readonly Column[] = readonly Column[], W extends WideYears | undefined = WideYears | undefined> {
  readonly id: string;
  /** Path of the CSV relative to the project root. */
  readonly file: string;
  readonly columns: C;
  readonly wide?: W;
  /** Fields whose combination must be unique. */
  readonly key: readonly C[number]['field'][];
}

type ValueOf<C> = C extends NumberColumn
  ? C['required'] extends false
    ? number | null
    : C extends { readonly missing: object }
      ? number | null
      : number
  : C extends TextColumn<string, infer V>
    ? string extends V
      ? string
      : V
    : C extends BooleanColumn
      ? boolean
      : never;

type WideOf<W> = [W] extends [never]
  ? unknown
  : [W] extends [WideYears<infer F>]
    ? { readonly [K in F]: W extends { readonly missing: object } ? readonly (number | null)[] : readonly number[] }
    : unknown;

/** The typed row a schema describes. */
export type RowOf<S extends DatasetSchema> = {
  readonly [C in S['columns'][number] as C['field']]: ValueOf<C>;
} & WideOf<NonNullable<S['wide']>>;

export const num = <const F extends string>(
  csv: string,
  field: F,
  opts: Omit<NumberColumn, 'kind' | 'csv' | 'field'>,
): NumberColumn<F> & { readonly required: true } =>
  ({ kind: 'number', csv, field, required: true, ...opts }) as NumberColumn<F> & {
    readonly required: true;
  };

export const optionalNum = <const F extends string>(
  csv: string,
  field: F,
  opts: Omit<NumberColumn, 'kind' | 'csv' | 'field' | 'required'>,
): NumberColumn<F> & { readonly required: false } => ({
  kind: 'number',
  csv,
  field,
  ...opts,
  required: false,
});

/** A required number that may instead hold one of the `missing` markers (read as null, with the reason the schema gives). */
export const numOrMissing = <const F extends string, const M extends Readonly<Record<string, string>>>(
  csv: string,
  field: F,
  opts: Omit<NumberColumn, 'kind' | 'csv' | 'field' | 'required' | 'missing'> & { readonly missing: M },
): NumberColumn<F> & { readonly required: true; readonly missing: M } => ({ kind: 'number', csv, field, ...opts, required: true });

/** The reason a schema gives for a missing-value marker, if the marker is one. */
export const missingReason = (c: Pick<NumberColumn, 'missing'>, marker: string): string | undefined =>
  c.missing && Object.prototype.hasOwnProperty.call(c.missing, marker) ? c.missing[marker] : undefined;

export const text = <const F extends string, const V extends string = string>(
  csv: string,
  field: F,
  opts: Omit<TextColumn<F, V>, 'kind' | 'csv' | 'field'>,
): TextColumn<F, V> => ({ kind: 'text', csv, field, ...opts });

export const bool = <const F extends string>(csv: string, field: F, description: string): BooleanColumn<F> => ({
  kind: 'boolean',
  csv,
  field,
  description,
});

export const defineSchema = <const C extends readonly Column[], const W extends WideYears | undefined = undefined>(
  schema: DatasetSchema<C, W>,
): DatasetSchema<C, W> => schema;

/** Every CSV header the schema expects, in order. */
export function expectedHeaders(schema: DatasetSchema): string[] {
  const names = schema.columns.map((c) => c.csv);
  if (schema.wide) {
    for (let y = schema.wide.from; y <= schema.wide.to; y++) names.push(String(y));
  }
  return names;
}
