import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TableData } from '../../../src/series/types';
import { toCsv } from '../../../src/export/toCsv';
import { headerOf, parseCsv } from './support';

const GUARDED = /^[=+\-@\t\r]/;

/** Text that stresses quoting and the formula guard, as well as ordinary and unicode text. */
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', "'", ' ', '£', 'é', 'a', '1', '.', '\u00a0', '😀') }),
  fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r'), fc.string()).map(([a, b]) => a + b),
);
const cell = fc.oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null));

const table: fc.Arbitrary<TableData> = fc.integer({ min: 1, max: 6 }).chain((width) =>
  fc.record({
    columns: fc.array(fc.record({ key: fc.string(), label: text, unit: fc.option(text, { nil: undefined }) }), {
      minLength: width,
      maxLength: width,
    }),
    rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 30 }),
  }),
);

/** A written field against what was meant: numbers by value, guarded text after its one leading apostrophe. */
function same(field: string, meant: string | number | null): boolean {
  if (meant === null) return field === '';
  if (typeof meant === 'number') return Number(field) === meant && field === String(meant);
  return GUARDED.test(meant) ? field === `'${meant}` : field === meant;
}

describe('toCsv round trip (property)', () => {
  it('for 1,000 random tables, papaparse reads back every header and cell as written', () => {
    let runs = 0;
    fc.assert(
      fc.property(table, (t) => {
        runs++;
        const csv = toCsv(t);
        // RFC 4180 strictly: outside quoted fields, CR and LF appear only as the CRLF ending each record.
        // (papaparse alone would accept a bare CR in a field; Excel and Python's csv would not.)
        const records = csv.replace(/"(?:[^"]|"")*"/g, 'Q').split('\r\n');
        expect(records).toHaveLength(t.rows.length + 2);
        expect(records.filter((r) => /[\r\n"]/.test(r))).toEqual([]);
        const parsed = parseCsv(csv);
        expect(parsed).toHaveLength(t.rows.length + 1);
        parsed[0]!.forEach((h, c) => expect(same(h, headerOf(t.columns[c]!))).toBe(true));
        t.rows.forEach((row, r) => {
          expect(parsed[r + 1]).toHaveLength(row.length);
          row.forEach((meant, c) => expect(same(parsed[r + 1]![c]!, meant), `row ${r + 1} column ${c + 1}`).toBe(true));
        });
      }),
      { numRuns: 1000 },
    );
    expect(runs).toBe(1000);
  });
});
